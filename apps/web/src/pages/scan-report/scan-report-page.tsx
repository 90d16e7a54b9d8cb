import type { v1 } from '@concord/client';
import { Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { paths } from '../../routing/paths.ts';
import { routeParam } from '../../routing/route-match.ts';
import type { PageProps } from '../../routing/routes.ts';
import { Breadcrumbs } from '../../ui/breadcrumbs.tsx';
import { DefinitionEntry } from '../../ui/definition-entry.tsx';
import { EmptyState } from '../../ui/empty-state.tsx';
import { ErrorAlert } from '../../ui/error-alert.tsx';
import { gradeKeyLabel } from '../../ui/grade-cell.tsx';
import { LoadingState } from '../../ui/loading-state.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { TableScroll } from '../../ui/table-scroll.tsx';
import { useScanReport } from '../scan-reports/use-scan-reports.ts';
import { CountBars } from './count-bars.tsx';
import { ScanMatchesTable } from './scan-matches-table.tsx';

/** One uploaded scan: its totals, matched files by grade and by series, the banks used, the matches. */
export function ScanReportPage({ params }: PageProps) {
  const { t, isolate } = useI18n();
  const report = useScanReport(routeParam(params, 'report'));
  const title = report.data ? isolate(report.data.label) : t('report.title');
  return (
    <>
      <Breadcrumbs
        crumbs={[
          { label: t('reports.title'), path: paths.scanReports },
          { label: report.data?.label ?? t('report.title'), path: null, isName: true },
        ]}
      />
      <PageHeader title={title} intro={t('report.intro')} />
      <Stack>
        {report.isPending && <LoadingState />}
        {report.isError && (
          <ErrorAlert error={report.error} onRetry={() => void report.refetch()} />
        )}
        {report.data && <ReportDetail report={report.data} />}
      </Stack>
    </>
  );
}

/** Largest count first, then by label. */
function sortedCounts(
  record: Readonly<Record<string, number>>,
  label: (key: string) => string,
): { key: string; label: string; count: number }[] {
  return Object.entries(record)
    .map(([key, count]) => ({ key, label: label(key), count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

function ReportDetail({ report }: { readonly report: v1.ScanReportDetail }) {
  const { t, number, dateTime } = useI18n();
  const byGrade = sortedCounts(report.byGrade, (key) => gradeKeyLabel(t, key));
  const bySeries = sortedCounts(report.bySeries, (key) => key);
  return (
    <Stack gap="lg">
      <Paper withBorder p="lg" component="section" aria-labelledby="report-totals-heading">
        <Stack gap="sm">
          <Title order={2} size="h3" id="report-totals-heading">
            {t('report.totalsTitle')}
          </Title>
          <dl className="definition-list" data-testid="report-totals">
            <DefinitionEntry term={t('reports.scannedAt')}>
              {dateTime(report.scannedAt)}
            </DefinitionEntry>
            <DefinitionEntry term={t('reports.uploadedBy')}>
              <bdi dir="ltr">{report.uploadedBy}</bdi> · {dateTime(report.uploadedAt)}
            </DefinitionEntry>
            <DefinitionEntry term={t('reports.files')}>{number(report.files)}</DefinitionEntry>
            <DefinitionEntry term={t('reports.matchedFiles')}>
              <span data-testid="report-matched-files">{number(report.matchedFiles)}</span>
            </DefinitionEntry>
            <DefinitionEntry term={t('reports.problems')}>
              {number(report.problems)}
            </DefinitionEntry>
            <DefinitionEntry term={t('match.threshold')}>
              {number(report.threshold)}
            </DefinitionEntry>
            <DefinitionEntry term={t('report.dihedral')}>
              {report.dihedral ? t('common.yes') : t('common.no')}
            </DefinitionEntry>
          </dl>
        </Stack>
      </Paper>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <Paper withBorder p="lg" component="section" aria-labelledby="report-grades-heading">
          <Stack gap="sm">
            <Title order={2} size="h3" id="report-grades-heading">
              {t('report.byGrade')}
            </Title>
            {byGrade.length === 0 ? (
              <Text size="sm">{t('report.noMatchedFiles')}</Text>
            ) : (
              <CountBars
                counts={byGrade}
                total={report.matchedFiles}
                labelledBy="report-grades-heading"
                testId="report-by-grade"
              />
            )}
          </Stack>
        </Paper>
        <Paper withBorder p="lg" component="section" aria-labelledby="report-series-heading">
          <Stack gap="sm">
            <Title order={2} size="h3" id="report-series-heading">
              {t('report.bySeries')}
            </Title>
            {bySeries.length === 0 ? (
              <Text size="sm">{t('report.noSeries')}</Text>
            ) : (
              <CountBars
                counts={bySeries}
                total={report.matchedFiles}
                labelledBy="report-series-heading"
                testId="report-by-series"
              />
            )}
          </Stack>
        </Paper>
      </SimpleGrid>
      <Stack component="section" aria-labelledby="report-banks-heading" gap="sm">
        <Title order={2} size="h3" id="report-banks-heading">
          {t('report.banksTitle')}
        </Title>
        <BanksUsed banks={report.banks} />
      </Stack>
      <Stack component="section" aria-labelledby="report-matches-heading" gap="sm">
        <Title order={2} size="h3" id="report-matches-heading">
          {t('report.matchesTitle')}
        </Title>
        {report.matches.length === 0 ? (
          <EmptyState>{t('report.noMatches')}</EmptyState>
        ) : (
          <ScanMatchesTable matches={report.matches} />
        )}
      </Stack>
    </Stack>
  );
}

function BanksUsed({ banks }: { readonly banks: v1.ScanReportDetail['banks'] }) {
  const { t, number } = useI18n();
  if (banks.length === 0) return <Text size="sm">{t('report.noBanks')}</Text>;
  return (
    <TableScroll label={t('report.banksTitle')} minWidth={480}>
      <Table striped verticalSpacing="xs" fz="sm" data-testid="report-banks">
        <Table.Caption className="visually-hidden">{t('report.banksTitle')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('match.bank')}</Table.Th>
            <Table.Th scope="col" ta="end">
              {t('banks.signalCount')}
            </Table.Th>
            <Table.Th scope="col" ta="end">
              {t('reports.problems')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {banks.map((bank) => (
            <Table.Tr key={bank.bank}>
              <Table.Th scope="row" fw={400}>
                <bdi dir="ltr">{bank.bank}</bdi>
              </Table.Th>
              <Table.Td ta="end">{number(bank.signals)}</Table.Td>
              <Table.Td ta="end">{number(bank.problems)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
