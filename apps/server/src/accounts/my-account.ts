import { ok, type Result } from '@concord/core';
import type { UserRecord } from '@concord/storage';
import { record } from '../audit/audit-trail.ts';
import { hashPassword, passwordProblem, verifyPassword } from './password.ts';
import { actorOf, type Principal } from './principal.ts';
import { fail, type ServiceError } from './service-error.ts';
import { moveSession, nextState } from './sessions.ts';
import type { SignInDeps } from './sign-in.ts';
import { generateTotpSecret, matchTotp, otpauthUri } from './totp.ts';

const PROBLEM_TEXT = {
  too_short: 'the new password must be at least 12 characters',
  too_long: 'the new password must be at most 256 characters',
  contains_username: 'the new password must not contain your username',
} as const;

/**
 * Changes the caller's password after checking the current one. Other
 * sessions of the user end; this one moves on to its next state.
 */
export async function changePassword(
  deps: SignInDeps,
  principal: Principal,
  input: { readonly currentPassword: string; readonly newPassword: string },
): Promise<Result<UserRecord, ServiceError>> {
  const { user } = principal;
  const actor = actorOf(principal);
  if (!(await verifyPassword(input.currentPassword, user.passwordHash))) {
    await record(deps.storage, deps.clock, actor, {
      action: 'account.password_change',
      outcome: 'failure',
      objectType: 'user',
      objectId: user.id,
      details: { reason: 'wrong_password' },
    });
    return fail('wrong_password', 'the current password is not right');
  }
  const problem = passwordProblem(input.newPassword, user.username);
  if (problem) return fail('weak_password', PROBLEM_TEXT[problem]);
  if (await verifyPassword(input.newPassword, user.passwordHash)) {
    return fail('weak_password', 'the new password must differ from the current one');
  }
  const passwordHash = await hashPassword(input.newPassword);
  const updated = await deps.storage.transaction(async (tx) => {
    const u = await tx.users.update(user.id, {
      updatedAt: deps.clock.now().toISOString(),
      passwordHash,
      mustChangePassword: false,
    });
    const keep = principal.via.kind === 'session' ? principal.via.session.idHash : undefined;
    const ended = await tx.sessions.deleteForUser(user.id, keep);
    await record(tx, deps.clock, actor, {
      action: 'account.password_change',
      outcome: 'success',
      objectType: 'user',
      objectId: user.id,
      details: { otherSessionsEnded: ended },
    });
    return u ?? user;
  });
  if (principal.via.kind === 'session')
    await moveSession(deps, principal.via.session, nextState(updated, true));
  return ok(updated);
}

/** Starts TOTP enrolment: a new secret, sealed at rest, that becomes active once a code from it is confirmed. */
export async function startTotpEnrolment(
  deps: SignInDeps,
  principal: Principal,
  issuer: string,
): Promise<Result<{ secret: string; otpauthUri: string }, ServiceError>> {
  const { user } = principal;
  if (user.totpEnabled)
    return fail(
      'forbidden',
      'a second factor is already set up: disable it first to enrol a new device',
    );
  const secret = generateTotpSecret();
  await deps.storage.users.update(user.id, {
    updatedAt: deps.clock.now().toISOString(),
    totpSecretSealed: deps.sealer.seal(secret, `totp:${user.id}`),
  });
  return ok({ secret, otpauthUri: otpauthUri(secret, user.username, issuer) });
}

export async function confirmTotpEnrolment(
  deps: SignInDeps,
  principal: Principal,
  code: string,
): Promise<Result<UserRecord, ServiceError>> {
  const { user } = principal;
  const actor = actorOf(principal);
  if (user.totpEnabled) return fail('forbidden', 'a second factor is already set up');
  const secret = user.totpSecretSealed
    ? deps.sealer.unseal(user.totpSecretSealed, `totp:${user.id}`)
    : null;
  if (!secret) return fail('second_factor_not_enrolled', 'start enrolment first');
  const step = matchTotp(secret.toString('utf8'), code, deps.clock.now());
  if (step === null) {
    await record(deps.storage, deps.clock, actor, {
      action: 'account.totp_enrol',
      outcome: 'failure',
      objectType: 'user',
      objectId: user.id,
      details: { reason: 'wrong_code' },
    });
    return fail(
      'invalid_second_factor',
      'that code is not right: check the time on your device and try the current code',
    );
  }
  if (!(await deps.storage.users.claimTotpStep(user.id, step))) {
    return fail('second_factor_reused', 'that code was already used: wait for the next one');
  }
  const updated =
    (await deps.storage.users.update(user.id, {
      updatedAt: deps.clock.now().toISOString(),
      totpEnabled: true,
    })) ?? user;
  await record(deps.storage, deps.clock, actor, {
    action: 'account.totp_enrol',
    outcome: 'success',
    objectType: 'user',
    objectId: user.id,
  });
  if (principal.via.kind === 'session')
    await moveSession(deps, principal.via.session, nextState(updated, true));
  return ok(updated);
}

export async function disableTotp(
  deps: SignInDeps,
  principal: Principal,
  password: string,
): Promise<Result<UserRecord, ServiceError>> {
  const { user } = principal;
  const actor = actorOf(principal);
  if (user.totpRequired) {
    return fail(
      'second_factor_required_by_admin',
      'an administrator requires a second factor for your account',
    );
  }
  if (!(await verifyPassword(password, user.passwordHash))) {
    await record(deps.storage, deps.clock, actor, {
      action: 'account.totp_disable',
      outcome: 'failure',
      objectType: 'user',
      objectId: user.id,
      details: { reason: 'wrong_password' },
    });
    return fail('wrong_password', 'the password is not right');
  }
  const updated = await deps.storage.users.update(user.id, {
    updatedAt: deps.clock.now().toISOString(),
    totpEnabled: false,
    totpSecretSealed: null,
  });
  await record(deps.storage, deps.clock, actor, {
    action: 'account.totp_disable',
    outcome: 'success',
    objectType: 'user',
    objectId: user.id,
  });
  return ok(updated ?? user);
}

export async function updateProfile(
  deps: SignInDeps,
  principal: Principal,
  input: { readonly displayName?: string | undefined; readonly locale?: string | null | undefined },
): Promise<UserRecord> {
  const patch: { updatedAt: string; displayName?: string; locale?: string | null } = {
    updatedAt: deps.clock.now().toISOString(),
  };
  if (input.displayName !== undefined) patch.displayName = input.displayName;
  if (input.locale !== undefined) patch.locale = input.locale;
  const updated = await deps.storage.users.update(principal.user.id, patch);
  await record(deps.storage, deps.clock, actorOf(principal), {
    action: 'account.update',
    outcome: 'success',
    objectType: 'user',
    objectId: principal.user.id,
    details: {
      fields: Object.keys(patch)
        .filter((k) => k !== 'updatedAt')
        .join(','),
    },
  });
  return updated ?? principal.user;
}
