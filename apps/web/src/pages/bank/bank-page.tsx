import type { v1 } from '@concord/client';
import { Button, Stack, Tabs, Title } from '@mantine/core';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { linkProps } from '../../routing/link-props.ts';
import { paths } from '../../routing/paths.ts';
import { routeParam } from '../../routing/route-match.ts';
import type { PageProps } from '../../routing/routes.ts';
import { useCan } from '../../session/active-session.tsx';
import { Breadcrumbs } from '../../ui/breadcrumbs.tsx';
import { EmptyState } from '../../ui/empty-state.tsx';
import { ErrorAlert } from '../../ui/error-alert.tsx';
import { LoadingState } from '../../ui/loading-state.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { PagingControls } from '../../ui/paging-controls.tsx';
import { StatusMessage } from '../../ui/status-message.tsx';
import { WithheldNotice } from '../../ui/withheld-notice.tsx';
import { useBank } from '../banks/use-banks.ts';
import { SharingPanel } from '../bank-sharing/sharing-panel.tsx';
import { usePeerDirectory } from '../peers/use-peers.ts';
import { GradeFeedbackDialog } from './grade-feedback-dialog.tsx';
import { useGradeFeedback } from './use-grade-feedback.ts';
import { BankSummary } from './bank-summary.tsx';
import { RetractSignalDialog } from './retract-signal-dialog.tsx';
import { SignalSearchForm } from './signal-search-form.tsx';
import { SignalsTable } from './signals-table.tsx';
import { useRetractSignal } from './use-retract-signal.ts';
import { useSignalSearch } from './use-signal-search.ts';

/** One bank: its handling code and counts, and a search of its signals. */
export function BankPage({ params }: PageProps) {
  const { t, isolate } = useI18n();
  const name = routeParam(params, 'bank');
  const bank = useBank(name);
  return (
    <>
      <Breadcrumbs
        crumbs={[
          { label: t('banks.title'), path: paths.banks },
          { label: name, path: null, isName: true },
        ]}
      />
      <PageHeader
        title={isolate(name)}
        {...(bank.data?.description ? { intro: bank.data.description } : {})}
        actions={bank.data && <BankActions bank={bank.data} />}
      />
      <Stack>
        {bank.isPending && <LoadingState />}
        {bank.isError && <ErrorAlert error={bank.error} onRetry={() => void bank.refetch()} />}
        {bank.data && <BankSummary bank={bank.data} />}
        {bank.data && <BankSections bank={bank.data} />}
      </Stack>
    </>
  );
}

/** The signals and, for those who may see it, what the bank shares with which peers. */
function BankSections({ bank }: { readonly bank: v1.Bank }) {
  const { t } = useI18n();
  const canReadSharing = useCan('federation:read');
  if (!canReadSharing) return <BankSignals bank={bank} />;
  return (
    // Only the open tab is rendered, so the sharing queries run when someone looks.
    <Tabs defaultValue="signals" keepMounted={false}>
      <Tabs.List aria-label={t('bank.sections')}>
        <Tabs.Tab value="signals" data-testid="signals-tab">
          {t('signals.title')}
        </Tabs.Tab>
        <Tabs.Tab value="sharing" data-testid="sharing-tab">
          {t('sharing.title')}
        </Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="signals" pt="md">
        <BankSignals bank={bank} />
      </Tabs.Panel>
      <Tabs.Panel value="sharing" pt="md">
        <SharingPanel bank={bank} />
      </Tabs.Panel>
    </Tabs>
  );
}

function BankActions({ bank }: { readonly bank: v1.Bank }) {
  const { t } = useI18n();
  const canWrite = useCan('banks:write');
  const canExport = useCan('banks:export');
  return (
    <>
      {canWrite && bank.origin === 'local' && (
        <Button component="a" {...linkProps(paths.bankImport(bank.name))}>
          {t('bank.import')}
        </Button>
      )}
      {canExport && (
        <Button component="a" variant="outline" {...linkProps(paths.bankExport(bank.name))}>
          {t('bank.export')}
        </Button>
      )}
    </>
  );
}

function BankSignals({ bank }: { readonly bank: v1.Bank }) {
  const { t, isolate } = useI18n();
  const canWrite = useCan('banks:write');
  const received = bank.origin !== 'local';
  const search = useSignalSearch(bank.name);
  const retraction = useRetractSignal();
  const feedback = useGradeFeedback();
  const peers = usePeerDirectory();
  const { signals } = search;
  return (
    <Stack component="section" aria-labelledby="signals-heading">
      <Title order={2} size="h3" id="signals-heading">
        {t('signals.title')}
      </Title>
      <SignalSearchForm search={search} />
      {retraction.retracted && !retraction.signal && (
        <StatusMessage>{t('signals.retracted')}</StatusMessage>
      )}
      {feedback.sent && (
        <StatusMessage>
          {feedback.sent.kind === 'confirm'
            ? t('feedback.confirmSent', { origin: isolate(originName(bank.origin, peers)) })
            : t('feedback.disputeSent', { origin: isolate(originName(bank.origin, peers)) })}
        </StatusMessage>
      )}
      {signals.isPending && <LoadingState />}
      {signals.isError && (
        <ErrorAlert error={signals.error} onRetry={() => void signals.refetch()} />
      )}
      {signals.data && <WithheldNotice withheld={signals.data.withheld} subject="signals" />}
      {signals.data && signals.data.items.length === 0 && (
        <EmptyState>{t('signals.empty')}</EmptyState>
      )}
      {signals.data && signals.data.items.length > 0 && (
        <SignalsTable
          signals={signals.data.items}
          received={received}
          peers={peers}
          actions={{
            onRetract: canWrite && !received ? retraction.ask : null,
            onFeedback: canWrite && received ? feedback.ask : null,
          }}
        />
      )}
      {signals.data && <PagingControls paging={search.paging} total={signals.data.total} />}
      <RetractSignalDialog retraction={retraction} />
      <GradeFeedbackDialog feedback={feedback} />
    </Stack>
  );
}

/** The node a received bank comes from, by its name when it is a known peer. */
function originName(origin: string, peers: ReadonlyMap<string, v1.Peer>): string {
  return peers.get(origin)?.name ?? origin;
}
