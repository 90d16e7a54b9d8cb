import { v1 } from '@concord/client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { concord } from '../../api/concord-client.ts';
import { useDialogSubject } from '../../ui/use-dialog-subject.ts';

/** The overlap the node proposes, and the bounds the server accepts. */
export const OVERLAP_DAYS = v1.KEY_OVERLAP_DAYS;

/**
 * Rotating the node's keys from the web UI: asked first (with how long peers
 * keep accepting the old keys), then the new fingerprint is shown so the
 * administrator can give it to peers who ask.
 */
export function useRotateKeys() {
  const queryClient = useQueryClient();
  const dialog = useDialogSubject<'rotate'>();
  const [overlapDays, setOverlapDays] = useState<number | string>(OVERLAP_DAYS.default);
  const [invalid, setInvalid] = useState(false);
  const [done, setDone] = useState<v1.RotateKeysResult | null>(null);
  const rotate = useMutation({
    mutationFn: (days: number) => concord.rotateKeys({ overlapDays: days }),
    onSuccess: async (result) => {
      setDone(result);
      dialog.close();
      await queryClient.invalidateQueries({ queryKey: ['node', 'card'] });
    },
  });
  return {
    opened: dialog.opened,
    open() {
      rotate.reset();
      setInvalid(false);
      dialog.open('rotate');
    },
    close: dialog.close,
    overlapDays,
    setOverlapDays,
    /** True when the overlap typed is not a whole number of days within the bounds. */
    invalid,
    confirm() {
      const days = typeof overlapDays === 'number' ? overlapDays : Number(overlapDays);
      const ok = Number.isInteger(days) && days >= OVERLAP_DAYS.min && days <= OVERLAP_DAYS.max;
      setInvalid(!ok);
      if (ok) rotate.mutate(days);
    },
    pending: rotate.isPending,
    error: rotate.error,
    /** The last rotation's outcome, to confirm it on the page. */
    done,
  };
}

export type RotateKeysState = ReturnType<typeof useRotateKeys>;
