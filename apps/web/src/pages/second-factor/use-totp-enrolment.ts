import type { v1 } from '@concord/client';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { concord } from '../../api/concord-client.ts';
import type { PlainMessageKey } from '../../i18n/catalogue.ts';
import { normaliseCode, SIX_DIGITS } from './totp-code.ts';

/**
 * Enrolling an authenticator app: the server makes a secret (shown as a QR
 * code and as text), then a code from the app confirms it.
 */
export function useTotpEnrolment(onEnrolled: (user: v1.User) => Promise<void> | void) {
  const [code, setCode] = useState('');
  const [problem, setProblem] = useState<PlainMessageKey | null>(null);
  const start = useMutation({ mutationFn: () => concord.me.startTotp() });
  const confirm = useMutation({
    mutationFn: async (digits: string) => {
      const user = await concord.me.confirmTotp(digits);
      await onEnrolled(user);
      return user;
    },
    onError: () => setCode(''),
  });
  return {
    enrolment: start.data ?? null,
    starting: start.isPending,
    confirming: confirm.isPending,
    done: confirm.isSuccess,
    error: confirm.error ?? start.error,
    code,
    problem,
    setCode: (value: string) => setCode(normaliseCode(value)),
    start: () => start.mutate(),
    /** Back to the beginning (after the factor is turned off again). */
    reset() {
      start.reset();
      confirm.reset();
      setCode('');
      setProblem(null);
    },
    confirm() {
      const valid = SIX_DIGITS.test(code);
      setProblem(valid ? null : 'signIn.codeFormat');
      if (valid) confirm.mutate(code);
    },
  };
}
