import { Anchor, List, Stack, Text, Title } from '@mantine/core';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { linkProps } from '../../routing/link-props.ts';
import { paths } from '../../routing/paths.ts';
import { useCan } from '../../session/active-session.tsx';
import { EmptyState } from '../../ui/empty-state.tsx';
import { ErrorAlert } from '../../ui/error-alert.tsx';
import { LoadingState } from '../../ui/loading-state.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { StatusMessage } from '../../ui/status-message.tsx';
import { usePeerDirectory } from '../peers/use-peers.ts';
import { OffersTable } from './offers-table.tsx';
import { SubscriptionsTable } from './subscriptions-table.tsx';
import { useOffers, useSubscribe, useSubscriptions, useSyncNow } from './use-received.ts';
import type { PullResult, Subscription } from '../../api/federation-types.ts';

/** Banks peers offer this node, and the subscriptions that bring their signals here. */
export function ReceivedPage() {
  const { t } = useI18n();
  return (
    <>
      <PageHeader title={t('received.title')} intro={t('received.intro')} />
      <Stack gap="xl">
        <Offers />
        <Subscriptions />
      </Stack>
    </>
  );
}

function Offers() {
  const { t, isolate } = useI18n();
  const canAdmin = useCan('federation:admin');
  const offers = useOffers();
  const peers = usePeerDirectory();
  const subscribe = useSubscribe();
  return (
    <Stack component="section" aria-labelledby="offers-heading">
      <Title order={2} size="h3" id="offers-heading">
        {t('received.offersTitle')}
      </Title>
      {subscribe.isError && <ErrorAlert error={subscribe.error} />}
      {subscribe.data && (
        <StatusMessage>
          {t('received.subscribedTo', { bank: isolate(subscribe.data.localBankName) })}
        </StatusMessage>
      )}
      {offers.isPending && <LoadingState />}
      {offers.isError && <ErrorAlert error={offers.error} onRetry={() => void offers.refetch()} />}
      {offers.data && offers.data.length === 0 && <EmptyState>{t('received.noOffers')}</EmptyState>}
      {offers.data && offers.data.length > 0 && (
        <OffersTable offers={offers.data} peers={peers} subscribe={canAdmin ? subscribe : null} />
      )}
    </Stack>
  );
}

function Subscriptions() {
  const { t } = useI18n();
  const canAdmin = useCan('federation:admin');
  const subscriptions = useSubscriptions();
  const peers = usePeerDirectory();
  const sync = useSyncNow();
  return (
    <Stack component="section" aria-labelledby="subscriptions-heading">
      <Title order={2} size="h3" id="subscriptions-heading">
        {t('received.subscriptionsTitle')}
      </Title>
      {sync.isError && <ErrorAlert error={sync.error} title={t('received.syncFailed')} />}
      {sync.data && <SyncResult {...sync.data} />}
      {subscriptions.isPending && <LoadingState />}
      {subscriptions.isError && (
        <ErrorAlert error={subscriptions.error} onRetry={() => void subscriptions.refetch()} />
      )}
      {subscriptions.data && subscriptions.data.length === 0 && (
        <EmptyState>{t('received.noSubscriptions')}</EmptyState>
      )}
      {subscriptions.data && subscriptions.data.length > 0 && (
        <SubscriptionsTable
          subscriptions={subscriptions.data}
          peers={peers}
          sync={canAdmin ? sync : null}
        />
      )}
    </Stack>
  );
}

/** What "Sync now" brought: pages, signals and retractions, and whether more remains. */
function SyncResult({
  subscription,
  result,
}: {
  readonly subscription: Subscription;
  readonly result: PullResult;
}) {
  const { t, number, isolate } = useI18n();
  return (
    <StatusMessage>
      <Stack gap={4} data-testid="sync-result">
        <Text size="sm" fw={700}>
          {result.complete
            ? t('received.syncedComplete', { bank: isolate(subscription.localBankName) })
            : t('received.syncedPartly', { bank: isolate(subscription.localBankName) })}
        </Text>
        <List size="sm">
          <List.Item>{t('received.syncPages', { count: number(result.pages) })}</List.Item>
          <List.Item>{t('received.syncSignals', { count: number(result.signals) })}</List.Item>
          <List.Item>
            {t('received.syncTombstones', { count: number(result.tombstones) })}
          </List.Item>
          <List.Item>{t('received.syncCursor', { cursor: number(result.cursor) })}</List.Item>
        </List>
        <Anchor
          size="sm"
          c="gray.9"
          underline="always"
          {...linkProps(paths.bank(subscription.localBankName))}
        >
          {t('received.openBank', { bank: isolate(subscription.localBankName) })}
        </Anchor>
      </Stack>
    </StatusMessage>
  );
}
