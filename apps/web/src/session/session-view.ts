import { ConcordApiError, type v1 } from '@concord/client';
import type { QueryClient } from '@tanstack/react-query';
import { concord } from '../api/concord-client.ts';
import type { SessionEnding } from '../api/session-ending.ts';

/** What the UI knows about who is at the keyboard. */
export type SessionView =
  | { readonly kind: 'signed_out'; readonly ending: SessionEnding | null }
  | { readonly kind: 'signed_in'; readonly session: v1.Session };

export const SESSION_KEY = ['session'] as const;

/** Reads the current session; "no session" (401) is an answer, not a failure. */
export async function loadSessionView(): Promise<SessionView> {
  try {
    return { kind: 'signed_in', session: await concord.session.get() };
  } catch (error) {
    if (error instanceof ConcordApiError && error.status === 401) {
      return { kind: 'signed_out', ending: error.code === 'session_expired' ? 'expired' : null };
    }
    throw error;
  }
}

export function showSession(queryClient: QueryClient, session: v1.Session): void {
  const view: SessionView = { kind: 'signed_in', session };
  queryClient.setQueryData<SessionView>(SESSION_KEY, view);
}

/** Updates the signed-in user (after a profile change) without another round trip. */
export function showUser(queryClient: QueryClient, user: v1.User): void {
  queryClient.setQueryData<SessionView>(SESSION_KEY, (view) =>
    view?.kind === 'signed_in' ? { kind: 'signed_in', session: { ...view.session, user } } : view,
  );
}

/**
 * Back to sign-in: forgets every cached answer so nothing of this session stays
 * on screen. The first explanation wins: requests still in flight when a
 * session expires come back "unauthenticated" and must not replace "expired".
 */
export function endSession(queryClient: QueryClient, ending: SessionEnding): void {
  queryClient.cancelQueries().catch(() => undefined);
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== SESSION_KEY[0] });
  if (queryClient.getQueryData<SessionView>(SESSION_KEY)?.kind === 'signed_out') return;
  const view: SessionView = { kind: 'signed_out', ending };
  queryClient.setQueryData<SessionView>(SESSION_KEY, view);
}
