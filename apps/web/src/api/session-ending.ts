import { ConcordApiError } from '@concord/client';

/** Why a signed-in session stopped: shown on the sign-in page that follows. */
export type SessionEnding = 'expired' | 'ended' | 'signed_out';

/** Whether an API failure means the session is gone (so the UI must go back to sign-in). */
export function sessionEndingOf(error: unknown): SessionEnding | null {
  if (!(error instanceof ConcordApiError) || error.status !== 401) return null;
  if (error.code === 'session_expired') return 'expired';
  if (error.code === 'unauthenticated') return 'ended';
  return null;
}
