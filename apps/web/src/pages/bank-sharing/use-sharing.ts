import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { concord } from '../../api/concord-client.ts';
import { FEDERATION_KEY } from '../peers/use-peers.ts';

/** A bank's sharing rules. */
export function useSharingRules(bankId: string) {
  return useQuery({
    queryKey: [...FEDERATION_KEY, 'rules', bankId],
    queryFn: () => concord.sharing.rules(bankId),
  });
}

/** What each peer would receive of the bank now, counted, and why the rest would not go. */
export function useSharingPreview(bankId: string) {
  return useQuery({
    queryKey: [...FEDERATION_KEY, 'preview', bankId],
    queryFn: () => concord.sharing.preview(bankId),
  });
}

/** The sharing groups (named sets of peers) every bank's rules may name. */
export function useSharingGroups() {
  return useQuery({
    queryKey: [...FEDERATION_KEY, 'groups'],
    queryFn: () => concord.sharing.groups(),
  });
}

/** Removing a rule (later syncs send tombstones for what it no longer covers). */
export function useRemoveRule() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (ruleId: string) => concord.sharing.removeRule(ruleId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: FEDERATION_KEY }),
  });
}
