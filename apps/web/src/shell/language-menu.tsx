import { Button, Menu } from '@mantine/core';
import { LOCALES, type Locale } from '../i18n/catalogue.ts';
import { useI18n } from '../i18n/i18n-provider.tsx';

/** A menu of the UI languages, each named in its own language. */
export function LanguageMenu({
  locale,
  onChoose,
}: {
  readonly locale: Locale;
  readonly onChoose: (locale: Locale) => void;
}) {
  const { t, languageName } = useI18n();
  const current = languageName(locale);
  return (
    <Menu position="bottom-end" withinPortal withInitialFocusPlaceholder={false}>
      <Menu.Target>
        <Button
          variant="default"
          size="sm"
          aria-label={t('header.languageCurrent', { language: current })}
          data-testid="language-menu"
        >
          {current}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('header.language')}</Menu.Label>
        {LOCALES.map((option) => (
          <Menu.Item
            key={option}
            lang={option}
            dir={option === 'ar' ? 'rtl' : 'ltr'}
            onClick={() => onChoose(option)}
            aria-current={option === locale ? 'true' : undefined}
            data-testid={`language-${option}`}
          >
            {languageName(option)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
