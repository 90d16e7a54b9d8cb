import type { v1 } from '@concord/client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { concord } from '../../api/concord-client.ts';
import type { PlainMessageKey } from '../../i18n/catalogue.ts';
import { useDialogSubject } from '../../ui/use-dialog-subject.ts';
import { FEDERATION_KEY } from '../peers/use-peers.ts';

export type FeedbackKind = 'confirm' | 'dispute';

/**
 * Confirming or disputing the grade of a received signal: which signal, the
 * optional comment, and the outcome. The node sends it to the originator,
 * which counts it; the new counts arrive with a later sync.
 */
export function useGradeFeedback() {
  const queryClient = useQueryClient();
  const dialog = useDialogSubject<{ readonly signal: v1.Signal; readonly kind: FeedbackKind }>();
  const { asking } = dialog;
  const [comment, setComment] = useState('');
  const [problem, setProblem] = useState<PlainMessageKey | null>(null);
  const send = useMutation({
    mutationFn: async (input: {
      readonly signal: v1.Signal;
      readonly kind: FeedbackKind;
      readonly comment: string | null;
    }) => {
      await concord.banks.feedback(input.signal.id, { kind: input.kind, comment: input.comment });
      return input;
    },
    onSuccess: async () => {
      dialog.close();
      // The message waits in the peer's queue: the peers page shows it.
      await queryClient.invalidateQueries({ queryKey: FEDERATION_KEY });
    },
  });
  return {
    asking,
    /** The signal and kind the dialog shows, kept while it closes. */
    subject: dialog.subject,
    opened: dialog.opened,
    comment,
    problem,
    pending: send.isPending,
    error: send.error,
    /** What was last sent, while no dialog is open. */
    sent: asking ? null : (send.data ?? null),
    ask(signal: v1.Signal, kind: FeedbackKind) {
      send.reset();
      setComment('');
      setProblem(null);
      dialog.open({ signal, kind });
    },
    close() {
      dialog.close();
      send.reset();
    },
    setComment,
    confirm() {
      if (!asking) return;
      const trimmed = comment.trim();
      if (trimmed.length > 1000) {
        setProblem('feedback.commentTooLong');
        return;
      }
      setProblem(null);
      send.mutate({ ...asking, comment: trimmed === '' ? null : trimmed });
    },
  };
}

export type GradeFeedback = ReturnType<typeof useGradeFeedback>;
