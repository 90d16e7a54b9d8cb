import { useQuery } from '@tanstack/react-query';
import { concord } from '../../api/concord-client.ts';

/** Everything about banks is cached under this key, so one invalidation refreshes it all. */
export const BANKS_KEY = ['banks'] as const;

/** The banks of this node, local and received. */
export function useBanks() {
  return useQuery({ queryKey: [...BANKS_KEY, 'list'], queryFn: () => concord.banks.list() });
}

/** One bank, by its name (or id). */
export function useBank(name: string) {
  return useQuery({
    queryKey: [...BANKS_KEY, 'one', name],
    queryFn: () => concord.banks.get(name),
  });
}
