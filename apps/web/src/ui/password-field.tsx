import { PasswordInput, type PasswordInputProps } from '@mantine/core';
import { useI18n } from '../i18n/i18n-provider.tsx';

/**
 * Mantine's password input with its show/hide button named in the UI language,
 * and its error state exposed as aria-invalid (Mantine only sets data-invalid).
 */
export function PasswordField(props: PasswordInputProps) {
  const { t } = useI18n();
  return (
    <PasswordInput
      {...props}
      aria-invalid={props.error ? true : undefined}
      visibilityToggleButtonProps={{ 'aria-label': t('common.togglePasswordVisibility') }}
    />
  );
}
