import { v1 } from '@concord/client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { concord } from '../../api/concord-client.ts';
import { useState } from 'react';
import type { Role } from '../../api/protocol-lists.ts';
import type { PlainMessageKey } from '../../i18n/catalogue.ts';
import { USERS_KEY } from './use-users-list.ts';

export interface NewUserValues {
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
  readonly totpRequired: boolean;
}

const EMPTY: NewUserValues = {
  username: '',
  displayName: '',
  role: 'analyst',
  totpRequired: false,
};

/** The create-user form; on success it holds the one-time password until the dialog closes. */
export function useCreateUser() {
  const queryClient = useQueryClient();
  const [values, setValues] = useState<NewUserValues>(EMPTY);
  const [problems, setProblems] = useState<{
    username?: PlainMessageKey;
    displayName?: PlainMessageKey;
  }>({});
  const create = useMutation({
    mutationFn: (input: NewUserValues) => concord.users.create(input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: USERS_KEY }),
  });
  return {
    values,
    problems,
    pending: create.isPending,
    error: create.error,
    created: create.data ?? null,
    set<F extends keyof NewUserValues>(field: F, value: NewUserValues[F]) {
      setValues((previous) => ({ ...previous, [field]: value }));
    },
    submit() {
      const found = {
        ...(v1.Username.safeParse(values.username.trim()).success
          ? {}
          : { username: 'users.usernameInvalid' as const }),
        ...(values.displayName.trim() === ''
          ? { displayName: 'users.displayNameRequired' as const }
          : {}),
      };
      setProblems(found);
      if (found.username || found.displayName) return;
      create.mutate({
        ...values,
        username: values.username.trim(),
        displayName: values.displayName.trim(),
      });
    },
    /** Forgets the form and the one-time password (called when the dialog closes). */
    reset() {
      setValues(EMPTY);
      setProblems({});
      create.reset();
    },
  };
}
