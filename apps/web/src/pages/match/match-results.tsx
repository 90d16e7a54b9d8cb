import type { v1 } from '@concord/client';
import { Checkbox, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { DefinitionEntry } from '../../ui/definition-entry.tsx';
import { GradeCell } from '../../ui/grade-cell.tsx';
import { HandlingSummary } from '../../ui/handling-labels.tsx';
import { HashValue, shortHash } from '../../ui/hash-value.tsx';
import { PagingControls } from '../../ui/paging-controls.tsx';
import { SIGNAL_TYPE_NAMES } from '../../ui/signal-names.ts';
import { TableScroll } from '../../ui/table-scroll.tsx';
import { usePaging } from '../../ui/use-paging.ts';
import { WithheldNotice } from '../../ui/withheld-notice.tsx';
import type { MatchLine } from './match-input.ts';
import type { MatchOutcome } from './use-match.ts';

type MatchResult = v1.MatchResponse['results'][number];

/** The node's answer: totals, then each pasted hash with its matches and what was withheld. */
export function MatchResults({ outcome }: { readonly outcome: MatchOutcome }) {
  const { t, number } = useI18n();
  const [onlyMatched, setOnlyMatched] = useState(outcome.lines.length > 20);
  // New results are below the form: bring them into view, and move the reader there.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const paging = usePaging(10);
  const rows = outcome.results.flatMap((result) => {
    const line = outcome.lines[result.query];
    return line ? [{ line, result }] : [];
  });
  const matched = rows.filter((row) => row.result.matches.length > 0);
  const withheld = rows.reduce((n, row) => n + row.result.withheld.count, 0);
  const shown = onlyMatched ? matched : rows;
  const start = (paging.page - 1) * paging.pageSize;
  return (
    <Stack component="section" aria-labelledby="match-results-heading" data-testid="match-results">
      <Title
        order={2}
        size="h3"
        id="match-results-heading"
        ref={heading}
        tabIndex={-1}
        className="page-heading"
      >
        {t('match.resultsTitle')}
      </Title>
      <dl className="definition-list" data-testid="match-totals">
        <DefinitionEntry term={t('match.checked')}>{number(rows.length)}</DefinitionEntry>
        <DefinitionEntry term={t('match.withMatch')}>{number(matched.length)}</DefinitionEntry>
        <DefinitionEntry term={t('match.withheldTotal')}>{number(withheld)}</DefinitionEntry>
        <DefinitionEntry term={t('match.threshold')}>{number(outcome.threshold)}</DefinitionEntry>
      </dl>
      <Checkbox
        label={t('match.onlyMatched')}
        checked={onlyMatched}
        onChange={(event) => {
          setOnlyMatched(event.currentTarget.checked);
          paging.setPage(1);
        }}
      />
      {shown.length === 0 && (
        <Paper withBorder p="lg">
          <Text ta="center">{t('match.noneMatched')}</Text>
        </Paper>
      )}
      {shown.slice(start, start + paging.pageSize).map(({ line, result }) => (
        <QueryResult key={line.line} line={line} result={result} />
      ))}
      {shown.length > 0 && <PagingControls paging={paging} total={shown.length} />}
    </Stack>
  );
}

function QueryResult({ line, result }: { readonly line: MatchLine; readonly result: MatchResult }) {
  const { t, number } = useI18n();
  const headingId = `match-line-${line.line}`;
  const typeName = SIGNAL_TYPE_NAMES[line.type];
  return (
    <Paper
      withBorder
      p="md"
      component="section"
      aria-labelledby={headingId}
      data-testid="match-query"
      data-line={line.line}
      data-matches={result.matches.length}
    >
      <Stack gap="sm">
        <Group gap="sm" wrap="wrap" align="center">
          <Title order={3} size="h5" id={headingId}>
            {t('match.lineHeading', { line: number(line.line), type: typeName })}
          </Title>
          <HashValue
            value={line.value}
            copyLabel={t('signals.copyValue', { type: typeName, value: shortHash(line.value) })}
          />
        </Group>
        {result.matches.length === 0 ? (
          <Text size="sm">{t('match.noMatch')}</Text>
        ) : (
          <MatchesTable
            matches={result.matches}
            caption={t('match.matchesFor', { line: number(line.line) })}
          />
        )}
        <WithheldNotice withheld={result.withheld} subject="matches" />
      </Stack>
    </Paper>
  );
}

function MatchesTable({
  matches,
  caption,
}: {
  readonly matches: MatchResult['matches'];
  readonly caption: string;
}) {
  const { t, number } = useI18n();
  return (
    <TableScroll label={caption} minWidth={860}>
      <Table striped verticalSpacing="xs" fz="sm" data-testid="match-table">
        <Table.Caption className="visually-hidden">{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('match.bank')}</Table.Th>
            <Table.Th scope="col">{t('signals.type')}</Table.Th>
            <Table.Th scope="col" ta="end">
              {t('match.distance')}
            </Table.Th>
            <Table.Th scope="col">{t('signals.grade')}</Table.Th>
            <Table.Th scope="col">{t('signals.series')}</Table.Th>
            <Table.Th scope="col">{t('signals.handling')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {matches.map((match) => (
            <Table.Tr key={match.signal.id} data-testid="match-row">
              <Table.Th scope="row">
                <bdi dir="ltr">{match.bankName}</bdi>
              </Table.Th>
              <Table.Td>{SIGNAL_TYPE_NAMES[match.signal.type]}</Table.Td>
              <Table.Td ta="end" data-testid="match-distance">
                {number(match.distance)}
              </Table.Td>
              <Table.Td>
                <GradeCell grade={match.signal.grade} />
              </Table.Td>
              <Table.Td>{match.signal.series ? <bdi>{match.signal.series}</bdi> : '—'}</Table.Td>
              <Table.Td>
                <HandlingSummary handling={match.signal.handling} withRestrictions />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
