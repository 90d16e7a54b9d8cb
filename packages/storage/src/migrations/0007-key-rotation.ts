import type { Kysely, Migration } from 'kysely';

/**
 * Key rotation: when the node's current keys took effect, and the keys they
 * replaced, each kept until its overlap window ends (the encryption ones with
 * their sealed private key, to open messages sealed before peers learnt the
 * new key; the signing ones with the statement by which they vouched for their
 * successor, so the card can carry the chain).
 */
export const keyRotation: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('node_identity').addColumn('keys_since', 'text').execute();
    await db.schema
      .createTable('node_retired_keys')
      .addColumn('kid', 'text', (c) => c.primaryKey())
      .addColumn('purpose', 'text', (c) => c.notNull())
      .addColumn('public_key', 'text', (c) => c.notNull())
      .addColumn('private_key_sealed', 'text')
      .addColumn('valid_from', 'text', (c) => c.notNull())
      .addColumn('valid_until', 'text', (c) => c.notNull())
      .addColumn('rotation', 'text')
      .execute();
  },
};
