import { hash } from 'node:crypto';
import type { Expression, ExpressionBuilder, Kysely, Selectable, SqlBool } from 'kysely';
import { chainAuditEvent, type ChainedAuditEvent, type StoredAuditEvent } from '@concord/core';
import type { AuditFilter, AuditStore, NewAuditEvent } from '../ports.ts';
import type { AuditEventsTable, Database } from '../schema.ts';

const sha256 = (text: string) => hash('sha256', text, 'hex');

/**
 * The audit chain over Kysely. `runInTransaction` runs a function in a transaction
 * (or in the caller's, when these stores are already bound to one).
 */
export function kyselyAuditStore(
  db: Kysely<Database>,
  runInTransaction: <T>(fn: (trx: Kysely<Database>) => Promise<T>) => Promise<T>,
): AuditStore {
  const appendChained = (events: readonly NewAuditEvent[]) =>
    runInTransaction(async (trx) => {
      if (events.length === 0) return [];
      // Writing the head row first takes the write lock (SQLite) or row lock
      // (PostgreSQL) before reading it, so concurrent appenders queue here.
      await trx
        .updateTable('audit_head')
        .set((eb) => ({ seq: eb.ref('seq') }))
        .where('id', '=', 1)
        .execute();
      const head = await trx
        .selectFrom('audit_head')
        .select(['seq', 'hash'])
        .where('id', '=', 1)
        .executeTakeFirstOrThrow();
      const chained: ChainedAuditEvent[] = [];
      let seq = Number(head.seq);
      let hash = head.hash;
      for (const event of events) {
        const link = chainAuditEvent({ ...event, seq: seq + 1 }, hash, sha256);
        chained.push(link);
        seq = link.seq;
        hash = link.hash;
      }
      // 14 columns a row: 100 rows a statement stays under SQLite's parameter limit.
      for (let i = 0; i < chained.length; i += 100)
        await trx
          .insertInto('audit_events')
          .values(chained.slice(i, i + 100).map(toRow))
          .execute();
      await trx.updateTable('audit_head').set({ seq, hash }).where('id', '=', 1).execute();
      return chained;
    });

  return {
    async append(event: NewAuditEvent) {
      const [chained] = await appendChained([event]);
      if (!chained) throw new Error('the audit chain did not take the event');
      return chained;
    },
    appendMany(events) {
      return appendChained(events);
    },
    async list(filter, { offset, limit }) {
      const base = db.selectFrom('audit_events').where(matching(filter));
      const [rows, total] = await Promise.all([
        base.selectAll().orderBy('seq', 'desc').offset(offset).limit(limit).execute(),
        base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
      ]);
      return { items: rows.map(fromRow), total: Number(total.n) };
    },
    async *scan(batchSize = 1000) {
      let after = 0;
      for (;;) {
        const rows = await db
          .selectFrom('audit_events')
          .selectAll()
          .where('seq', '>', after)
          .orderBy('seq')
          .limit(batchSize)
          .execute();
        for (const row of rows) yield fromRow(row);
        const last = rows.at(-1);
        if (!last || rows.length < batchSize) return;
        after = Number(last.seq);
      }
    },
    async head() {
      const h = await db
        .selectFrom('audit_head')
        .select(['seq', 'hash'])
        .where('id', '=', 1)
        .executeTakeFirst();
      if (!h)
        throw new Error('audit_head row is missing: the database was modified outside Concord');
      return { seq: Number(h.seq), hash: h.hash };
    },
  };
}

function matching(f: AuditFilter) {
  return (eb: ExpressionBuilder<Database, 'audit_events'>) => {
    const all: Expression<SqlBool>[] = [];
    if (f.actor !== undefined) all.push(eb('actor_name', '=', f.actor));
    if (f.action !== undefined) {
      // A trailing dot asks for every action in that family ('user.' matches 'user.create').
      all.push(
        f.action.endsWith('.')
          ? eb(
              eb.fn<string>('substr', ['action', eb.val(1), eb.val(f.action.length)]),
              '=',
              f.action,
            )
          : eb('action', '=', f.action),
      );
    }
    if (f.objectType !== undefined) all.push(eb('object_type', '=', f.objectType));
    if (f.objectId !== undefined) all.push(eb('object_id', '=', f.objectId));
    if (f.outcome !== undefined) all.push(eb('outcome', '=', f.outcome));
    if (f.from !== undefined) all.push(eb('at', '>=', f.from));
    if (f.to !== undefined) all.push(eb('at', '<=', f.to));
    if (f.maxSeq !== undefined) all.push(eb('seq', '<=', f.maxSeq));
    return eb.and(all);
  };
}

function toRow(e: ChainedAuditEvent): AuditEventsTable {
  return {
    seq: e.seq,
    at: e.at,
    actor_id: e.actorId,
    actor_name: e.actorName,
    actor_role: e.actorRole,
    action: e.action,
    object_type: e.objectType,
    object_id: e.objectId,
    purpose: e.purpose,
    outcome: e.outcome,
    client_address: e.clientAddress,
    details: JSON.stringify(e.details),
    prev_hash: e.prevHash,
    hash: e.hash,
  };
}

/** Rows are read back as stored, even when tampered with: verification must see what is there. */
function fromRow(r: Selectable<AuditEventsTable>): StoredAuditEvent {
  const details: unknown = safeJson(r.details);
  return {
    seq: Number(r.seq),
    at: r.at,
    actorId: r.actor_id,
    actorName: r.actor_name,
    actorRole: r.actor_role,
    action: r.action,
    objectType: r.object_type,
    objectId: r.object_id,
    purpose: r.purpose,
    outcome: r.outcome,
    clientAddress: r.client_address,
    // Unparseable details still hash to something, and never to the original.
    details: isFlatRecord(details) ? details : { unreadable: r.details },
    prevHash: r.prev_hash,
    hash: r.hash,
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function isFlatRecord(v: unknown): v is Record<string, string | number | boolean | null> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  return Object.values(v).every(
    (x) => x === null || ['string', 'number', 'boolean'].includes(typeof x),
  );
}
