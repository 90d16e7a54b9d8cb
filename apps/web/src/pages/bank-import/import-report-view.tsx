import type { v1 } from '@concord/client';
import { Alert, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { isExchangeFormat } from '../../api/exchange-formats.ts';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { DefinitionEntry } from '../../ui/definition-entry.tsx';
import { PagingControls } from '../../ui/paging-controls.tsx';
import { StatusMessage } from '../../ui/status-message.tsx';
import { TableScroll } from '../../ui/table-scroll.tsx';
import { usePaging } from '../../ui/use-paging.ts';

type ImportProblem = v1.ImportReport['problems'][number];

/** What the node did with the file: applied or refused, the counts, and every problem row. */
export function ImportReportView({ report }: { readonly report: v1.ImportReport }) {
  const { t, number } = useI18n();
  // A new report is below the form: bring it into view, and move the reader there.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const problems = report.problems.length;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="import-report-heading">
      <Stack gap="md" data-testid="import-report">
        <Title
          order={2}
          size="h3"
          id="import-report-heading"
          ref={heading}
          tabIndex={-1}
          className="page-heading"
        >
          {t('import.reportTitle')}
        </Title>
        {!report.applied ? (
          <Alert color="red" variant="light" role="alert" data-testid="import-outcome">
            <Text size="sm" fw={600}>
              {t('import.refused', { count: number(problems) })}
            </Text>
          </Alert>
        ) : problems > 0 ? (
          <Alert color="orange" variant="light" role="status" data-testid="import-outcome">
            <Text size="sm" fw={600}>
              {t('import.appliedWithProblems', { count: number(problems) })}
            </Text>
          </Alert>
        ) : (
          <StatusMessage>
            <span data-testid="import-outcome">{t('import.appliedClean')}</span>
          </StatusMessage>
        )}
        <dl className="definition-list" data-testid="import-counts">
          <DefinitionEntry term={t('import.format')}>
            {isExchangeFormat(report.format) ? t(`format.${report.format}`) : report.format}
          </DefinitionEntry>
          <DefinitionEntry term={t('import.items')}>{number(report.items)}</DefinitionEntry>
          <DefinitionEntry term={t('import.inserted')}>{number(report.inserted)}</DefinitionEntry>
          <DefinitionEntry term={t('import.updated')}>{number(report.updated)}</DefinitionEntry>
          <DefinitionEntry term={t('import.unchanged')}>{number(report.unchanged)}</DefinitionEntry>
          <DefinitionEntry term={t('import.problems')}>{number(problems)}</DefinitionEntry>
        </dl>
        {problems > 0 && <ProblemsTable problems={report.problems} />}
      </Stack>
    </Paper>
  );
}

function ProblemsTable({ problems }: { readonly problems: readonly ImportProblem[] }) {
  const { t, number } = useI18n();
  const paging = usePaging(25);
  const start = (paging.page - 1) * paging.pageSize;
  const shown = problems.slice(start, start + paging.pageSize);
  return (
    <Stack gap="sm">
      <Title order={3} size="h4">
        {t('import.problemsTitle')}
      </Title>
      <TableScroll label={t('import.problemsTitle')} minWidth={900}>
        <Table striped verticalSpacing="xs" fz="sm" data-testid="import-problems">
          <Table.Caption className="visually-hidden">{t('import.problemsTitle')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('import.line')}</Table.Th>
              <Table.Th scope="col">{t('import.path')}</Table.Th>
              <Table.Th scope="col">{t('import.problem')}</Table.Th>
              <Table.Th scope="col">{t('import.detail')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((problem, index) => (
              <Table.Tr key={start + index} data-testid="import-problem-row">
                <Table.Th scope="row" className="nowrap">
                  {problem.line === null ? t('import.wholeFile') : number(problem.line)}
                </Table.Th>
                <Table.Td>
                  {problem.path && (
                    <Text component="bdi" dir="ltr" className="path-value">
                      {problem.path}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {t(`formatProblem.${problem.code}`)}
                  </Text>
                  <Text size="xs" ff="monospace" c="dimmed">
                    <bdi dir="ltr">{problem.code}</bdi>
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" dir="ltr" lang="en" ta="start">
                    {problem.message}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
      <PagingControls paging={paging} total={problems.length} />
    </Stack>
  );
}
