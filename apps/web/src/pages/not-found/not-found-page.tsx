import { Anchor, Text } from '@mantine/core';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { linkProps } from '../../routing/link-props.ts';
import { PageHeader } from '../../ui/page-header.tsx';

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <>
      <PageHeader title={t('notFound.title')} />
      <Text mb="sm">{t('notFound.body')}</Text>
      <Anchor {...linkProps('/')}>{t('notFound.home')}</Anchor>
    </>
  );
}
