import { ok, type Result } from '@concord/core';
import type { SessionRecord, UserRecord } from '@concord/storage';
import { record } from '../audit/audit-trail.ts';
import type { Sealer } from '../keys/sealer.ts';
import { ACCOUNT_POLICY } from './account-policy.ts';
import { UNMATCHABLE_HASH, verifyPassword } from './password.ts';
import { anonymousActor, type Principal } from './principal.ts';
import { fail, type ServiceError } from './service-error.ts';
import { moveSession, nextState, startSession } from './sessions.ts';
import { matchTotp } from './totp.ts';
import type { AccountDeps } from './users.ts';

export interface SignInDeps extends AccountDeps {
  readonly sealer: Sealer;
}

export interface SignedIn {
  readonly secret: string;
  readonly session: SessionRecord;
  readonly user: UserRecord;
}

function secondsUntil(instant: string, now: Date): number {
  return Math.max(1, Math.ceil((new Date(instant).getTime() - now.getTime()) / 1000));
}

/**
 * Checks a username and password. Throttles by client address, locks an
 * account after repeated failures, answers unknown usernames exactly like
 * wrong passwords (same message, same hashing cost), and audits every attempt.
 */
export async function signIn(
  deps: SignInDeps,
  input: { readonly username: string; readonly password: string; readonly clientAddress: string },
): Promise<Result<SignedIn, ServiceError>> {
  const { storage, clock } = deps;
  const now = clock.now();
  const username = input.username.trim().toLowerCase();
  const actor = anonymousActor(username, input.clientAddress);
  const audit = (outcome: 'success' | 'failure', reason: string, user?: UserRecord) =>
    record(storage, clock, user ? { ...actor, id: user.id, role: user.role } : actor, {
      action: 'session.sign_in',
      outcome,
      ...(user ? { objectType: 'user', objectId: user.id } : {}),
      details: { reason },
    });

  const windowStart = new Date(
    now.getTime() - ACCOUNT_POLICY.addressWindowMinutes * 60_000,
  ).toISOString();
  const recentFailures = await storage.signInAttempts.countFailuresByAddress(
    input.clientAddress,
    windowStart,
  );
  if (recentFailures >= ACCOUNT_POLICY.addressFailureLimit) {
    await audit('failure', 'address_throttled');
    return fail(
      'too_many_attempts',
      'too many failed sign-ins from your address: wait and try again',
      ACCOUNT_POLICY.addressWindowMinutes * 60,
    );
  }

  const user = await storage.users.findByUsername(username);
  if (user?.lockedUntil && user.lockedUntil > now.toISOString()) {
    await audit('failure', 'account_locked', user);
    return fail(
      'account_locked',
      'this account is locked after repeated failed sign-ins: wait, or ask an administrator to unlock it',
      secondsUntil(user.lockedUntil, now),
    );
  }
  const passwordOk = await verifyPassword(input.password, user?.passwordHash ?? UNMATCHABLE_HASH);
  await storage.signInAttempts.record({
    at: now.toISOString(),
    username,
    clientAddress: input.clientAddress,
    success: passwordOk && user !== null,
  });
  if (!user || !passwordOk) {
    if (user) await registerFailure(deps, user);
    await audit('failure', user ? 'wrong_password' : 'unknown_user', user ?? undefined);
    return fail('invalid_credentials', 'the username or password is not right');
  }
  if (user.disabled) {
    await audit('failure', 'account_disabled', user);
    return fail('account_disabled', 'this account is disabled: ask an administrator');
  }
  const fresh = user.failedSignIns > 0 ? await clearFailures(deps, user) : user;
  const state = nextState(fresh, false);
  const started = await startSession(deps, fresh, state, input.clientAddress);
  await audit('success', state, fresh);
  return ok({ ...started, user: fresh });
}

/** The second step: a TOTP code for a session waiting for one. Each code works once. */
export async function completeSecondFactor(
  deps: SignInDeps,
  principal: Principal,
  code: string,
): Promise<Result<{ session: SessionRecord; user: UserRecord }, ServiceError>> {
  const { storage, clock } = deps;
  const { user } = principal;
  if (principal.via.kind !== 'session' || principal.via.session.state !== 'second_factor_pending') {
    return fail('forbidden', 'this session is not waiting for a second factor');
  }
  const actor = {
    id: user.id,
    name: user.username,
    role: user.role,
    clientAddress: principal.clientAddress,
  };
  const audit = (outcome: 'success' | 'failure', reason: string) =>
    record(storage, clock, actor, {
      action: 'session.second_factor',
      outcome,
      objectType: 'user',
      objectId: user.id,
      details: { reason },
    });

  if (user.lockedUntil && user.lockedUntil > clock.now().toISOString()) {
    await audit('failure', 'account_locked');
    return fail(
      'account_locked',
      'this account is locked after repeated failed attempts',
      secondsUntil(user.lockedUntil, clock.now()),
    );
  }
  const secret = user.totpSecretSealed
    ? deps.sealer.unseal(user.totpSecretSealed, `totp:${user.id}`)
    : null;
  if (!secret)
    return fail('second_factor_not_enrolled', 'no second factor is set up for this account');
  const step = matchTotp(secret.toString('utf8'), code, clock.now());
  if (step === null) {
    await registerFailure(deps, user);
    await audit('failure', 'wrong_code');
    return fail(
      'invalid_second_factor',
      'that code is not right: check the time on your device and try the current code',
    );
  }
  if (!(await storage.users.claimTotpStep(user.id, step))) {
    await audit('failure', 'code_reused');
    return fail('second_factor_reused', 'that code was already used: wait for the next one');
  }
  const fresh = user.failedSignIns > 0 ? await clearFailures(deps, user) : user;
  const session = await moveSession(deps, principal.via.session, nextState(fresh, true));
  await audit('success', session.state);
  return ok({ session, user: fresh });
}

async function registerFailure(deps: AccountDeps, user: UserRecord): Promise<void> {
  const failures = user.failedSignIns + 1;
  const lock = failures >= ACCOUNT_POLICY.lockoutThreshold;
  const now = deps.clock.now();
  await deps.storage.users.update(user.id, {
    updatedAt: now.toISOString(),
    failedSignIns: lock ? 0 : failures,
    lockedUntil: lock
      ? new Date(now.getTime() + ACCOUNT_POLICY.lockoutMinutes * 60_000).toISOString()
      : user.lockedUntil,
  });
}

async function clearFailures(deps: AccountDeps, user: UserRecord): Promise<UserRecord> {
  return (
    (await deps.storage.users.update(user.id, {
      updatedAt: deps.clock.now().toISOString(),
      failedSignIns: 0,
      lockedUntil: null,
    })) ?? user
  );
}
