import { Anchor, Text } from '@mantine/core';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { linkProps } from '../../routing/link-props.ts';
import { PageHeader } from '../../ui/page-header.tsx';

/** A page this role may not open (the server refuses it too). */
export function ForbiddenPage() {
  const { t } = useI18n();
  return (
    <>
      <PageHeader title={t('forbidden.title')} />
      <Text mb="sm">{t('forbidden.body')}</Text>
      <Anchor {...linkProps('/')}>{t('notFound.home')}</Anchor>
    </>
  );
}
