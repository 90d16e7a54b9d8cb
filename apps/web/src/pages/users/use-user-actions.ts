import type { v1 } from '@concord/client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Role } from '../../api/protocol-lists.ts';
import { applyUserChange, type UserChange } from './user-change.ts';
import { USERS_KEY } from './use-users-list.ts';

/** Changes that are asked about first, in a dialog. */
export type UserDialog =
  | { readonly kind: 'role'; readonly user: v1.User }
  | { readonly kind: 'disable'; readonly user: v1.User }
  | { readonly kind: 'stop_require_totp'; readonly user: v1.User }
  | { readonly kind: 'reset_password'; readonly user: v1.User };

/**
 * The per-user actions of the users table: which dialog is open, the role
 * being chosen, the change in flight and its outcome.
 */
export function useUserActions() {
  const queryClient = useQueryClient();
  const [dialog, setDialog] = useState<UserDialog | null>(null);
  const [role, setRole] = useState<Role>('analyst');
  const change = useMutation({
    mutationFn: applyUserChange,
    onSuccess: async (result) => {
      await queryClient.invalidateQueries({ queryKey: USERS_KEY });
      // A reset keeps its dialog open to show the new one-time password.
      if (result.kind !== 'password_reset') setDialog(null);
    },
  });
  const run = (next: UserChange) => change.mutate(next);
  return {
    dialog,
    role,
    setRole,
    pending: change.isPending,
    error: change.error,
    result: change.data ?? null,
    /** Opens a confirmation; any earlier outcome message is cleared. */
    ask(next: UserDialog) {
      change.reset();
      setRole(next.user.role);
      setDialog(next);
    },
    close() {
      setDialog(null);
      change.reset();
    },
    confirm() {
      if (!dialog) return;
      const { user } = dialog;
      switch (dialog.kind) {
        case 'role':
          return run({ kind: 'role', user, role });
        case 'disable':
          return run({ kind: 'disabled', user, disabled: true });
        case 'stop_require_totp':
          return run({ kind: 'totp_required', user, required: false });
        case 'reset_password':
          return run({ kind: 'reset_password', user });
      }
    },
    /** Changes that need no confirmation: enabling, requiring a second factor, unlocking. */
    enable: (user: v1.User) => run({ kind: 'disabled', user, disabled: false }),
    requireTotp: (user: v1.User) => run({ kind: 'totp_required', user, required: true }),
    unlock: (user: v1.User) => run({ kind: 'unlock', user }),
  };
}

export type UserActions = ReturnType<typeof useUserActions>;
