import type { v1 } from '@concord/client';
import { Badge, Button, Stack, Table, Text } from '@mantine/core';
import type { Translate } from '../../i18n/catalogue.ts';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { HandlingSummary } from '../../ui/handling-labels.tsx';
import { GradeCell } from '../../ui/grade-cell.tsx';
import { HashValue, shortHash } from '../../ui/hash-value.tsx';
import { SIGNAL_TYPE_NAMES } from '../../ui/signal-names.ts';
import { TableScroll } from '../../ui/table-scroll.tsx';

/** Yes, no, or unknown: what nobody recorded is shown as unknown, never guessed. */
function flagText(t: Translate, value: boolean | null): string {
  if (value === null) return t('common.unknown');
  return value ? t('common.yes') : t('common.no');
}

export function SignalsTable({
  signals,
  onRetract,
}: {
  readonly signals: readonly v1.Signal[];
  /** Null when the user may not retract (no banks:write, or a received bank). */
  readonly onRetract: ((signal: v1.Signal) => void) | null;
}) {
  const { t } = useI18n();
  const headers = [
    t('signals.type'),
    t('signals.valueColumn'),
    t('signals.grade'),
    t('signals.series'),
    t('signals.victimIdentified'),
    t('signals.offenderIdentified'),
    t('signals.distributed'),
    t('signals.contributor'),
    t('signals.confirmations'),
    t('signals.handling'),
    t('signals.state'),
  ];
  return (
    <TableScroll label={t('signals.title')} minWidth={1500}>
      <Table
        striped
        verticalSpacing="xs"
        fz="sm"
        className="signals-table"
        data-testid="signals-table"
      >
        <Table.Caption className="visually-hidden">{t('signals.title')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {headers.map((header) => (
              <Table.Th scope="col" key={header}>
                {header}
              </Table.Th>
            ))}
            {onRetract && <Table.Th scope="col">{t('signals.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {signals.map((signal) => (
            <SignalRow key={signal.id} signal={signal} onRetract={onRetract} />
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}

function SignalRow({
  signal,
  onRetract,
}: {
  readonly signal: v1.Signal;
  readonly onRetract: ((signal: v1.Signal) => void) | null;
}) {
  const { t, number } = useI18n();
  const typeName = SIGNAL_TYPE_NAMES[signal.type];
  return (
    <Table.Tr data-testid="signal-row" data-series={signal.series ?? ''}>
      <Table.Th scope="row" className="nowrap">
        {typeName}
      </Table.Th>
      <Table.Td>
        <HashValue
          value={signal.value}
          copyLabel={t('signals.copyValue', { type: typeName, value: shortHash(signal.value) })}
        />
      </Table.Td>
      <Table.Td>
        <GradeCell grade={signal.grade} />
      </Table.Td>
      <Table.Td>{signal.series ? <bdi>{signal.series}</bdi> : '—'}</Table.Td>
      <Table.Td>{flagText(t, signal.victimIdentified)}</Table.Td>
      <Table.Td>{flagText(t, signal.offenderIdentified)}</Table.Td>
      <Table.Td>{flagText(t, signal.isDistributed)}</Table.Td>
      <Table.Td>
        <code className="hash-value" dir="ltr" title={signal.contributor}>
          {signal.contributor}
        </code>
      </Table.Td>
      <Table.Td ta="end">{number(signal.confirmations)}</Table.Td>
      <Table.Td>
        <HandlingSummary handling={signal.handling} withRestrictions />
      </Table.Td>
      {/* Wide enough for the state badge, which would otherwise be cut short. */}
      <Table.Td miw={140}>
        <SignalState signal={signal} />
      </Table.Td>
      {onRetract && (
        <Table.Td>
          {signal.retractedAt === null && (
            <Button
              size="xs"
              variant="outline"
              color="red.9"
              onClick={() => onRetract(signal)}
              data-testid="retract-signal"
              aria-label={t('signals.retractLabel', {
                type: typeName,
                value: shortHash(signal.value),
              })}
            >
              {t('signals.retract')}
            </Button>
          )}
        </Table.Td>
      )}
    </Table.Tr>
  );
}

function SignalState({ signal }: { readonly signal: v1.Signal }) {
  const { t, dateTime } = useI18n();
  if (signal.retractedAt === null) {
    return (
      <Badge variant="dot" color="green" tt="none">
        {t('signals.live')}
      </Badge>
    );
  }
  return (
    <Stack gap={2}>
      <Badge variant="dot" color="red" tt="none">
        {t('signals.retractedState')}
      </Badge>
      <Text size="xs" className="nowrap">
        {dateTime(signal.retractedAt)}
      </Text>
      {signal.retractionReason && (
        <Text size="xs">
          <bdi>{signal.retractionReason}</bdi>
        </Text>
      )}
    </Stack>
  );
}
