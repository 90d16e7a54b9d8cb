import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { concord } from '../../api/concord-client.ts';
import type { PlainMessageKey } from '../../i18n/catalogue.ts';
import { showSession } from '../../session/session-view.ts';
import { useSignOut } from '../../session/use-sign-out.ts';
import { normaliseCode, SIX_DIGITS } from '../second-factor/totp-code.ts';

/** The authenticator-code step of sign-in, or going back to sign in as someone else. */
export function useSecondFactorForm() {
  const queryClient = useQueryClient();
  const [code, setCode] = useState('');
  const [problem, setProblem] = useState<PlainMessageKey | null>(null);
  const verify = useMutation({
    mutationFn: (digits: string) => concord.session.secondFactor(digits),
    onSuccess: (session) => showSession(queryClient, session),
    onError: () => setCode(''),
  });
  const cancel = useSignOut();
  return {
    code,
    problem,
    pending: verify.isPending,
    error: verify.error ?? cancel.error,
    cancelling: cancel.isPending,
    setCode: (value: string) => setCode(normaliseCode(value)),
    submit() {
      const valid = SIX_DIGITS.test(code);
      setProblem(valid ? null : 'signIn.codeFormat');
      if (valid) verify.mutate(code);
    },
    cancel: () => cancel.mutate(),
  };
}
