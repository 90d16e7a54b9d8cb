import { sql, type Kysely, type Migration } from 'kysely';

/**
 * An index of the messages still waiting, per peer in order. Delivered
 * messages stay in the outbox with their receipts, so without it every
 * delivery pass (which peers are due, each one's next batch, its queue
 * depth) read past all of them, and slowed as the history grew.
 */
export const outboxQueueIndex: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`create index outbox_queue on outbox (peer_node_id, seq)
      where delivered_at is null and expired_at is null`.execute(db);
  },
};
