import { CompiledQuery, sql, type Insertable, type Kysely, type Selectable } from 'kysely';
import type {
  InboxRecord,
  InboxStore,
  OutboxEntry,
  OutboxStore,
  StorageDialect,
} from '../ports.ts';
import type { Database, InboxTable, OutboxTable } from '../schema.ts';

const SQLITE_ENQUEUE = `insert into outbox (peer_node_id, message_id, type, envelope, created_at,
    attempts, next_attempt_at, delivered_at, receipt, last_error, expired_at)
  values (?, ?, ?, ?, ?, 0, ?, null, null, null, null)`;

/**
 * The persisted outbox: sealed envelopes wait here until their peer signs a
 * receipt. Numbers are given in the enqueue's own write, so order holds
 * across processes and servers: on PostgreSQL from a shared counter row, on
 * SQLite as the row id (which the database's one writer at a time hands out).
 */
export function kyselyOutboxStore(db: Kysely<Database>, dialect: StorageDialect): OutboxStore {
  return {
    async enqueue(entry) {
      if (dialect === 'postgres') {
        // One statement, one round trip: the counter row's lock orders writers
        // across processes, and the row goes in with the number it gave.
        const r = await sql<{ seq: string | number }>`
          with c as (update counters set value = value + 1 where name = 'outbox' returning value)
          insert into outbox (seq, peer_node_id, message_id, type, envelope, created_at,
            attempts, next_attempt_at, delivered_at, receipt, last_error, expired_at)
          select value, ${entry.peerNodeId}, ${entry.messageId}, ${entry.type}, ${entry.envelope},
            ${entry.createdAt}, 0, ${entry.createdAt}, null, null, null, null from c
          returning seq`.execute(db);
        const seq = r.rows[0]?.seq;
        if (seq === undefined) throw new Error('the outbox counter row is missing');
        return Number(seq);
      }
      // SQLite: the number is the row id, given by the insert itself (0013).
      // The statement is built once: a node enqueues for every message it
      // sends, and building and compiling the query cost as long as running it.
      const result = await db.executeQuery(
        CompiledQuery.raw(SQLITE_ENQUEUE, [
          entry.peerNodeId,
          entry.messageId,
          entry.type,
          entry.envelope,
          entry.createdAt,
          entry.createdAt,
        ]),
      );
      if (result.insertId === undefined) throw new Error('the outbox insert gave no row id');
      return Number(result.insertId);
    },
    async head(peerNodeId) {
      const row = await db
        .selectFrom('outbox')
        .selectAll()
        .where('peer_node_id', '=', peerNodeId)
        .where('delivered_at', 'is', null)
        .where('expired_at', 'is', null)
        .orderBy('seq')
        .limit(1)
        .executeTakeFirst();
      return row ? fromRow(row) : null;
    },
    async pending(peerNodeId, limit) {
      const rows = await db
        .selectFrom('outbox')
        .selectAll()
        .where('peer_node_id', '=', peerNodeId)
        .where('delivered_at', 'is', null)
        .where('expired_at', 'is', null)
        .orderBy('seq')
        .limit(Math.max(1, limit))
        .execute();
      return rows.map(fromRow);
    },
    async duePeers(now) {
      // A peer is due when the oldest of its undelivered messages is due.
      const heads = await db
        .selectFrom('outbox')
        .select(['peer_node_id', (eb) => eb.fn.min('seq').as('seq')])
        .where('delivered_at', 'is', null)
        .where('expired_at', 'is', null)
        .groupBy('peer_node_id')
        .execute();
      if (heads.length === 0) return [];
      const due = await db
        .selectFrom('outbox')
        .select('peer_node_id')
        .where(
          'seq',
          'in',
          heads.map((h) => Number(h.seq)),
        )
        .where('next_attempt_at', '<=', now)
        .orderBy('seq')
        .execute();
      return due.map((r) => r.peer_node_id);
    },
    async markDelivered(seq, at, receipt) {
      await db
        .updateTable('outbox')
        .set((eb) => ({
          delivered_at: at,
          receipt,
          last_error: null,
          attempts: eb('attempts', '+', 1),
        }))
        .where('seq', '=', seq)
        .execute();
    },
    async markDeliveredMany(at, deliveries) {
      if (deliveries.length === 0) return;
      // One statement for a whole batch: the receipt picked per row by its number.
      await db
        .updateTable('outbox')
        .set((eb) => ({
          delivered_at: at,
          receipt: sql<string>`case seq ${sql.join(
            deliveries.map((d) => sql`when ${d.seq} then ${d.receipt}`),
            sql` `,
          )} end`,
          last_error: null,
          attempts: eb('attempts', '+', 1),
        }))
        .where(
          'seq',
          'in',
          deliveries.map((d) => d.seq),
        )
        .where('delivered_at', 'is', null)
        .execute();
    },
    async markFailed(seq, error, nextAttemptAt) {
      await db
        .updateTable('outbox')
        .set((eb) => ({
          last_error: error,
          next_attempt_at: nextAttemptAt,
          attempts: eb('attempts', '+', 1),
        }))
        .where('seq', '=', seq)
        .execute();
    },
    async markExpired(seq, at, reason) {
      await db
        .updateTable('outbox')
        .set({ expired_at: at, last_error: reason })
        .where('seq', '=', seq)
        .where('delivered_at', 'is', null)
        .execute();
    },
    async queue(peerNodeId) {
      const r = await db
        .selectFrom('outbox')
        .select([
          (eb) => eb.fn.countAll<number>().as('n'),
          (eb) => eb.fn.min('created_at').as('oldest'),
        ])
        .where('peer_node_id', '=', peerNodeId)
        .where('delivered_at', 'is', null)
        .where('expired_at', 'is', null)
        .executeTakeFirstOrThrow();
      return { pending: Number(r.n), oldest: r.oldest ?? null };
    },
    async get(messageId) {
      const row = await db
        .selectFrom('outbox')
        .selectAll()
        .where('message_id', '=', messageId)
        .executeTakeFirst();
      return row ? fromRow(row) : null;
    },
  };
}

function fromRow(r: Selectable<OutboxTable>): OutboxEntry {
  return {
    seq: Number(r.seq),
    peerNodeId: r.peer_node_id,
    messageId: r.message_id,
    type: r.type,
    envelope: r.envelope,
    createdAt: r.created_at,
    attempts: r.attempts,
    nextAttemptAt: r.next_attempt_at,
    deliveredAt: r.delivered_at,
    receipt: r.receipt,
    lastError: r.last_error,
    expiredAt: r.expired_at,
  };
}

function inboxRecord(r: Selectable<InboxTable>): InboxRecord {
  return {
    messageId: r.message_id,
    senderNodeId: r.sender_node_id,
    type: r.type,
    receivedAt: r.received_at,
    envelopeDigest: r.envelope_digest,
    receipt: r.receipt,
  };
}

function inboxRow(rec: InboxRecord): Insertable<InboxTable> {
  return {
    message_id: rec.messageId,
    sender_node_id: rec.senderNodeId,
    type: rec.type,
    received_at: rec.receivedAt,
    envelope_digest: rec.envelopeDigest,
    receipt: rec.receipt,
  };
}

/** The idempotent inbox: one row per accepted message id, with the receipt given for it. */
export function kyselyInboxStore(db: Kysely<Database>): InboxStore {
  // ON CONFLICT rather than catching the violation: on PostgreSQL a failed
  // statement would abort the caller's transaction.
  const acceptMany: InboxStore['acceptMany'] = async (records) => {
    const accepted = new Set<string>();
    // 6 columns a row: 500 rows a statement stays under either database's limit.
    for (let i = 0; i < records.length; i += 500) {
      const rows = await db
        .insertInto('inbox')
        .values(records.slice(i, i + 500).map(inboxRow))
        .onConflict((oc) => oc.column('message_id').doNothing())
        .returning('message_id')
        .execute();
      for (const r of rows) accepted.add(r.message_id);
    }
    return accepted;
  };
  return {
    async find(messageId) {
      const r = await db
        .selectFrom('inbox')
        .selectAll()
        .where('message_id', '=', messageId)
        .executeTakeFirst();
      return r ? inboxRecord(r) : null;
    },
    async findMany(messageIds) {
      const found = new Map<string, InboxRecord>();
      // In slices, well under either database's limit on bound parameters.
      for (let i = 0; i < messageIds.length; i += 500) {
        const rows = await db
          .selectFrom('inbox')
          .selectAll()
          .where('message_id', 'in', messageIds.slice(i, i + 500))
          .execute();
        for (const r of rows) found.set(r.message_id, inboxRecord(r));
      }
      return found;
    },
    acceptMany,
    async accept(rec) {
      return (await acceptMany([rec])).has(rec.messageId);
    },
  };
}
