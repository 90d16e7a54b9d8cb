import { useQuery } from '@tanstack/react-query';
import { loadSessionView, SESSION_KEY } from './session-view.ts';

/** The session as the UI sees it; loaded once, then kept up to date by the actions that change it. */
export function useSessionView() {
  return useQuery({ queryKey: SESSION_KEY, queryFn: loadSessionView, staleTime: Infinity });
}
