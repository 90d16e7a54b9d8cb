import type { v1 } from '@concord/client';
import { Badge, Table, Text } from '@mantine/core';
import { isPurpose, isRole } from '../../api/protocol-lists.ts';
import { isAuditOutcome } from './audit-filters.ts';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { TableScroll } from '../../ui/table-scroll.tsx';

const OUTCOME_COLORS = { success: 'green', failure: 'orange', denied: 'red' } as const;

export function AuditTable({ events }: { readonly events: readonly v1.AuditEvent[] }) {
  const { t } = useI18n();
  return (
    <TableScroll label={t('audit.events')} minWidth={1320}>
      <Table striped verticalSpacing="xs" fz="sm" className="audit-table" data-testid="audit-table">
        <Table.Caption className="visually-hidden">{t('audit.events')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" className="nowrap">
              {t('audit.seq')}
            </Table.Th>
            <Table.Th scope="col" className="nowrap">
              {t('audit.time')}
            </Table.Th>
            <Table.Th scope="col" className="nowrap">
              {t('audit.actorColumn')}
            </Table.Th>
            <Table.Th scope="col" className="nowrap">
              {t('audit.actionColumn')}
            </Table.Th>
            <Table.Th scope="col" className="nowrap">
              {t('audit.object')}
            </Table.Th>
            <Table.Th scope="col" className="nowrap">
              {t('audit.purpose')}
            </Table.Th>
            <Table.Th scope="col" className="nowrap">
              {t('audit.outcomeColumn')}
            </Table.Th>
            <Table.Th scope="col" className="nowrap">
              {t('audit.clientAddress')}
            </Table.Th>
            <Table.Th scope="col" className="nowrap">
              {t('audit.details')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {events.map((event) => (
            <AuditRow key={event.seq} event={event} />
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}

function AuditRow({ event }: { readonly event: v1.AuditEvent }) {
  const { t, dateTime, number } = useI18n();
  const details = Object.entries(event.details);
  return (
    <Table.Tr data-testid="audit-row" data-action={event.action}>
      <Table.Th scope="row">{number(event.seq)}</Table.Th>
      <Table.Td className="nowrap">{dateTime(event.at)}</Table.Td>
      <Table.Td>
        <Text size="sm" fw={600} className="nowrap">
          {event.actorName ? <bdi dir="ltr">{event.actorName}</bdi> : t('audit.system')}
        </Text>
        {event.actorRole && (
          <Text size="xs" c="dimmed">
            {isRole(event.actorRole) ? t(`role.${event.actorRole}`) : event.actorRole}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Text size="sm" ff="monospace" className="nowrap">
          <bdi dir="ltr">{event.action}</bdi>
        </Text>
      </Table.Td>
      <Table.Td>
        {event.objectType && (
          <Text size="sm" ff="monospace">
            <bdi dir="ltr">{event.objectType}</bdi>
          </Text>
        )}
        {event.objectId && (
          <Text size="xs" ff="monospace" className="nowrap">
            <bdi dir="ltr">{event.objectId}</bdi>
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        {event.purpose &&
          (isPurpose(event.purpose) ? t(`purpose.${event.purpose}`) : event.purpose)}
      </Table.Td>
      <Table.Td className="nowrap">
        {isAuditOutcome(event.outcome) ? (
          <Badge variant="dot" color={OUTCOME_COLORS[event.outcome]} tt="none">
            {t(`outcome.${event.outcome}`)}
          </Badge>
        ) : (
          event.outcome
        )}
      </Table.Td>
      <Table.Td className="nowrap">
        <bdi dir="ltr">{event.clientAddress}</bdi>
      </Table.Td>
      <Table.Td>
        {details.length > 0 && (
          <ul className="audit-details">
            {details.map(([key, value]) => (
              <li key={key}>
                <bdi dir="ltr">
                  {key}={String(value)}
                </bdi>
              </li>
            ))}
          </ul>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
