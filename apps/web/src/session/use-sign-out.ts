import { useMutation, useQueryClient } from '@tanstack/react-query';
import { concord } from '../api/concord-client.ts';
import { endSession } from './session-view.ts';

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => concord.session.signOut(),
    onSuccess: () => endSession(queryClient, 'signed_out'),
  });
}
