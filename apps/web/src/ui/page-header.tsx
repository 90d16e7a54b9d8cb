import { Group, Stack, Text, Title } from '@mantine/core';
import { useEffect, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-provider.tsx';

/** A page's h1 (focus lands here after navigation), its document title and its main actions. */
export function PageHeader({
  title,
  intro,
  actions,
}: {
  readonly title: string;
  readonly intro?: string;
  readonly actions?: ReactNode;
}) {
  usePageTitle(title);
  return (
    <Group justify="space-between" align="flex-start" mb="lg" wrap="wrap">
      <Stack gap={4}>
        <Title order={1} tabIndex={-1} className="page-heading">
          {title}
        </Title>
        {intro && <Text maw={720}>{intro}</Text>}
      </Stack>
      {actions && <Group gap="sm">{actions}</Group>}
    </Group>
  );
}

export function usePageTitle(page: string): void {
  const { t } = useI18n();
  useEffect(() => {
    document.title = t('app.documentTitle', { page });
  }, [page, t]);
}
