import { Code, Textarea } from '@mantine/core';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { ConfirmDialog } from '../../ui/confirm-dialog.tsx';
import { SIGNAL_TYPE_NAMES } from '../../ui/signal-names.ts';
import type { RetractSignal } from './use-retract-signal.ts';

/** Asks for the reason of a retraction, and confirmation (it reaches every subscriber). */
export function RetractSignalDialog({ retraction }: { readonly retraction: RetractSignal }) {
  const { t } = useI18n();
  const signal = retraction.subject;
  if (!signal) return null;
  return (
    <ConfirmDialog
      opened={retraction.opened}
      title={t('signals.retractTitle', { type: SIGNAL_TYPE_NAMES[signal.type] })}
      message={t('signals.retractBody')}
      confirmLabel={t('signals.retract')}
      onConfirm={retraction.confirm}
      onClose={retraction.close}
      pending={retraction.pending}
      error={retraction.error}
    >
      <Code block dir="ltr" className="secret-value">
        {signal.value}
      </Code>
      <Textarea
        label={t('signals.retractReason')}
        description={t('signals.retractReasonHint')}
        inputWrapperOrder={['label', 'input', 'description', 'error']}
        name="retract-reason"
        required
        autosize
        minRows={2}
        value={retraction.reason}
        onChange={(event) => retraction.setReason(event.currentTarget.value)}
        error={retraction.problem ? t(retraction.problem) : undefined}
        data-autofocus
      />
    </ConfirmDialog>
  );
}
