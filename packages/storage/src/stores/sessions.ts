import type { Kysely, Selectable } from 'kysely';
import {
  SESSION_STATES,
  type SessionRecord,
  type SessionState,
  type SessionStore,
} from '../ports.ts';
import type { Database, SessionsTable } from '../schema.ts';

export function kyselySessionStore(db: Kysely<Database>): SessionStore {
  return {
    async create(s) {
      await db
        .insertInto('sessions')
        .values({
          id_hash: s.idHash,
          user_id: s.userId,
          state: s.state,
          csrf_token: s.csrfToken,
          created_at: s.createdAt,
          last_seen_at: s.lastSeenAt,
          expires_at: s.expiresAt,
          client_address: s.clientAddress,
        })
        .execute();
    },
    async find(idHash) {
      const row = await db
        .selectFrom('sessions')
        .selectAll()
        .where('id_hash', '=', idHash)
        .executeTakeFirst();
      return row ? fromRow(row) : null;
    },
    async update(idHash, patch) {
      const set: Partial<SessionsTable> = {};
      if (patch.state !== undefined) set.state = patch.state;
      if (patch.lastSeenAt !== undefined) set.last_seen_at = patch.lastSeenAt;
      if (patch.expiresAt !== undefined) set.expires_at = patch.expiresAt;
      await db.updateTable('sessions').set(set).where('id_hash', '=', idHash).execute();
    },
    async delete(idHash) {
      await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
    },
    async deleteForUser(userId, except) {
      let q = db.deleteFrom('sessions').where('user_id', '=', userId);
      if (except !== undefined) q = q.where('id_hash', '!=', except);
      const r = await q.executeTakeFirst();
      return Number(r.numDeletedRows);
    },
    async deleteExpired(now) {
      const r = await db.deleteFrom('sessions').where('expires_at', '<=', now).executeTakeFirst();
      return Number(r.numDeletedRows);
    },
  };
}

function fromRow(r: Selectable<SessionsTable>): SessionRecord {
  const state = SESSION_STATES.find((s): s is SessionState => s === r.state);
  if (!state) throw new Error(`sessions row has unknown state ${r.state}`);
  return {
    idHash: r.id_hash,
    userId: r.user_id,
    state,
    csrfToken: r.csrf_token,
    createdAt: r.created_at,
    lastSeenAt: r.last_seen_at,
    expiresAt: r.expires_at,
    clientAddress: r.client_address,
  };
}
