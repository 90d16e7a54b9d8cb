import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { concord } from '../../api/concord-client.ts';
import type { PlainMessageKey } from '../../i18n/catalogue.ts';
import { useActiveSession } from '../../session/active-session.tsx';
import { showUser } from '../../session/session-view.ts';
import { useTotpEnrolment } from '../second-factor/use-totp-enrolment.ts';

/** One's own second factor: enrol an authenticator app, or turn it off with one's password. */
export function useSecondFactor() {
  const queryClient = useQueryClient();
  const { user } = useActiveSession();
  const enrolment = useTotpEnrolment((updated) => showUser(queryClient, updated));
  const [confirmingOff, setConfirmingOff] = useState(false);
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<PlainMessageKey | null>(null);
  const disable = useMutation({
    mutationFn: (current: string) => concord.me.disableTotp(current),
    onSuccess: (updated) => {
      showUser(queryClient, updated);
      enrolment.reset();
      setConfirmingOff(false);
      setPassword('');
    },
  });
  return {
    user,
    enrolment,
    disabling: {
      opened: confirmingOff,
      password,
      problem,
      pending: disable.isPending,
      error: disable.error,
      done: disable.isSuccess && !user.totpEnabled,
      setPassword,
      open() {
        disable.reset();
        setProblem(null);
        setConfirmingOff(true);
      },
      close: () => setConfirmingOff(false),
      submit() {
        setProblem(password === '' ? 'account.passwordRequired' : null);
        if (password !== '') disable.mutate(password);
      },
    },
  };
}
