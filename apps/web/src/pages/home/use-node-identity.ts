import { useQuery } from '@tanstack/react-query';
import { concord } from '../../api/concord-client.ts';

export function useNodeIdentity() {
  return useQuery({ queryKey: ['node'], queryFn: () => concord.node(), staleTime: 60_000 });
}
