import { sql, type Kysely, type Migration } from 'kysely';
import type { StorageDialect } from '../ports.ts';

/** Accounts, sessions, API tokens, sign-in throttling, the audit chain, node identity. */
export const foundation = (dialect: StorageDialect): Migration => ({
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('users')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('username', 'text', (c) => c.notNull().unique())
      .addColumn('display_name', 'text', (c) => c.notNull())
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('password_hash', 'text', (c) => c.notNull())
      .addColumn('must_change_password', 'integer', (c) => c.notNull())
      .addColumn('totp_secret_sealed', 'text')
      .addColumn('totp_enabled', 'integer', (c) => c.notNull())
      .addColumn('totp_required', 'integer', (c) => c.notNull())
      .addColumn('totp_last_step', 'bigint')
      .addColumn('disabled', 'integer', (c) => c.notNull())
      .addColumn('failed_sign_ins', 'integer', (c) => c.notNull())
      .addColumn('locked_until', 'text')
      .addColumn('locale', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('sessions')
      .addColumn('id_hash', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('csrf_token', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('last_seen_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .addColumn('client_address', 'text')
      .execute();
    await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();
    await db.schema.createIndex('sessions_expiry').on('sessions').column('expires_at').execute();

    await db.schema
      .createTable('api_tokens')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('token_hash', 'text', (c) => c.notNull().unique())
      .addColumn('scopes', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .addColumn('last_used_at', 'text')
      .addColumn('revoked_at', 'text')
      .execute();
    await db.schema.createIndex('api_tokens_user').on('api_tokens').column('user_id').execute();

    await db.schema
      .createTable('sign_in_attempts')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('username', 'text', (c) => c.notNull())
      .addColumn('client_address', 'text', (c) => c.notNull())
      .addColumn('success', 'integer', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('sign_in_attempts_address')
      .on('sign_in_attempts')
      .columns(['client_address', 'at'])
      .execute();

    await db.schema
      .createTable('audit_events')
      .addColumn('seq', 'bigint', (c) => c.primaryKey())
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('actor_id', 'text')
      .addColumn('actor_name', 'text')
      .addColumn('actor_role', 'text')
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('object_type', 'text')
      .addColumn('object_id', 'text')
      .addColumn('purpose', 'text')
      .addColumn('outcome', 'text', (c) => c.notNull())
      .addColumn('client_address', 'text')
      .addColumn('details', 'text', (c) => c.notNull())
      .addColumn('prev_hash', 'text', (c) => c.notNull())
      .addColumn('hash', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('audit_events_at').on('audit_events').column('at').execute();
    await db.schema
      .createIndex('audit_events_action')
      .on('audit_events')
      .column('action')
      .execute();
    await db.schema
      .createIndex('audit_events_actor')
      .on('audit_events')
      .column('actor_name')
      .execute();
    await db.schema
      .createIndex('audit_events_object')
      .on('audit_events')
      .columns(['object_type', 'object_id'])
      .execute();

    await db.schema
      .createTable('audit_head')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('seq', 'bigint', (c) => c.notNull())
      .addColumn('hash', 'text', (c) => c.notNull())
      .execute();
    await sql`insert into audit_head (id, seq, hash) values (1, 0, ${'0'.repeat(64)})`.execute(db);

    await db.schema
      .createTable('node_identity')
      .addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
      .addColumn('node_id', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('jurisdiction', 'text', (c) => c.notNull())
      .addColumn('signing_public_key', 'text', (c) => c.notNull())
      .addColumn('encryption_public_key', 'text', (c) => c.notNull())
      .addColumn('signing_private_key_sealed', 'text', (c) => c.notNull())
      .addColumn('encryption_private_key_sealed', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();

    await forbidAuditRewrites(db, dialect);
  },
});

/**
 * The product never edits or deletes audit events; the database refuses to as
 * well. Someone with direct database access can still drop these triggers,
 * which is what the hash chain and `concord audit verify` are for.
 */
async function forbidAuditRewrites(db: Kysely<unknown>, dialect: StorageDialect): Promise<void> {
  switch (dialect) {
    case 'sqlite':
      for (const op of ['update', 'delete'] as const) {
        await sql
          .raw(
            `create trigger audit_events_no_${op} before ${op} on audit_events ` +
              `begin select raise(abort, 'audit events are append-only'); end`,
          )
          .execute(db);
      }
      return;
    case 'postgres':
      await sql`create function audit_events_append_only() returns trigger language plpgsql as $$
        begin raise exception 'audit events are append-only'; end $$`.execute(db);
      await sql`create trigger audit_events_append_only before update or delete or truncate on audit_events
        for each statement execute function audit_events_append_only()`.execute(db);
      return;
  }
}
