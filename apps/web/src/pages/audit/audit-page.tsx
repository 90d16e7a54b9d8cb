import { Button, Stack } from '@mantine/core';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { useCan } from '../../session/active-session.tsx';
import { EmptyState } from '../../ui/empty-state.tsx';
import { ErrorAlert } from '../../ui/error-alert.tsx';
import { LoadingState } from '../../ui/loading-state.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { PagingControls } from '../../ui/paging-controls.tsx';
import { StatusMessage } from '../../ui/status-message.tsx';
import { AuditExportDialog } from './audit-export-dialog.tsx';
import { AuditFiltersForm } from './audit-filters-form.tsx';
import { AuditVerdictMessage } from './audit-integrity.tsx';
import { AuditTable } from './audit-table.tsx';
import { useAuditExport } from './use-audit-export.ts';
import { useAuditIntegrity } from './use-audit-integrity.ts';
import { useAuditTrail } from './use-audit-trail.ts';

export function AuditPage() {
  const { t } = useI18n();
  const canExport = useCan('audit:export');
  const trail = useAuditTrail();
  const integrity = useAuditIntegrity();
  const exporting = useAuditExport(trail.applied);
  const { events } = trail;
  return (
    <>
      <PageHeader
        title={t('audit.title')}
        intro={t('audit.intro')}
        actions={
          <>
            <Button
              variant="outline"
              onClick={() => integrity.mutate()}
              loading={integrity.isPending}
            >
              {t('audit.verify')}
            </Button>
            {canExport && <Button onClick={exporting.open}>{t('audit.export')}</Button>}
          </>
        }
      />
      <Stack>
        {integrity.data && <AuditVerdictMessage verdict={integrity.data} />}
        {integrity.isError && <ErrorAlert error={integrity.error} />}
        {exporting.done && <StatusMessage>{t('audit.exportStarted')}</StatusMessage>}
        <AuditFiltersForm trail={trail} />
        {events.isPending && <LoadingState />}
        {events.isError && (
          <ErrorAlert error={events.error} onRetry={() => void events.refetch()} />
        )}
        {events.data && events.data.items.length === 0 && (
          <EmptyState>{t('audit.empty')}</EmptyState>
        )}
        {events.data && events.data.items.length > 0 && <AuditTable events={events.data.items} />}
        {events.data && <PagingControls paging={trail.paging} total={events.data.total} />}
      </Stack>
      <AuditExportDialog exporting={exporting} />
    </>
  );
}
