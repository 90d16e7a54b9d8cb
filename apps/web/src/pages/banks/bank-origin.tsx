import { Text } from '@mantine/core';
import { useI18n } from '../../i18n/i18n-provider.tsx';

/** "This node" for a local bank, otherwise the id of the node that shares it. */
export function BankOrigin({ origin }: { readonly origin: string }) {
  const { t } = useI18n();
  if (origin === 'local') return <>{t('banks.originLocal')}</>;
  return (
    <Text component="span" size="sm">
      {t('banks.originReceived')}{' '}
      <Text component="bdi" dir="ltr" ff="monospace" size="sm">
        {origin}
      </Text>
    </Text>
  );
}
