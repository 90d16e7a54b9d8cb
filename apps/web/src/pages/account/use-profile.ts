import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { concord } from '../../api/concord-client.ts';
import type { PlainMessageKey } from '../../i18n/catalogue.ts';
import { useActiveSession } from '../../session/active-session.tsx';
import { showUser } from '../../session/session-view.ts';

/** Editing one's own display name. */
export function useProfile() {
  const queryClient = useQueryClient();
  const { user } = useActiveSession();
  const [displayName, setDisplayName] = useState(user.displayName);
  const [problem, setProblem] = useState<PlainMessageKey | null>(null);
  const save = useMutation({
    mutationFn: (name: string) => concord.me.update({ displayName: name }),
    onSuccess: (updated) => showUser(queryClient, updated),
  });
  return {
    user,
    displayName,
    problem,
    pending: save.isPending,
    error: save.error,
    saved: save.isSuccess,
    setDisplayName(value: string) {
      setDisplayName(value);
      save.reset();
    },
    submit() {
      const trimmed = displayName.trim();
      setProblem(trimmed === '' ? 'account.displayNameRequired' : null);
      if (trimmed !== '') save.mutate(trimmed);
    },
  };
}
