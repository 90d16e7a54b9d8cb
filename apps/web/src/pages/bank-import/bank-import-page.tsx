import type { v1 } from '@concord/client';
import { Alert, Stack } from '@mantine/core';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { paths } from '../../routing/paths.ts';
import { routeParam } from '../../routing/route-match.ts';
import type { PageProps } from '../../routing/routes.ts';
import { Breadcrumbs } from '../../ui/breadcrumbs.tsx';
import { ErrorAlert } from '../../ui/error-alert.tsx';
import { LoadingState } from '../../ui/loading-state.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { useBank } from '../banks/use-banks.ts';
import { ImportForm } from './import-form.tsx';
import { ImportReportView } from './import-report-view.tsx';
import { useBankImport } from './use-bank-import.ts';

/** Importing a hash-set file into a local bank, and the node's report on every row. */
export function BankImportPage({ params }: PageProps) {
  const { t, isolate } = useI18n();
  const name = routeParam(params, 'bank');
  const bank = useBank(name);
  return (
    <>
      <Breadcrumbs
        crumbs={[
          { label: t('banks.title'), path: paths.banks },
          { label: name, path: paths.bank(name), isName: true },
          { label: t('import.crumb'), path: null },
        ]}
      />
      <PageHeader title={t('import.title', { name: isolate(name) })} intro={t('import.intro')} />
      <Stack>
        {bank.isPending && <LoadingState />}
        {bank.isError && <ErrorAlert error={bank.error} onRetry={() => void bank.refetch()} />}
        {bank.data && <BankImport bank={bank.data} />}
      </Stack>
    </>
  );
}

function BankImport({ bank }: { readonly bank: v1.Bank }) {
  const { t } = useI18n();
  const importing = useBankImport(bank.name);
  if (bank.origin !== 'local') {
    return (
      <Alert color="blue" variant="light" role="status">
        {t('import.receivedBank')}
      </Alert>
    );
  }
  return (
    <Stack>
      <ImportForm importing={importing} />
      {importing.report && <ImportReportView key={importing.reportKey} report={importing.report} />}
    </Stack>
  );
}
