import { Button, Group, Modal, Radio, Stack, Text } from '@mantine/core';
import { PURPOSES } from '../../api/protocol-lists.ts';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { ErrorAlert } from '../../ui/error-alert.tsx';
import type { useAuditExport } from './use-audit-export.ts';

export function AuditExportDialog({
  exporting,
}: {
  readonly exporting: ReturnType<typeof useAuditExport>;
}) {
  const { t } = useI18n();
  return (
    <Modal
      opened={exporting.opened}
      onClose={exporting.close}
      title={t('audit.exportTitle')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          exporting.submit();
        }}
      >
        <Stack>
          <Text size="sm">{t('audit.exportIntro')}</Text>
          <Radio.Group
            label={t('audit.exportPurpose')}
            required
            value={exporting.purpose}
            onChange={exporting.choose}
            error={exporting.problem ? t(exporting.problem) : undefined}
            name="purpose"
          >
            <Stack gap="xs" mt="xs">
              {PURPOSES.map((purpose) => (
                <Radio key={purpose} value={purpose} label={t(`purpose.${purpose}`)} />
              ))}
            </Stack>
          </Radio.Group>
          {exporting.error ? <ErrorAlert error={exporting.error} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={exporting.close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={exporting.pending}>
              {t('audit.exportSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
