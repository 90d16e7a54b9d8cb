import { Alert, Button, Group, List, Modal, Stack, Text, TextInput } from '@mantine/core';
import type { PlainMessageKey } from '../../i18n/catalogue.ts';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { DefinitionEntry } from '../../ui/definition-entry.tsx';
import { ErrorAlert } from '../../ui/error-alert.tsx';
import { FileField } from '../../ui/file-field.tsx';
import { LoadingState } from '../../ui/loading-state.tsx';
import type { ScanReportDocument, ScanReportFile } from './read-scan-report-file.ts';
import type { UploadReport } from './use-upload-report.ts';

const WRONG_FILE: Readonly<Record<Exclude<ScanReportFile['kind'], 'report'>, PlainMessageKey>> = {
  too_large: 'reports.fileTooLarge',
  unreadable: 'reports.fileUnreadable',
  not_json: 'reports.fileNotJson',
  hash_set: 'reports.fileHashSet',
  not_a_report: 'reports.fileNotReport',
};

/** A label and the JSON report of `concord scan`, checked in the browser before it is sent. */
export function UploadReportDialog({
  opened,
  onClose,
  upload,
}: {
  readonly opened: boolean;
  readonly onClose: () => void;
  readonly upload: UploadReport;
}) {
  const { t } = useI18n();
  const { reading, problems } = upload;
  const wrongFile = reading !== null && reading !== 'reading' && reading.kind !== 'report';
  const fileError = problems.file
    ? t(problems.file)
    : wrongFile
      ? t(WRONG_FILE[reading.kind])
      : undefined;
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('reports.uploadTitle')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      size="lg"
    >
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          upload.submit();
        }}
      >
        <Stack>
          <Text size="sm">{t('reports.uploadIntro')}</Text>
          <TextInput
            label={t('reports.label')}
            description={t('reports.labelHint')}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            name="report-label"
            required
            autoComplete="off"
            value={upload.label}
            onChange={(event) => upload.setLabel(event.currentTarget.value)}
            error={problems.label ? t(problems.label) : undefined}
            data-autofocus
          />
          <FileField
            label={t('reports.file')}
            description={t('reports.fileHint')}
            name="report-file"
            accept=".json,application/json"
            file={upload.file}
            onChange={(file) => void upload.choose(file)}
            error={fileError}
          />
          {reading === 'reading' && <LoadingState label={t('reports.reading')} />}
          {reading !== null && reading !== 'reading' && reading.kind === 'not_a_report' && (
            <List size="xs" dir="ltr" lang="en" data-testid="report-issues">
              {reading.issues.map((issue) => (
                <List.Item key={issue}>{issue}</List.Item>
              ))}
            </List>
          )}
          {reading !== null && reading !== 'reading' && reading.kind === 'report' && (
            <ReportPreview report={reading.report} />
          )}
          {upload.error ? <ErrorAlert error={upload.error} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={upload.pending}>
              {t('reports.uploadSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** What the chosen report holds, so the user sees it is the right one before sending it. */
function ReportPreview({ report }: { readonly report: ScanReportDocument }) {
  const { t, number, dateTime } = useI18n();
  return (
    <Alert color="blue" variant="light" role="status" data-testid="report-preview">
      <Stack gap="xs">
        <Text size="sm" fw={600}>
          {t('reports.previewTitle')}
        </Text>
        <dl className="definition-list">
          <DefinitionEntry term={t('reports.root')}>
            <bdi dir="ltr" className="path-value">
              {report.scan.root}
            </bdi>
          </DefinitionEntry>
          <DefinitionEntry term={t('reports.scannedAt')}>
            {dateTime(report.scan.finishedAt)}
          </DefinitionEntry>
          <DefinitionEntry term={t('reports.files')}>{number(report.totals.files)}</DefinitionEntry>
          <DefinitionEntry term={t('reports.matchedFiles')}>
            {number(report.totals.matchedFiles)}
          </DefinitionEntry>
          <DefinitionEntry term={t('reports.problems')}>
            {number(report.totals.problems)}
          </DefinitionEntry>
        </dl>
        {report.interrupted && <Text size="sm">{t('reports.interrupted')}</Text>}
      </Stack>
    </Alert>
  );
}
