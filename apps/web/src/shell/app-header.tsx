import { Button, Group, Stack, Text } from '@mantine/core';
import type { v1 } from '@concord/client';
import { useI18n } from '../i18n/i18n-provider.tsx';
import { linkProps } from '../routing/link-props.ts';
import { LanguageMenu } from './language-menu.tsx';
import type { useLanguageChoice } from './use-language-choice.ts';

/** Brand, the signed-in user and role, the language menu and sign-out. */
export function AppHeader({
  session,
  language,
  onSignOut,
  signingOut,
}: {
  readonly session: v1.Session;
  readonly language: ReturnType<typeof useLanguageChoice>;
  readonly onSignOut: () => void;
  readonly signingOut: boolean;
}) {
  const { t, isolate } = useI18n();
  const { user } = session;
  return (
    <Group justify="space-between" wrap="nowrap" style={{ flex: 1 }} gap="sm">
      <Text component="a" {...linkProps('/')} fw={700} size="lg" c="gray.9" td="none">
        {t('app.name')}
      </Text>
      <Group gap="sm" wrap="nowrap">
        <Stack gap={0} align="flex-end" visibleFrom="xs" data-testid="signed-in-user">
          <Text size="sm" fw={600}>
            {t('header.signedInAs', { name: isolate(user.displayName) })}
          </Text>
          <Text size="xs" c="dimmed">
            {t(`role.${user.role}`)}
          </Text>
        </Stack>
        <LanguageMenu locale={language.locale} onChoose={language.choose} />
        <Button variant="outline" size="sm" onClick={onSignOut} loading={signingOut}>
          {t('header.signOut')}
        </Button>
      </Group>
    </Group>
  );
}
