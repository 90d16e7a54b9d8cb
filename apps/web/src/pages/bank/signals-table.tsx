import type { v1 } from '@concord/client';
import { Badge, Button, Stack, Table, Text } from '@mantine/core';
import type { Translate } from '../../i18n/catalogue.ts';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { HandlingSummary } from '../../ui/handling-labels.tsx';
import { GradeCell } from '../../ui/grade-cell.tsx';
import { HashValue, shortHash } from '../../ui/hash-value.tsx';
import { SIGNAL_TYPE_NAMES } from '../../ui/signal-names.ts';
import { TableScroll } from '../../ui/table-scroll.tsx';
import { PeerName } from '../../ui/peer-name.tsx';
import { SignalProvenance } from './signal-provenance.tsx';
import type { FeedbackKind } from './use-grade-feedback.ts';

/** Yes, no, or unknown: what nobody recorded is shown as unknown, never guessed. */
function flagText(t: Translate, value: boolean | null): string {
  if (value === null) return t('common.unknown');
  return value ? t('common.yes') : t('common.no');
}

/** What a row offers besides reading it: retracting a local signal, or feedback on a received one. */
export interface SignalRowActions {
  /** Null when the user may not retract (no banks:write, or a received bank). */
  readonly onRetract: ((signal: v1.Signal) => void) | null;
  /** Null when the user may not give feedback (no banks:write, or a local bank). */
  readonly onFeedback: ((signal: v1.Signal, kind: FeedbackKind) => void) | null;
}

export function SignalsTable({
  signals,
  received,
  peers,
  actions,
}: {
  readonly signals: readonly v1.Signal[];
  /** A bank shared by another node: its signals show where they came from. */
  readonly received: boolean;
  readonly peers: ReadonlyMap<string, v1.Peer>;
  readonly actions: SignalRowActions;
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
    ...(received ? [t('provenance.title')] : []),
    t('signals.agreement'),
    t('signals.handling'),
    t('signals.state'),
  ];
  const withActions = actions.onRetract !== null || actions.onFeedback !== null;
  return (
    <TableScroll label={t('signals.title')} minWidth={received ? 1700 : 1500}>
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
            {withActions && <Table.Th scope="col">{t('signals.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {signals.map((signal) => (
            <SignalRow
              key={signal.id}
              signal={signal}
              received={received}
              peers={peers}
              actions={withActions ? actions : null}
            />
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}

function SignalRow({
  signal,
  received,
  peers,
  actions,
}: {
  readonly signal: v1.Signal;
  readonly received: boolean;
  readonly peers: ReadonlyMap<string, v1.Peer>;
  readonly actions: SignalRowActions | null;
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
        <GradeCell grade={signal.grade} peers={peers} />
      </Table.Td>
      <Table.Td>{signal.series ? <bdi>{signal.series}</bdi> : '—'}</Table.Td>
      <Table.Td>{flagText(t, signal.victimIdentified)}</Table.Td>
      <Table.Td>{flagText(t, signal.offenderIdentified)}</Table.Td>
      <Table.Td>{flagText(t, signal.isDistributed)}</Table.Td>
      <Table.Td>
        {peers.has(signal.contributor) ? (
          <PeerName nodeId={signal.contributor} peers={peers} />
        ) : (
          <code className="hash-value" dir="ltr" title={signal.contributor}>
            {signal.contributor}
          </code>
        )}
      </Table.Td>
      {received && (
        <Table.Td miw={180}>
          <SignalProvenance provenance={signal.provenance} peers={peers} />
        </Table.Td>
      )}
      <Table.Td miw={150}>
        <Stack gap={2} data-testid="grade-agreement">
          <Text size="sm">
            {t('signals.gradedByAgencies', { count: number(1 + signal.confirmations) })}
          </Text>
          {signal.disputes > 0 && (
            <Text size="sm" c="red.9" fw={600}>
              {t('signals.disputes', { count: number(signal.disputes) })}
            </Text>
          )}
        </Stack>
      </Table.Td>
      <Table.Td>
        <HandlingSummary handling={signal.handling} withRestrictions />
      </Table.Td>
      {/* Wide enough for the state badge, which would otherwise be cut short. */}
      <Table.Td miw={140}>
        <SignalState signal={signal} />
      </Table.Td>
      {actions && (
        <Table.Td>
          {signal.retractedAt === null && <RowActions signal={signal} actions={actions} />}
        </Table.Td>
      )}
    </Table.Tr>
  );
}

function RowActions({
  signal,
  actions,
}: {
  readonly signal: v1.Signal;
  readonly actions: SignalRowActions;
}) {
  const { t } = useI18n();
  const { onRetract, onFeedback } = actions;
  const named = { type: SIGNAL_TYPE_NAMES[signal.type], value: shortHash(signal.value) };
  return (
    <Stack gap={6} align="flex-start">
      {onRetract && (
        <Button
          size="xs"
          variant="outline"
          color="red.9"
          onClick={() => onRetract(signal)}
          data-testid="retract-signal"
          aria-label={t('signals.retractLabel', named)}
        >
          {t('signals.retract')}
        </Button>
      )}
      {onFeedback && (
        <>
          <Button
            size="xs"
            variant="outline"
            className="nowrap"
            onClick={() => onFeedback(signal, 'confirm')}
            data-testid="confirm-grade"
            aria-label={t('feedback.confirmLabel', named)}
          >
            {t('feedback.confirm')}
          </Button>
          <Button
            size="xs"
            variant="outline"
            color="red.9"
            className="nowrap"
            onClick={() => onFeedback(signal, 'dispute')}
            data-testid="dispute-grade"
            aria-label={t('feedback.disputeLabel', named)}
          >
            {t('feedback.dispute')}
          </Button>
        </>
      )}
    </Stack>
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
