import { randomBytes, randomUUID } from 'node:crypto';
import { ok, permissionsOf, type Permission, type Result } from '@concord/core';
import type { ApiTokenRecord, UserRecord } from '@concord/storage';
import { record, type Actor } from '../audit/audit-trail.ts';
import { actorOf, type Principal } from './principal.ts';
import { fail, type ServiceError } from './service-error.ts';
import { hashSecret } from './sessions.ts';
import type { AccountDeps } from './users.ts';

/** Tokens start with a fixed prefix so secret scanners can spot a leaked one. */
export const TOKEN_PREFIX = 'concord_';

export interface TokenRequest {
  readonly name: string;
  readonly scopes: readonly Permission[];
  readonly expiresInDays: number;
}

/** A signed-in user makes a token for their scripts. */
export function createApiToken(deps: AccountDeps, principal: Principal, input: TokenRequest): Promise<Result<{ token: string; record: ApiTokenRecord }, ServiceError>> {
  return issueApiToken(deps, principal.user, actorOf(principal), input);
}

/**
 * Issues a token for a user, scoped within the user's role; the token is
 * returned once and only its hash is stored. `actor` is who did it (the user,
 * or the node when it sets up a demo).
 */
export async function issueApiToken(
  deps: AccountDeps,
  user: UserRecord,
  actor: Actor,
  input: TokenRequest,
): Promise<Result<{ token: string; record: ApiTokenRecord }, ServiceError>> {
  const granted = permissionsOf(user.role);
  const beyond = input.scopes.filter((s) => !granted.includes(s));
  if (beyond.length > 0) {
    return fail('forbidden', `your role cannot grant ${beyond.join(', ')} to a token`);
  }
  const token = `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  const now = deps.clock.now();
  const apiToken: ApiTokenRecord = {
    id: randomUUID(),
    userId: user.id,
    name: input.name,
    tokenHash: hashSecret(token),
    scopes: [...new Set(input.scopes)],
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + input.expiresInDays * 86_400_000).toISOString(),
    lastUsedAt: null,
    revokedAt: null,
  };
  await deps.storage.transaction(async (tx) => {
    await tx.apiTokens.create(apiToken);
    await record(tx, deps.clock, actor, {
      action: 'token.create',
      outcome: 'success',
      objectType: 'api_token',
      objectId: apiToken.id,
      details: {
        name: apiToken.name,
        scopes: apiToken.scopes.join(','),
        expiresAt: apiToken.expiresAt,
      },
    });
  });
  return ok({ token, record: apiToken });
}

export async function revokeApiToken(
  deps: AccountDeps,
  principal: Principal,
  id: string,
): Promise<Result<null, ServiceError>> {
  const revoked = await deps.storage.apiTokens.revoke(
    id,
    principal.user.id,
    deps.clock.now().toISOString(),
  );
  if (!revoked) return fail('not_found', 'no such active token of yours');
  await record(deps.storage, deps.clock, actorOf(principal), {
    action: 'token.revoke',
    outcome: 'success',
    objectType: 'api_token',
    objectId: id,
  });
  return ok(null);
}

/** The user and token behind a bearer token, if it is live; rejections are audited. */
export async function authenticateApiToken(
  deps: AccountDeps,
  token: string,
  clientAddress: string,
): Promise<Result<{ user: UserRecord; token: ApiTokenRecord }, ServiceError>> {
  const found = token.startsWith(TOKEN_PREFIX)
    ? await deps.storage.apiTokens.findByHash(hashSecret(token))
    : null;
  const now = deps.clock.now().toISOString();
  const reason = !found
    ? 'unknown'
    : found.revokedAt
      ? 'revoked'
      : found.expiresAt <= now
        ? 'expired'
        : null;
  const user = found && !reason ? await deps.storage.users.findById(found.userId) : null;
  if (!found || reason || !user || user.disabled) {
    await record(
      deps.storage,
      deps.clock,
      { id: found?.userId ?? null, name: null, role: null, clientAddress },
      {
        action: 'token.use_rejected',
        outcome: 'denied',
        ...(found ? { objectType: 'api_token', objectId: found.id } : {}),
        details: { reason: reason ?? 'account_disabled' },
      },
    );
    return fail(
      'unauthenticated',
      reason === 'expired'
        ? 'this API token has expired'
        : reason === 'revoked'
          ? 'this API token was revoked'
          : 'this API token is not valid',
    );
  }
  if (found.lastUsedAt === null || Date.parse(now) - Date.parse(found.lastUsedAt) > 60_000) {
    await deps.storage.apiTokens.touch(found.id, now);
  }
  return ok({ user, token: found });
}
