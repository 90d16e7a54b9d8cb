import { Group, Loader, Text } from '@mantine/core';
import { useI18n } from '../i18n/i18n-provider.tsx';

/** A visible, announced "loading" line. */
export function LoadingState({ label }: { readonly label?: string }) {
  const { t } = useI18n();
  return (
    <Group gap="sm" role="status" py="md">
      <Loader size="sm" aria-hidden="true" />
      <Text size="sm">{label ?? t('common.loading')}</Text>
    </Group>
  );
}
