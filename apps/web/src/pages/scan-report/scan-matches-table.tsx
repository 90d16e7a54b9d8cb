import type { v1 } from '@concord/client';
import { Table, Text } from '@mantine/core';
import { isGradeScheme } from '../../api/protocol-lists.ts';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { gradeKeyLabel } from '../../ui/grade-cell.tsx';
import { PagingControls } from '../../ui/paging-controls.tsx';
import { SIGNAL_TYPE_NAMES } from '../../ui/signal-names.ts';
import { TableScroll } from '../../ui/table-scroll.tsx';
import { usePaging } from '../../ui/use-paging.ts';

type ScanMatch = v1.ScanReportDetail['matches'][number];

/** The report's match rows, a page at a time: where, what matched, and how closely. No media. */
export function ScanMatchesTable({ matches }: { readonly matches: readonly ScanMatch[] }) {
  const { t, number } = useI18n();
  const paging = usePaging(25);
  const start = (paging.page - 1) * paging.pageSize;
  return (
    <>
      <TableScroll label={t('report.matchesTitle')} minWidth={1100}>
        <Table striped verticalSpacing="xs" fz="sm" data-testid="scan-matches">
          <Table.Caption className="visually-hidden">{t('report.matchesTitle')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('report.path')}</Table.Th>
              <Table.Th scope="col">{t('signals.type')}</Table.Th>
              <Table.Th scope="col" ta="end">
                {t('match.distance')}
              </Table.Th>
              <Table.Th scope="col">{t('signals.grade')}</Table.Th>
              <Table.Th scope="col">{t('signals.series')}</Table.Th>
              <Table.Th scope="col">{t('match.bank')}</Table.Th>
              <Table.Th scope="col" ta="end">
                {t('report.quality')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {matches.slice(start, start + paging.pageSize).map((match, index) => (
              <Table.Tr key={start + index} data-testid="scan-match-row">
                <Table.Th scope="row" fw={400}>
                  <Text component="bdi" dir="ltr" className="path-value">
                    {match.path}
                  </Text>
                </Table.Th>
                <Table.Td className="nowrap">{SIGNAL_TYPE_NAMES[match.type]}</Table.Td>
                <Table.Td ta="end">{number(match.distance)}</Table.Td>
                <Table.Td>
                  {match.grade
                    ? isGradeScheme(match.grade.scheme)
                      ? gradeKeyLabel(t, `${match.grade.scheme}:${match.grade.value}`)
                      : t('grade.label', { scheme: match.grade.scheme, value: match.grade.value })
                    : t('signals.ungraded')}
                </Table.Td>
                <Table.Td>{match.series ? <bdi>{match.series}</bdi> : '—'}</Table.Td>
                <Table.Td>
                  <bdi dir="ltr">{match.bank}</bdi>
                </Table.Td>
                <Table.Td ta="end">
                  {match.quality === null ? t('common.unknown') : number(match.quality)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
      <PagingControls paging={paging} total={matches.length} />
    </>
  );
}
