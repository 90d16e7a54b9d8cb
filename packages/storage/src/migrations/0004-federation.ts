import { sql, type Kysely, type Migration } from 'kysely';

/**
 * Federation: peers (from their signed cards), trust anchors, sharing groups
 * and rules, the persisted outbox and idempotent inbox, bank subscriptions,
 * and the provenance of received signals.
 */
export const federation: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('peers')
      .addColumn('node_id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('organisation', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('jurisdiction', 'text', (c) => c.notNull())
      .addColumn('endpoint', 'text', (c) => c.notNull())
      .addColumn('card', 'text', (c) => c.notNull())
      .addColumn('fingerprint', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('trusted_via', 'text', (c) => c.notNull())
      .addColumn('added_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('last_contact_at', 'text')
      .addColumn('last_error', 'text')
      .addColumn('last_error_message_id', 'text')
      .execute();

    await db.schema
      .createTable('trust_anchors')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('public_key', 'text', (c) => c.notNull())
      .addColumn('added_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('sharing_groups')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull().unique())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('sharing_group_members')
      .addColumn('group_id', 'text', (c) =>
        c.notNull().references('sharing_groups.id').onDelete('cascade'),
      )
      .addColumn('peer_node_id', 'text', (c) =>
        c.notNull().references('peers.node_id').onDelete('cascade'),
      )
      .addPrimaryKeyConstraint('sharing_group_members_pk', ['group_id', 'peer_node_id'])
      .execute();

    await db.schema
      .createTable('sharing_rules')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('bank_id', 'text', (c) => c.notNull().references('banks.id').onDelete('cascade'))
      .addColumn('target_kind', 'text', (c) => c.notNull())
      .addColumn('target_id', 'text', (c) => c.notNull())
      .addColumn('signal_types', 'text')
      .addColumn('grades', 'text')
      .addColumn('max_tlp', 'text', (c) => c.notNull())
      .addColumn('handling', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('created_by', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('sharing_rules_bank')
      .on('sharing_rules')
      .column('bank_id')
      .execute();

    await db.schema
      .createTable('outbox')
      .addColumn('seq', 'bigint', (c) => c.primaryKey())
      .addColumn('peer_node_id', 'text', (c) => c.notNull())
      .addColumn('message_id', 'text', (c) => c.notNull().unique())
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('envelope', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('attempts', 'integer', (c) => c.notNull())
      .addColumn('next_attempt_at', 'text', (c) => c.notNull())
      .addColumn('delivered_at', 'text')
      .addColumn('receipt', 'text')
      .addColumn('last_error', 'text')
      .execute();
    await db.schema
      .createIndex('outbox_pending')
      .on('outbox')
      .columns(['peer_node_id', 'delivered_at', 'seq'])
      .execute();

    await db.schema
      .createTable('inbox')
      .addColumn('message_id', 'text', (c) => c.primaryKey())
      .addColumn('sender_node_id', 'text', (c) => c.notNull())
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('received_at', 'text', (c) => c.notNull())
      .addColumn('envelope_digest', 'text', (c) => c.notNull())
      .addColumn('receipt', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('subscriptions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('peer_node_id', 'text', (c) =>
        c.notNull().references('peers.node_id').onDelete('cascade'),
      )
      .addColumn('remote_bank_id', 'text', (c) => c.notNull())
      .addColumn('local_bank_id', 'text', (c) =>
        c.notNull().references('banks.id').onDelete('cascade'),
      )
      .addColumn('cursor', 'bigint', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('last_sync_at', 'text')
      .addColumn('last_error', 'text')
      .addUniqueConstraint('subscriptions_peer_bank', ['peer_node_id', 'remote_bank_id'])
      .execute();

    await db.schema.alterTable('signals').addColumn('provenance', 'text').execute();

    // Monotonic counters shared by every server on the database (the outbox order).
    await db.schema
      .createTable('counters')
      .addColumn('name', 'text', (c) => c.primaryKey())
      .addColumn('value', 'bigint', (c) => c.notNull())
      .execute();
    await sql`insert into counters (name, value) values ('outbox', 0)`.execute(db);
  },
};
