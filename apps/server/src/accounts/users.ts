import { randomUUID } from 'node:crypto';
import { ok, type Clock, type Result, type Role } from '@concord/core';
import type { Page, Storage, UserRecord } from '@concord/storage';
import { record, type Actor } from '../audit/audit-trail.ts';
import { generateOneTimePassword, hashPassword } from './password.ts';
import { fail, type ServiceError } from './service-error.ts';

export interface NewUserInput {
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
  readonly totpRequired: boolean;
}

/** A user record with a fresh one-time password they must change at first sign-in. */
export async function newUserRecord(
  input: NewUserInput,
  clock: Clock,
  id: string,
): Promise<{ record: UserRecord; oneTimePassword: string }> {
  const oneTimePassword = generateOneTimePassword();
  const now = clock.now().toISOString();
  return {
    oneTimePassword,
    record: {
      id,
      username: input.username.toLowerCase(),
      displayName: input.displayName,
      role: input.role,
      passwordHash: await hashPassword(oneTimePassword),
      mustChangePassword: true,
      totpSecretSealed: null,
      totpEnabled: false,
      totpRequired: input.totpRequired,
      totpLastStep: null,
      disabled: false,
      failedSignIns: 0,
      lockedUntil: null,
      locale: null,
      createdAt: now,
      updatedAt: now,
    },
  };
}

/** What account operations need from the node. */
export interface AccountDeps {
  readonly storage: Storage;
  readonly clock: Clock;
}

export async function createUser(
  deps: AccountDeps,
  actor: Actor,
  input: NewUserInput,
): Promise<Result<{ user: UserRecord; oneTimePassword: string }, ServiceError>> {
  const made = await newUserRecord(input, deps.clock, randomUUID());
  return deps.storage.transaction(async (tx) => {
    const created = await tx.users.create(made.record);
    if ('kind' in created) {
      await record(tx, deps.clock, actor, {
        action: 'user.create',
        outcome: 'failure',
        details: { username: input.username, reason: 'username_taken' },
      });
      return fail('username_taken', `the username ${input.username} is taken`);
    }
    await record(tx, deps.clock, actor, {
      action: 'user.create',
      outcome: 'success',
      objectType: 'user',
      objectId: created.id,
      details: {
        username: created.username,
        role: created.role,
        totpRequired: created.totpRequired,
      },
    });
    return ok({ user: created, oneTimePassword: made.oneTimePassword });
  });
}

/** Users are staff personal data: every listing is audited. */
export async function listUsers(
  deps: AccountDeps,
  actor: Actor,
  page: { readonly page: number; readonly pageSize: number },
): Promise<Page<UserRecord>> {
  const result = await deps.storage.users.list({
    offset: (page.page - 1) * page.pageSize,
    limit: page.pageSize,
  });
  await record(deps.storage, deps.clock, actor, {
    action: 'user.list',
    outcome: 'success',
    objectType: 'user',
    details: { page: page.page, returned: result.items.length },
  });
  return result;
}

export interface UserUpdate {
  readonly displayName?: string | undefined;
  readonly role?: Role | undefined;
  readonly disabled?: boolean | undefined;
  readonly totpRequired?: boolean | undefined;
}

/** Admins change others' role, status and second-factor requirement; never their own role or status. */
export async function updateUser(
  deps: AccountDeps,
  actor: Actor,
  id: string,
  update: UserUpdate,
): Promise<Result<UserRecord, ServiceError>> {
  if (id === actor.id && (update.role !== undefined || update.disabled !== undefined)) {
    return fail(
      'cannot_change_self',
      'you cannot change your own role or disable yourself; ask another administrator',
    );
  }
  return deps.storage.transaction(async (tx) => {
    const before = await tx.users.findById(id);
    if (!before) return fail('not_found', 'no such user');
    const patch = { updatedAt: deps.clock.now().toISOString(), ...definedOnly(update) };
    const after = await tx.users.update(id, patch);
    if (!after) return fail('not_found', 'no such user');
    if (update.disabled === true) await tx.sessions.deleteForUser(id);
    await record(tx, deps.clock, actor, {
      action: 'user.update',
      outcome: 'success',
      objectType: 'user',
      objectId: id,
      details: changes(before, after),
    });
    return ok(after);
  });
}

/** Issues a new one-time password, ends the user's sessions and lifts any lockout. */
export async function resetPassword(
  deps: AccountDeps,
  actor: Actor,
  id: string,
): Promise<Result<{ user: UserRecord; oneTimePassword: string }, ServiceError>> {
  const oneTimePassword = generateOneTimePassword();
  const passwordHash = await hashPassword(oneTimePassword);
  return deps.storage.transaction(async (tx) => {
    const user = await tx.users.update(id, {
      updatedAt: deps.clock.now().toISOString(),
      passwordHash,
      mustChangePassword: true,
      failedSignIns: 0,
      lockedUntil: null,
    });
    if (!user) return fail('not_found', 'no such user');
    await tx.sessions.deleteForUser(id);
    await record(tx, deps.clock, actor, {
      action: 'user.password_reset',
      outcome: 'success',
      objectType: 'user',
      objectId: id,
    });
    return ok({ user, oneTimePassword });
  });
}

export async function unlockUser(
  deps: AccountDeps,
  actor: Actor,
  id: string,
): Promise<Result<UserRecord, ServiceError>> {
  return deps.storage.transaction(async (tx) => {
    const user = await tx.users.update(id, {
      updatedAt: deps.clock.now().toISOString(),
      failedSignIns: 0,
      lockedUntil: null,
    });
    if (!user) return fail('not_found', 'no such user');
    await record(tx, deps.clock, actor, {
      action: 'user.unlock',
      outcome: 'success',
      objectType: 'user',
      objectId: id,
    });
    return ok(user);
  });
}

function definedOnly(
  update: UserUpdate,
): Partial<Pick<UserRecord, 'displayName' | 'role' | 'disabled' | 'totpRequired'>> {
  const out: { displayName?: string; role?: Role; disabled?: boolean; totpRequired?: boolean } = {};
  if (update.displayName !== undefined) out.displayName = update.displayName;
  if (update.role !== undefined) out.role = update.role;
  if (update.disabled !== undefined) out.disabled = update.disabled;
  if (update.totpRequired !== undefined) out.totpRequired = update.totpRequired;
  return out;
}

function changes(before: UserRecord, after: UserRecord): Record<string, string | boolean> {
  const out: Record<string, string | boolean> = {};
  for (const key of ['displayName', 'role', 'disabled', 'totpRequired'] as const) {
    if (before[key] !== after[key]) out[key] = after[key];
  }
  return out;
}
