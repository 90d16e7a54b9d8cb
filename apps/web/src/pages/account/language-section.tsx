import { Radio, Stack } from '@mantine/core';
import { isLocale, LOCALES } from '../../i18n/catalogue.ts';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { useLanguageChoice } from '../../shell/use-language-choice.ts';
import { ErrorAlert } from '../../ui/error-alert.tsx';
import { StatusMessage } from '../../ui/status-message.tsx';
import { AccountSection } from './account-section.tsx';

/** The UI language, applied at once and saved to the account. */
export function LanguageSection() {
  const { t, languageName } = useI18n();
  const language = useLanguageChoice({ save: true });
  return (
    <AccountSection id="language" title={t('account.languageTitle')}>
      <Radio.Group
        aria-labelledby="language-heading"
        description={t('account.languageHint')}
        value={language.locale}
        onChange={(value) => {
          if (isLocale(value)) language.choose(value);
        }}
        name="language"
      >
        <Stack gap="xs" mt="xs">
          {LOCALES.map((locale) => (
            <Radio
              key={locale}
              value={locale}
              label={<span lang={locale}>{languageName(locale)}</span>}
              data-testid={`account-language-${locale}`}
            />
          ))}
        </Stack>
      </Radio.Group>
      {language.saving.isError && <ErrorAlert error={language.saving.error} />}
      {language.saving.isSuccess && <StatusMessage>{t('account.languageSaved')}</StatusMessage>}
    </AccountSection>
  );
}
