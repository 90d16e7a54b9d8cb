import { createHash, randomBytes } from 'node:crypto';
import { ok, type Result } from '@concord/core';
import type { SessionRecord, SessionState, UserRecord } from '@concord/storage';
import { ACCOUNT_POLICY } from './account-policy.ts';
import { fail, type ServiceError } from './service-error.ts';
import type { AccountDeps } from './users.ts';

export const SESSION_COOKIE = 'concord_session';

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

function minutesFrom(date: Date, minutes: number): string {
  return new Date(date.getTime() + minutes * 60_000).toISOString();
}

/** What a user must do next after their password (and code, if any) were accepted. */
export function nextState(user: UserRecord, secondFactorDone: boolean): SessionState {
  if (user.totpEnabled && !secondFactorDone) return 'second_factor_pending';
  if (user.mustChangePassword) return 'password_change_required';
  if (user.totpRequired && !user.totpEnabled) return 'second_factor_setup_required';
  return 'active';
}

/** Starts a session; the returned secret goes in the cookie and is stored only hashed. */
export async function startSession(
  deps: AccountDeps,
  user: UserRecord,
  state: SessionState,
  clientAddress: string,
): Promise<{ secret: string; session: SessionRecord }> {
  const secret = randomBytes(32).toString('base64url');
  const now = deps.clock.now();
  const session: SessionRecord = {
    idHash: hashSecret(secret),
    userId: user.id,
    state,
    csrfToken: randomBytes(24).toString('base64url'),
    createdAt: now.toISOString(),
    lastSeenAt: now.toISOString(),
    expiresAt: expiryFor(state, now),
    clientAddress,
  };
  await deps.storage.sessions.create(session);
  return { secret, session };
}

/** A session waiting for a code lives minutes; a full session lives until idle or the maximum. */
export function expiryFor(state: SessionState, now: Date): string {
  return state === 'second_factor_pending'
    ? minutesFrom(now, ACCOUNT_POLICY.secondFactorMinutes)
    : minutesFrom(now, ACCOUNT_POLICY.sessionIdleMinutes);
}

/**
 * Finds the live session behind a cookie, sliding its idle expiry forward (at
 * most once a minute) but never past the maximum session length.
 */
export async function resumeSession(
  deps: AccountDeps,
  secret: string,
): Promise<Result<{ session: SessionRecord; user: UserRecord }, ServiceError>> {
  const idHash = hashSecret(secret);
  const session = await deps.storage.sessions.find(idHash);
  if (!session) return fail('unauthenticated', 'you are not signed in');
  const now = deps.clock.now();
  const maxEnd = new Date(session.createdAt).getTime() + ACCOUNT_POLICY.sessionMaxHours * 3_600_000;
  if (now.toISOString() >= session.expiresAt || now.getTime() >= maxEnd) {
    await deps.storage.sessions.delete(idHash);
    return fail('session_expired', 'your session has expired: sign in again');
  }
  const user = await deps.storage.users.findById(session.userId);
  if (!user || user.disabled) {
    await deps.storage.sessions.delete(idHash);
    return fail('unauthenticated', 'this account can no longer sign in');
  }
  const sinceTouch = now.getTime() - new Date(session.lastSeenAt).getTime();
  if (
    session.state !== 'second_factor_pending' &&
    sinceTouch >= ACCOUNT_POLICY.touchIntervalSeconds * 1000
  ) {
    const expiresAt = new Date(
      Math.min(maxEnd, now.getTime() + ACCOUNT_POLICY.sessionIdleMinutes * 60_000),
    ).toISOString();
    await deps.storage.sessions.update(idHash, { lastSeenAt: now.toISOString(), expiresAt });
    return ok({ session: { ...session, lastSeenAt: now.toISOString(), expiresAt }, user });
  }
  return ok({ session, user });
}

export async function moveSession(
  deps: AccountDeps,
  session: SessionRecord,
  state: SessionState,
): Promise<SessionRecord> {
  const expiresAt = expiryFor(state, deps.clock.now());
  await deps.storage.sessions.update(session.idHash, { state, expiresAt });
  return { ...session, state, expiresAt };
}
