import type { Kysely, Selectable } from 'kysely';
import { isPermission, type Permission } from '@concord/core';
import type { ApiTokenRecord, ApiTokenStore } from '../ports.ts';
import type { ApiTokensTable, Database } from '../schema.ts';

export function kyselyApiTokenStore(db: Kysely<Database>): ApiTokenStore {
  return {
    async create(t) {
      await db
        .insertInto('api_tokens')
        .values({
          id: t.id,
          user_id: t.userId,
          name: t.name,
          token_hash: t.tokenHash,
          scopes: JSON.stringify(t.scopes),
          created_at: t.createdAt,
          expires_at: t.expiresAt,
          last_used_at: t.lastUsedAt,
          revoked_at: t.revokedAt,
        })
        .execute();
    },
    async findByHash(tokenHash) {
      const row = await db
        .selectFrom('api_tokens')
        .selectAll()
        .where('token_hash', '=', tokenHash)
        .executeTakeFirst();
      return row ? fromRow(row) : null;
    },
    async listForUser(userId) {
      const rows = await db
        .selectFrom('api_tokens')
        .selectAll()
        .where('user_id', '=', userId)
        .orderBy('created_at', 'desc')
        .execute();
      return rows.map(fromRow);
    },
    async revoke(id, userId, at) {
      const r = await db
        .updateTable('api_tokens')
        .set({ revoked_at: at })
        .where('id', '=', id)
        .where('user_id', '=', userId)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },
    async touch(id, at) {
      await db.updateTable('api_tokens').set({ last_used_at: at }).where('id', '=', id).execute();
    },
  };
}

function fromRow(r: Selectable<ApiTokensTable>): ApiTokenRecord {
  const parsed: unknown = JSON.parse(r.scopes);
  const scopes: Permission[] = Array.isArray(parsed)
    ? parsed.filter((s): s is Permission => typeof s === 'string' && isPermission(s))
    : [];
  return {
    id: r.id,
    userId: r.user_id,
    name: r.name,
    tokenHash: r.token_hash,
    scopes,
    createdAt: r.created_at,
    expiresAt: r.expires_at,
    lastUsedAt: r.last_used_at,
    revokedAt: r.revoked_at,
  };
}
