import { Button, Group, Stack, TextInput } from '@mantine/core';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { ErrorAlert } from '../../ui/error-alert.tsx';
import { StatusMessage } from '../../ui/status-message.tsx';
import { AccountSection } from './account-section.tsx';
import { useProfile } from './use-profile.ts';

export function ProfileSection() {
  const { t } = useI18n();
  const profile = useProfile();
  return (
    <AccountSection id="profile" title={t('account.profileTitle')}>
      <dl className="definition-list">
        <dt>{t('account.username')}</dt>
        <dd>
          <bdi dir="ltr">{profile.user.username}</bdi>
        </dd>
        <dt>{t('account.role')}</dt>
        <dd>{t(`role.${profile.user.role}`)}</dd>
      </dl>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          profile.submit();
        }}
      >
        <Stack>
          <Group align="flex-end">
            <TextInput
              label={t('account.displayName')}
              name="display-name"
              autoComplete="name"
              required
              value={profile.displayName}
              onChange={(event) => profile.setDisplayName(event.currentTarget.value)}
              error={profile.problem ? t(profile.problem) : undefined}
              miw={280}
            />
            <Button type="submit" loading={profile.pending}>
              {t('common.save')}
            </Button>
          </Group>
          {profile.error ? <ErrorAlert error={profile.error} /> : null}
          {profile.saved && <StatusMessage>{t('account.profileSaved')}</StatusMessage>}
        </Stack>
      </form>
    </AccountSection>
  );
}
