import type { v1 } from '@concord/client';
import { Anchor, Table } from '@mantine/core';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { linkProps } from '../../routing/link-props.ts';
import { paths } from '../../routing/paths.ts';
import { TableScroll } from '../../ui/table-scroll.tsx';

export function ScanReportsTable({
  reports,
}: {
  readonly reports: readonly v1.ScanReportSummary[];
}) {
  const { t, number, dateTime } = useI18n();
  return (
    <TableScroll label={t('reports.title')} minWidth={900}>
      <Table striped highlightOnHover verticalSpacing="sm" data-testid="reports-table">
        <Table.Caption className="visually-hidden">{t('reports.title')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('reports.label')}</Table.Th>
            <Table.Th scope="col">{t('reports.scannedAt')}</Table.Th>
            <Table.Th scope="col">{t('reports.uploadedBy')}</Table.Th>
            <Table.Th scope="col" ta="end">
              {t('reports.files')}
            </Table.Th>
            <Table.Th scope="col" ta="end">
              {t('reports.matchedFiles')}
            </Table.Th>
            <Table.Th scope="col" ta="end">
              {t('reports.problems')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {reports.map((report) => (
            <Table.Tr key={report.id} data-testid="report-row">
              <Table.Th scope="row">
                <Anchor {...linkProps(paths.scanReport(report.id))} fw={600}>
                  <bdi>{report.label}</bdi>
                </Anchor>
              </Table.Th>
              <Table.Td className="nowrap">{dateTime(report.scannedAt)}</Table.Td>
              <Table.Td>
                <bdi dir="ltr">{report.uploadedBy}</bdi>
              </Table.Td>
              <Table.Td ta="end">{number(report.files)}</Table.Td>
              <Table.Td ta="end">{number(report.matchedFiles)}</Table.Td>
              <Table.Td ta="end">{number(report.problems)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
