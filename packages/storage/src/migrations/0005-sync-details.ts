import type { Kysely, Migration } from 'kysely';

/**
 * What subscriptions need: banks peers offer us, the originator's id on each
 * received signal (tombstones name it instead of the hash), and counts of
 * disputed grades.
 */
export const syncDetails: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('bank_offers')
      .addColumn('peer_node_id', 'text', (c) =>
        c.notNull().references('peers.node_id').onDelete('cascade'),
      )
      .addColumn('remote_bank_id', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull())
      .addColumn('handling', 'text', (c) => c.notNull())
      .addColumn('signal_count', 'integer', (c) => c.notNull())
      .addColumn('offered_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('bank_offers_pk', ['peer_node_id', 'remote_bank_id'])
      .execute();
    await db.schema.alterTable('signals').addColumn('remote_id', 'text').execute();
    await db.schema
      .alterTable('signals')
      .addColumn('disputes', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
    await db.schema
      .createIndex('signals_remote')
      .on('signals')
      .columns(['bank_id', 'remote_id'])
      .execute();
  },
};
