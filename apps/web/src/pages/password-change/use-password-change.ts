import type { v1 } from '@concord/client';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { concord } from '../../api/concord-client.ts';
import {
  passwordChangeProblems,
  type PasswordChangeInput,
  type PasswordChangeProblems,
} from './password-rules.ts';

const EMPTY: PasswordChangeInput = { current: '', next: '', repeat: '' };

/** Changing one's own password: checks the rules, then calls the server; `onChanged` decides what follows. */
export function usePasswordChange(
  username: string,
  onChanged: (user: v1.User) => Promise<void> | void,
) {
  const [values, setValues] = useState<PasswordChangeInput>(EMPTY);
  const [problems, setProblems] = useState<PasswordChangeProblems>({});
  const change = useMutation({
    mutationFn: async (input: PasswordChangeInput) => {
      const user = await concord.me.changePassword(input.current, input.next);
      await onChanged(user);
      return user;
    },
    onSuccess: () => setValues(EMPTY),
  });
  return {
    values,
    problems,
    pending: change.isPending,
    error: change.error,
    done: change.isSuccess,
    set(field: keyof PasswordChangeInput, value: string) {
      setValues((previous) => ({ ...previous, [field]: value }));
    },
    submit() {
      const found = passwordChangeProblems(values, username);
      setProblems(found);
      if (Object.keys(found).length === 0) change.mutate(values);
    },
  };
}
