import {
  Button,
  Checkbox,
  Group,
  Loader,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { EXCHANGE_FORMATS, isExchangeFormat } from '../../api/exchange-formats.ts';
import {
  isGradeScheme,
  isSignalType,
  SIGNAL_TYPES,
  type GradeScheme,
} from '../../api/protocol-lists.ts';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { ErrorAlert } from '../../ui/error-alert.tsx';
import { FileField } from '../../ui/file-field.tsx';
import { SIGNAL_TYPE_NAMES } from '../../ui/signal-names.ts';
import type { BankImport } from './use-bank-import.ts';

/** The schemes VICS categories can be read in: the regional profiles, or a custom one. */
const VICS_SCHEMES: readonly GradeScheme[] = ['vics_us', 'vics_uk', 'vics_ca', 'custom'];

/** The file, its format and the import options; the button waits while the node reads the file. */
export function ImportForm({ importing }: { readonly importing: BankImport }) {
  const { t, fileSize, isolate } = useI18n();
  const { draft, problems, uploading } = importing;
  const busy = uploading !== null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="import-form-heading">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!busy) importing.submit();
        }}
      >
        <Stack gap="md">
          <Title order={2} size="h3" id="import-form-heading">
            {t('import.formTitle')}
          </Title>
          <FileField
            label={t('import.file')}
            description={t('import.fileHint')}
            name="import-file"
            file={draft.file}
            onChange={importing.chooseFile}
            error={problems.file ? t(problems.file) : undefined}
            disabled={busy}
          />
          <NativeSelect
            label={t('import.format')}
            description={
              draft.formatGuessed && draft.format
                ? t('import.formatGuessed', { format: t(`format.${draft.format}`) })
                : t('import.formatHint')
            }
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            name="format"
            required
            maw={420}
            value={draft.format}
            onChange={(event) => {
              const value = event.currentTarget.value;
              importing.set('format', isExchangeFormat(value) ? value : '');
            }}
            data={[
              { value: '', label: t('import.chooseFormat') },
              ...EXCHANGE_FORMATS.map((format) => ({
                value: format,
                label: t(`format.${format}`),
              })),
            ]}
            error={problems.format ? t(problems.format) : undefined}
            disabled={busy}
          />
          {draft.format === 'hash_list' && (
            <NativeSelect
              label={t('import.signalType')}
              description={t('import.signalTypeHint')}
              inputWrapperOrder={['label', 'input', 'description']}
              name="signal-type"
              maw={420}
              value={draft.signalType}
              onChange={(event) => {
                const value = event.currentTarget.value;
                importing.set('signalType', isSignalType(value) ? value : '');
              }}
              data={[
                { value: '', label: t('import.signalTypeByLength') },
                ...SIGNAL_TYPES.map((type) => ({ value: type, label: SIGNAL_TYPE_NAMES[type] })),
              ]}
              disabled={busy}
            />
          )}
          {draft.format === 'vics' && (
            <NativeSelect
              label={t('import.vicsScheme')}
              description={t('import.vicsSchemeHint')}
              inputWrapperOrder={['label', 'input', 'description']}
              name="vics-scheme"
              maw={420}
              value={draft.vicsCategoryScheme}
              onChange={(event) => {
                const value = event.currentTarget.value;
                importing.set('vicsCategoryScheme', isGradeScheme(value) ? value : '');
              }}
              data={[
                { value: '', label: t('import.vicsSchemeDefault') },
                ...VICS_SCHEMES.map((scheme) => ({
                  value: scheme,
                  label: t(`gradeScheme.${scheme}`),
                })),
              ]}
              disabled={busy}
            />
          )}
          <Checkbox
            label={t('import.strict')}
            description={t('import.strictHint')}
            checked={draft.strict}
            onChange={(event) => importing.set('strict', event.currentTarget.checked)}
            disabled={busy}
          />
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <TextInput
              label={t('import.gradedBy')}
              description={t('import.gradedByHint')}
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              name="graded-by"
              autoComplete="off"
              value={draft.gradedBy}
              onChange={(event) => importing.set('gradedBy', event.currentTarget.value)}
              error={problems.gradedBy ? t(problems.gradedBy) : undefined}
              disabled={busy}
            />
            <Textarea
              label={t('import.lawfulBasis')}
              description={t('import.lawfulBasisHint')}
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              name="lawful-basis"
              autosize
              minRows={1}
              value={draft.lawfulBasis}
              onChange={(event) => importing.set('lawfulBasis', event.currentTarget.value)}
              error={problems.lawfulBasis ? t(problems.lawfulBasis) : undefined}
              disabled={busy}
            />
          </SimpleGrid>
          {importing.error ? <ErrorAlert error={importing.error} /> : null}
          <Group gap="md">
            <Button type="submit" disabled={busy} data-testid="import-submit">
              {t('import.submit')}
            </Button>
            {uploading && (
              <Group gap="xs" role="status" data-testid="import-progress">
                <Loader size="sm" aria-hidden="true" />
                <Text size="sm">
                  {t('import.uploading', {
                    name: isolate(uploading.name),
                    size: fileSize(uploading.size),
                  })}
                </Text>
              </Group>
            )}
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
