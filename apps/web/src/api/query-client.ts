import { ConcordApiError } from '@concord/client';
import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { sessionEndingOf, type SessionEnding } from './session-ending.ts';

/**
 * The app's query client. Any query or mutation that finds the session gone
 * calls `onSessionEnded`, which sends the user back to sign-in with a message.
 * Failures the server explained are not retried; network failures once.
 */
export function createAppQueryClient(onSessionEnded: (ending: SessionEnding) => void): QueryClient {
  const notice = (error: unknown) => {
    const ending = sessionEndingOf(error);
    if (ending) onSessionEnded(ending);
  };
  return new QueryClient({
    queryCache: new QueryCache({ onError: notice }),
    mutationCache: new MutationCache({ onError: notice }),
    defaultOptions: {
      queries: {
        retry: (failures, error) => !(error instanceof ConcordApiError) && failures < 1,
        refetchOnWindowFocus: false,
        staleTime: 10_000,
      },
      mutations: { retry: false },
    },
  });
}
