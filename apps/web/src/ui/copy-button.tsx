import { Button } from '@mantine/core';
import { useClipboard } from '@mantine/hooks';
import { useI18n } from '../i18n/i18n-provider.tsx';

/**
 * Copies a value; says so, or says that copying failed and what to do instead.
 * `accessibleName` tells apart the many copy buttons of a table ("Copy the hash d8f8…").
 */
export function CopyButton({
  value,
  label,
  accessibleName,
  size = 'xs',
}: {
  readonly value: string;
  readonly label?: string;
  readonly accessibleName?: string;
  readonly size?: 'xs' | 'sm';
}) {
  const { t } = useI18n();
  const clipboard = useClipboard({ timeout: 2500 });
  return (
    <>
      <Button
        size={size}
        variant="outline"
        onClick={() => clipboard.copy(value)}
        aria-label={accessibleName}
      >
        {clipboard.copied ? t('common.copied') : (label ?? t('common.copy'))}
      </Button>
      <span role="status" className="visually-hidden">
        {clipboard.copied ? t('common.copied') : ''}
      </span>
      {clipboard.error && (
        <span role="alert" className="inline-error">
          {t('common.copyFailed')}
        </span>
      )}
    </>
  );
}
