import type { Kysely, Migration } from 'kysely';

/**
 * The peer's latest change number in a subscribed bank, as its last sync page
 * reported it: with the cursor, how far a sync has come ("change X of Y").
 * Null until a page reports it (a peer whose pages predate the field never does).
 */
export const subscriptionProgress: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('subscriptions').addColumn('remote_head', 'bigint').execute();
  },
};
