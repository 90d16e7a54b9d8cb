import { Input, Text } from '@mantine/core';
import { useId } from 'react';
import { useI18n } from '../i18n/i18n-provider.tsx';

/**
 * A native file input (the browser's own, fully keyboard- and screen-reader
 * operable) with a label, a hint, an error, and the chosen file named in the
 * UI language.
 */
export function FileField({
  label,
  description,
  error,
  accept,
  name,
  file,
  onChange,
  disabled = false,
}: {
  readonly label: string;
  readonly description?: string;
  readonly error?: string | undefined;
  readonly accept?: string;
  readonly name: string;
  readonly file: File | null;
  readonly onChange: (file: File | null) => void;
  readonly disabled?: boolean;
}) {
  const { t, fileSize, isolate } = useI18n();
  const id = useId();
  const describedBy = [description ? `${id}-description` : '', error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <Input.Wrapper
      id={id}
      label={label}
      description={description}
      error={error}
      required
      inputWrapperOrder={['label', 'description', 'input', 'error']}
    >
      <input
        id={id}
        type="file"
        name={name}
        accept={accept}
        required
        disabled={disabled}
        className="file-input"
        aria-describedby={describedBy || undefined}
        aria-invalid={error ? true : undefined}
        onChange={(event) => onChange(event.currentTarget.files?.[0] ?? null)}
      />
      {file && (
        <Text size="sm" mt={4} data-testid={`${name}-chosen`}>
          {t('common.chosenFile', { name: isolate(file.name), size: fileSize(file.size) })}
        </Text>
      )}
    </Input.Wrapper>
  );
}
