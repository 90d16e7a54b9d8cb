import type { Kysely, Migration } from 'kysely';

/**
 * National profiles published by each jurisdiction's own node: this node's
 * own and those received from peers or imported as signed files. Every
 * version is kept (its id is the SHA-256 of its signed bytes), never replaced;
 * the newest one per jurisdiction is in force over the bundled research.
 */
export const lawProfiles: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('law_profiles')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('jurisdiction', 'text', (c) => c.notNull())
      .addColumn('publisher_node_id', 'text', (c) => c.notNull())
      .addColumn('publisher_name', 'text')
      .addColumn('published_at', 'text', (c) => c.notNull())
      .addColumn('document', 'text', (c) => c.notNull())
      .addColumn('signature', 'text', (c) => c.notNull())
      .addColumn('received_at', 'text', (c) => c.notNull())
      .addColumn('received_via', 'text', (c) => c.notNull())
      .addColumn('received_from', 'text')
      .execute();
    await db.schema
      .createIndex('law_profiles_jurisdiction')
      .on('law_profiles')
      .columns(['jurisdiction', 'published_at'])
      .execute();
  },
};
