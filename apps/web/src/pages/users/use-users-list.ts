import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { concord } from '../../api/concord-client.ts';
import { usePaging } from '../../ui/use-paging.ts';

export const USERS_KEY = ['users'] as const;

/** One page of users; the previous page stays on screen while the next loads. */
export function useUsersList() {
  const paging = usePaging(25);
  const query = useQuery({
    queryKey: [...USERS_KEY, paging.page, paging.pageSize],
    queryFn: () => concord.users.list(paging.page, paging.pageSize),
    placeholderData: keepPreviousData,
  });
  return { paging, query };
}
