import { Stack } from '@mantine/core';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { ApiTokensSection } from './api-tokens-section.tsx';
import { LanguageSection } from './language-section.tsx';
import { PasswordSection } from './password-section.tsx';
import { ProfileSection } from './profile-section.tsx';
import { SecondFactorSection } from './second-factor-section.tsx';

export function AccountPage() {
  const { t } = useI18n();
  return (
    <>
      <PageHeader title={t('account.title')} />
      <Stack gap="lg">
        <ProfileSection />
        <LanguageSection />
        <PasswordSection />
        <SecondFactorSection />
        <ApiTokensSection />
      </Stack>
    </>
  );
}
