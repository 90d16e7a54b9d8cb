import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { concord } from '../../api/concord-client.ts';
import type { PlainMessageKey } from '../../i18n/catalogue.ts';
import { showSession } from '../../session/session-view.ts';

interface Credentials {
  readonly username: string;
  readonly password: string;
}

/** The username-and-password step. The session it starts says what comes next. */
export function useSignInForm() {
  const queryClient = useQueryClient();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [problems, setProblems] = useState<{
    username?: PlainMessageKey;
    password?: PlainMessageKey;
  }>({});
  const signIn = useMutation({
    mutationFn: (input: Credentials) => concord.session.signIn(input.username, input.password),
    onSuccess: (session) => showSession(queryClient, session),
  });
  return {
    username,
    password,
    problems,
    pending: signIn.isPending,
    error: signIn.error,
    setUsername,
    setPassword,
    submit() {
      const found = {
        ...(username.trim() === '' ? { username: 'signIn.usernameRequired' as const } : {}),
        ...(password === '' ? { password: 'signIn.passwordRequired' as const } : {}),
      };
      setProblems(found);
      if (found.username || found.password) return;
      signIn.mutate({ username: username.trim(), password });
    },
  };
}
