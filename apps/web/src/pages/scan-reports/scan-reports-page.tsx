import { Button, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { EmptyState } from '../../ui/empty-state.tsx';
import { ErrorAlert } from '../../ui/error-alert.tsx';
import { LoadingState } from '../../ui/loading-state.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { PagingControls } from '../../ui/paging-controls.tsx';
import { ScanReportsTable } from './scan-reports-table.tsx';
import { UploadReportDialog } from './upload-report-dialog.tsx';
import { useScanReports } from './use-scan-reports.ts';
import { useUploadReport } from './use-upload-report.ts';

/** Reports of `concord scan` runs uploaded to the node: counts by grade and series, never media. */
export function ScanReportsPage() {
  const { t } = useI18n();
  const { paging, query } = useScanReports();
  const [uploading, dialog] = useDisclosure(false);
  const upload = useUploadReport();
  const close = () => {
    dialog.close();
    upload.reset();
  };
  return (
    <>
      <PageHeader
        title={t('reports.title')}
        intro={t('reports.intro')}
        actions={
          <Button onClick={dialog.open} data-testid="upload-report">
            {t('reports.upload')}
          </Button>
        }
      />
      <Stack>
        {query.isPending && <LoadingState />}
        {query.isError && <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />}
        {query.data && query.data.items.length === 0 && (
          <EmptyState>{t('reports.empty')}</EmptyState>
        )}
        {query.data && query.data.items.length > 0 && (
          <ScanReportsTable reports={query.data.items} />
        )}
        {query.data && <PagingControls paging={paging} total={query.data.total} />}
      </Stack>
      <UploadReportDialog opened={uploading} onClose={close} upload={upload} />
    </>
  );
}
