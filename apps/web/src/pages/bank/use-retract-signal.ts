import type { v1 } from '@concord/client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { concord } from '../../api/concord-client.ts';
import type { PlainMessageKey } from '../../i18n/catalogue.ts';
import { useDialogSubject } from '../../ui/use-dialog-subject.ts';
import { BANKS_KEY } from '../banks/use-banks.ts';

/**
 * Retracting a signal of a local bank: which signal is being asked about, the
 * reason (required, recorded and carried to subscribers), and the outcome.
 */
export function useRetractSignal() {
  const queryClient = useQueryClient();
  const dialog = useDialogSubject<v1.Signal>();
  const signal = dialog.asking;
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<PlainMessageKey | null>(null);
  const retract = useMutation({
    mutationFn: (input: { readonly id: string; readonly reason: string }) =>
      concord.banks.retract(input.id, input.reason),
    onSuccess: async () => {
      dialog.close();
      await queryClient.invalidateQueries({ queryKey: BANKS_KEY });
    },
  });
  return {
    signal,
    /** The signal the dialog shows, kept while it closes. */
    subject: dialog.subject,
    opened: dialog.opened,
    reason,
    problem,
    pending: retract.isPending,
    error: retract.error,
    retracted: retract.data ?? null,
    ask(next: v1.Signal) {
      retract.reset();
      setReason('');
      setProblem(null);
      dialog.open(next);
    },
    close() {
      dialog.close();
      retract.reset();
    },
    setReason,
    confirm() {
      if (!signal) return;
      const trimmed = reason.trim();
      if (trimmed.length < 3 || trimmed.length > 500) {
        setProblem('signals.retractReasonInvalid');
        return;
      }
      setProblem(null);
      retract.mutate({ id: signal.id, reason: trimmed });
    },
  };
}

export type RetractSignal = ReturnType<typeof useRetractSignal>;
