import { Box, Container, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-provider.tsx';
import { usePageTitle } from '../ui/page-header.tsx';
import { LanguageMenu } from './language-menu.tsx';
import { MAIN_CONTENT_ID, SkipLink } from './skip-link.tsx';
import { useLanguageChoice } from './use-language-choice.ts';

/** The frame around sign-in and the steps before the app: brand, language menu, one card. */
export function GateLayout({
  title,
  intro,
  children,
}: {
  readonly title: string;
  readonly intro?: string;
  readonly children: ReactNode;
}) {
  const { t } = useI18n();
  const language = useLanguageChoice({ save: false });
  usePageTitle(title);
  return (
    <Box mih="100vh" bg="gray.1">
      <SkipLink />
      <Box component="header" bg="white" px="md" py="sm" className="gate-header">
        <Group justify="space-between">
          <Stack gap={0}>
            <Text fw={700} size="lg">
              {t('app.name')}
            </Text>
            <Text size="xs" c="dimmed">
              {t('app.tagline')}
            </Text>
          </Stack>
          <LanguageMenu locale={language.locale} onChoose={language.choose} />
        </Group>
      </Box>
      <Container size={460} py="xl" component="main" id={MAIN_CONTENT_ID} tabIndex={-1}>
        <Paper withBorder shadow="sm" p="xl" radius="md">
          <Stack>
            <Title order={1} size="h2" className="page-heading" tabIndex={-1}>
              {title}
            </Title>
            {intro && <Text size="sm">{intro}</Text>}
            {children}
          </Stack>
        </Paper>
      </Container>
    </Box>
  );
}
