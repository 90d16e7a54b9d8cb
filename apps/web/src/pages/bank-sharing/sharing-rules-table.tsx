import type { v1 } from '@concord/client';
import { Button, Stack, Table, Text } from '@mantine/core';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { gradeKeyLabel } from '../../ui/grade-cell.tsx';
import { HandlingSummary, TlpLabel } from '../../ui/handling-labels.tsx';
import { PeerName } from '../../ui/peer-name.tsx';
import { SIGNAL_TYPE_NAMES } from '../../ui/signal-names.ts';
import { ListPaging } from '../../ui/list-paging.tsx';
import { TableScroll } from '../../ui/table-scroll.tsx';
import { usePagedRows } from '../../ui/use-paged-rows.ts';
import type { SharingGroup, SharingRule, SharingTarget } from '../../api/federation-types.ts';

/** A bank's rules: whom each reaches, what it lets through, and the code it narrows to. */
export function SharingRulesTable({
  rules,
  peers,
  groups,
  onRemove,
}: {
  readonly rules: readonly SharingRule[];
  readonly peers: ReadonlyMap<string, v1.Peer>;
  readonly groups: readonly SharingGroup[];
  /** Null for those who may only read. */
  readonly onRemove: ((rule: SharingRule) => void) | null;
}) {
  const { t, list, dateTime, isolate } = useI18n();
  const paged = usePagedRows(rules, 10);
  return (
    <>
      <TableScroll label={t('sharing.rulesTitle')} minWidth={1000}>
        <Table
          striped
          verticalSpacing="sm"
          fz="sm"
          className="signals-table"
          data-testid="rules-table"
        >
          <Table.Caption className="visually-hidden">{t('sharing.rulesTitle')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('sharing.target')}</Table.Th>
              <Table.Th scope="col">{t('sharing.signalTypes')}</Table.Th>
              <Table.Th scope="col">{t('sharing.grades')}</Table.Th>
              <Table.Th scope="col">{t('sharing.maxTlp')}</Table.Th>
              <Table.Th scope="col">{t('sharing.handling')}</Table.Th>
              <Table.Th scope="col">{t('sharing.added')}</Table.Th>
              {onRemove && <Table.Th scope="col">{t('sharing.actions')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {paged.shown.map((rule) => {
              const targetName = targetNameOf(rule.target, peers, groups);
              return (
                <Table.Tr key={rule.id} data-testid="rule-row">
                  <Table.Th scope="row">
                    <Target target={rule.target} peers={peers} groups={groups} />
                  </Table.Th>
                  <Table.Td>
                    {rule.signalTypes
                      ? list(rule.signalTypes.map((type) => SIGNAL_TYPE_NAMES[type]))
                      : t('sharing.allTypes')}
                  </Table.Td>
                  <Table.Td>
                    {rule.grades
                      ? list(rule.grades.map((grade) => gradeKeyLabel(t, grade)))
                      : t('sharing.allGrades')}
                  </Table.Td>
                  <Table.Td>
                    <TlpLabel tlp={rule.maxTlp} />
                  </Table.Td>
                  <Table.Td>
                    {rule.handling ? (
                      <HandlingSummary handling={rule.handling} withRestrictions />
                    ) : (
                      t('sharing.handlingUnchanged')
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={0}>
                      <Text size="sm" className="nowrap">
                        {dateTime(rule.createdAt)}
                      </Text>
                      <Text size="xs">
                        {t('sharing.addedBy', { name: isolate(rule.createdBy) })}
                      </Text>
                    </Stack>
                  </Table.Td>
                  {onRemove && (
                    <Table.Td>
                      <Button
                        size="xs"
                        variant="outline"
                        color="red.9"
                        onClick={() => onRemove(rule)}
                        aria-label={t('sharing.removeRuleLabel', { target: isolate(targetName) })}
                      >
                        {t('sharing.removeRule')}
                      </Button>
                    </Table.Td>
                  )}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </TableScroll>
      <ListPaging rows={paged} label={t('sharing.rulesTitle')} />
    </>
  );
}

/** The name of whom a rule reaches: a peer's or a group's name, or its id when unknown. */
export function targetNameOf(
  target: SharingTarget,
  peers: ReadonlyMap<string, v1.Peer>,
  groups: readonly SharingGroup[],
): string {
  return target.kind === 'peer'
    ? (peers.get(target.nodeId)?.name ?? target.nodeId)
    : (groups.find((g) => g.id === target.groupId)?.name ?? target.groupId);
}

function Target({
  target,
  peers,
  groups,
}: {
  readonly target: SharingTarget;
  readonly peers: ReadonlyMap<string, v1.Peer>;
  readonly groups: readonly SharingGroup[];
}) {
  const { t } = useI18n();
  if (target.kind === 'peer') return <PeerName nodeId={target.nodeId} peers={peers} />;
  return (
    <Text size="sm" fw={600}>
      {t('sharing.groupLabel')} <bdi>{targetNameOf(target, peers, groups)}</bdi>
    </Text>
  );
}
