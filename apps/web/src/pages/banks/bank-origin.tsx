import { Text } from '@mantine/core';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { PeerName } from '../../ui/peer-name.tsx';
import { usePeerDirectory } from '../peers/use-peers.ts';

/** "This node" for a local bank; otherwise the node that shares it, linking to it when it is a known peer. */
export function BankOrigin({ origin }: { readonly origin: string }) {
  const { t } = useI18n();
  const peers = usePeerDirectory();
  if (origin === 'local') return <>{t('banks.originLocal')}</>;
  return (
    <Text component="span" size="sm">
      {t('banks.originReceived')} <PeerName nodeId={origin} peers={peers} />
    </Text>
  );
}
