import type { Kysely, Migration } from 'kysely';

/**
 * A message that outlived its lifetime in the outbox (its peer was away for
 * longer) is given up: it leaves the queue undelivered, with the time and
 * reason kept, so the messages behind it can go.
 */
export const outboxExpiry: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('outbox').addColumn('expired_at', 'text').execute();
  },
};
