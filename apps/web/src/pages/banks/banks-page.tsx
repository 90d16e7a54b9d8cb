import { Button, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { useCan } from '../../session/active-session.tsx';
import { EmptyState } from '../../ui/empty-state.tsx';
import { ErrorAlert } from '../../ui/error-alert.tsx';
import { LoadingState } from '../../ui/loading-state.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { BanksTable } from './banks-table.tsx';
import { CreateBankDialog } from './create-bank-dialog.tsx';
import { useBanks } from './use-banks.ts';
import { useCreateBank } from './use-create-bank.ts';

/** The hash banks of this node, local and received, and (for contributors) a new bank. */
export function BanksPage() {
  const { t } = useI18n();
  const canWrite = useCan('banks:write');
  const banks = useBanks();
  const [creating, createDialog] = useDisclosure(false);
  const form = useCreateBank(createDialog.close);
  const closeCreate = () => {
    createDialog.close();
    form.reset();
  };
  return (
    <>
      <PageHeader
        title={t('banks.title')}
        intro={t('banks.intro')}
        actions={
          canWrite && (
            <Button onClick={createDialog.open} data-testid="create-bank">
              {t('banks.create')}
            </Button>
          )
        }
      />
      <Stack>
        {banks.isPending && <LoadingState />}
        {banks.isError && <ErrorAlert error={banks.error} onRetry={() => void banks.refetch()} />}
        {banks.data && banks.data.length === 0 && (
          <EmptyState>{canWrite ? t('banks.emptyCanCreate') : t('banks.empty')}</EmptyState>
        )}
        {banks.data && banks.data.length > 0 && <BanksTable banks={banks.data} />}
      </Stack>
      <CreateBankDialog opened={creating} onClose={closeCreate} form={form} />
    </>
  );
}
