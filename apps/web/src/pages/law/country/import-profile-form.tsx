import { Button, Stack, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import { ErrorAlert } from '../../../ui/error-alert.tsx';
import { FileField } from '../../../ui/file-field.tsx';
import { StatusMessage } from '../../../ui/status-message.tsx';
import { useImportProfile } from '../use-law.ts';

/** For administrators: import a peer's signed profile file; it is verified against the peer's card. */
export function ImportProfileForm() {
  const { t, regionName, isolate } = useI18n();
  const importing = useImportProfile();
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<'law.import.notJson' | 'law.import.noFile' | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (file === null) return setProblem('law.import.noFile');
    let parsed: unknown;
    try {
      parsed = JSON.parse(await file.text());
    } catch {
      return setProblem('law.import.notJson');
    }
    setProblem(null);
    importing.mutate(parsed);
  };
  const done = importing.data;
  return (
    <Stack gap="xs" component="section" aria-labelledby="law-import-title" data-testid="law-import">
      <Title order={2} id="law-import-title">
        {t('law.import.title')}
      </Title>
      <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="law-import-title">
        <Stack gap="sm">
          <FileField
            label={t('law.import.file')}
            name="profile"
            accept="application/json,.json"
            file={file}
            onChange={setFile}
            error={problem === null ? undefined : t(problem)}
          />
          {importing.isError && <ErrorAlert error={importing.error} />}
          {done && (
            <StatusMessage>
              {done.created
                ? t('law.import.done', {
                    country: regionName(done.version.jurisdiction),
                    publisher: isolate(done.version.publisherName ?? done.version.publisherNodeId),
                  })
                : t('law.import.already')}
            </StatusMessage>
          )}
          <div>
            <Button type="submit" loading={importing.isPending} data-testid="law-import-submit">
              {t('law.import.submit')}
            </Button>
          </div>
        </Stack>
      </form>
    </Stack>
  );
}
