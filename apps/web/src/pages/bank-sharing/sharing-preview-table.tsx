import type { v1 } from '@concord/client';
import { List, Table, Text } from '@mantine/core';
import { isShareRefusal, SHARE_REFUSALS } from '../../api/protocol-lists.ts';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { PeerName } from '../../ui/peer-name.tsx';
import { ListPaging } from '../../ui/list-paging.tsx';
import { TableScroll } from '../../ui/table-scroll.tsx';
import { usePagedRows } from '../../ui/use-paged-rows.ts';
import type { SharingPreview } from '../../api/federation-types.ts';

type PreviewRow = SharingPreview['peers'][number];

/** Per peer: how many signals would go now, and why each of the others would not. */
export function SharingPreviewTable({
  preview,
  peers,
}: {
  readonly preview: SharingPreview;
  readonly peers: ReadonlyMap<string, v1.Peer>;
}) {
  const { t, number } = useI18n();
  const paged = usePagedRows(preview.peers, 10);
  return (
    <>
      <TableScroll label={t('sharing.previewTitle')} minWidth={760}>
        <Table
          striped
          verticalSpacing="sm"
          fz="sm"
          className="signals-table"
          data-testid="preview-table"
        >
          <Table.Caption className="visually-hidden">{t('sharing.previewTitle')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('sharing.previewPeer')}</Table.Th>
              <Table.Th scope="col" ta="end">
                {t('sharing.previewRules')}
              </Table.Th>
              <Table.Th scope="col" ta="end">
                {t('sharing.previewShared')}
              </Table.Th>
              <Table.Th scope="col">{t('sharing.previewWithheld')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {paged.shown.map((row) => (
              <Table.Tr key={row.nodeId} data-testid={`preview-row-${row.name}`}>
                <Table.Th scope="row">
                  <PeerName nodeId={row.nodeId} peers={peers} fallbackName={row.name} />
                </Table.Th>
                <Table.Td ta="end">{number(row.rules)}</Table.Td>
                <Table.Td ta="end" fw={700} data-testid="preview-shared">
                  {number(row.shared)}
                </Table.Td>
                <Table.Td>
                  <Refusals row={row} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
      <ListPaging rows={paged} label={t('sharing.previewTitle')} />
    </>
  );
}

/** The reasons the rest would stay home, known reasons first in a stable order, each with its count. */
function Refusals({ row }: { readonly row: PreviewRow }) {
  const { t, number } = useI18n();
  const entries = Object.entries(row.withheld).filter(([, count]) => count > 0);
  if (entries.length === 0) return <>{t('sharing.previewNothingWithheld')}</>;
  const rank = (reason: string) =>
    isShareRefusal(reason) ? SHARE_REFUSALS.indexOf(reason) : SHARE_REFUSALS.length;
  entries.sort(([a], [b]) => rank(a) - rank(b));
  return (
    <List size="sm" spacing={2}>
      {entries.map(([reason, count]) => (
        <List.Item key={reason} data-reason={reason}>
          {isShareRefusal(reason) ? (
            t(`shareRefusal.${reason}`, { count: number(count) })
          ) : (
            <Text component="span" size="sm">
              <code dir="ltr">{reason}</code>: {number(count)}
            </Text>
          )}
        </List.Item>
      ))}
    </List>
  );
}
