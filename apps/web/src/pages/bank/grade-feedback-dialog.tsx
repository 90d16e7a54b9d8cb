import { Button, Code, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { ErrorAlert } from '../../ui/error-alert.tsx';
import { GradeCell } from '../../ui/grade-cell.tsx';
import { SIGNAL_TYPE_NAMES } from '../../ui/signal-names.ts';
import type { GradeFeedback } from './use-grade-feedback.ts';

/** Confirms or disputes a received signal's grade, with an optional comment for its originator. */
export function GradeFeedbackDialog({ feedback }: { readonly feedback: GradeFeedback }) {
  const { t } = useI18n();
  const { subject } = feedback;
  if (!subject) return null;
  const { signal, kind } = subject;
  const type = SIGNAL_TYPE_NAMES[signal.type];
  return (
    <Modal
      opened={feedback.opened}
      onClose={feedback.close}
      title={
        kind === 'confirm'
          ? t('feedback.confirmTitle', { type })
          : t('feedback.disputeTitle', { type })
      }
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          feedback.confirm();
        }}
      >
        <Stack>
          <Text size="sm">
            {kind === 'confirm' ? t('feedback.confirmBody') : t('feedback.disputeBody')}
          </Text>
          <Code block dir="ltr" className="secret-value">
            {signal.value}
          </Code>
          <GradeCell grade={signal.grade} />
          <Textarea
            label={t('feedback.comment')}
            description={
              kind === 'confirm' ? t('feedback.commentHint') : t('feedback.disputeCommentHint')
            }
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            name="feedback-comment"
            autosize
            minRows={2}
            value={feedback.comment}
            onChange={(event) => feedback.setComment(event.currentTarget.value)}
            error={feedback.problem ? t(feedback.problem) : undefined}
            data-autofocus
          />
          {feedback.error ? <ErrorAlert error={feedback.error} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={feedback.close}>
              {t('common.cancel')}
            </Button>
            <Button
              type="submit"
              loading={feedback.pending}
              {...(kind === 'dispute' ? { color: 'red.9' } : {})}
            >
              {kind === 'confirm' ? t('feedback.confirmSubmit') : t('feedback.disputeSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
