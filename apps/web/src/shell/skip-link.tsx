import { useI18n } from '../i18n/i18n-provider.tsx';

export const MAIN_CONTENT_ID = 'main-content';

/** The first focusable element: jumps past the header and navigation to the page itself. */
export function SkipLink() {
  const { t } = useI18n();
  return (
    <a
      className="skip-link"
      href={`#${MAIN_CONTENT_ID}`}
      onClick={(event) => {
        event.preventDefault();
        document.getElementById(MAIN_CONTENT_ID)?.focus();
      }}
    >
      {t('app.skipToContent')}
    </a>
  );
}
