import { randomFillSync } from 'node:crypto';
import {
  CompiledQuery,
  sql,
  type Expression,
  type ExpressionBuilder,
  type Insertable,
  type Kysely,
  type Selectable,
  type SqlBool,
} from 'kysely';
import {
  isGradeScheme,
  isSignalType,
  monotonicUuidv7,
  type JsonValue,
  type SignalType,
} from '@concord/core';
import type {
  NewSignal,
  Provenance,
  SignalFilter,
  SignalRecord,
  SignalStore,
  StorageDialect,
  UpsertReport,
} from '../ports.ts';
import type { Database, SignalsTable } from '../schema.ts';
import { EACH_ROW } from '../transactional-sqlite-dialect.ts';
import { readHandling } from './banks.ts';

/** Rows per statement: well under SQLite's and PostgreSQL's bound-parameter limits. */
const BATCH = 200;
/** Signals per upsert step (lookup, numbering, insert): a sync page in one go. */
const UPSERT_BATCH = 5000;
/** Values per `IN (...)` lookup: one bound parameter each. */
const LOOKUP_VALUES = 1000;
/** Rows added before the first analysis of the signals table on PostgreSQL (`keepStatistics`). */
const ANALYZE_AFTER_ROWS = 20_000;
/** This process's count of rows added since it last analyzed the table, and the rows then. */
const statistics = { addedSinceAnalyze: 0, rowsAtAnalyze: 0 };

/** Each column of the signals table with its PostgreSQL type, for inserts by column arrays. */
const PG_COLUMN_TYPES: { readonly [C in keyof SignalsTable]-?: 'text' | 'integer' | 'bigint' } = {
  id: 'text',
  bank_id: 'text',
  type: 'text',
  value: 'text',
  source_id: 'text',
  grade_scheme: 'text',
  grade_value: 'text',
  graded_by: 'text',
  graded_at: 'text',
  series: 'text',
  victim_identified: 'integer',
  offender_identified: 'integer',
  is_distributed: 'integer',
  comments: 'text',
  contributor: 'text',
  confirmations: 'integer',
  handling: 'text',
  lawful_basis: 'text',
  retain_until: 'text',
  extra: 'text',
  created_at: 'text',
  updated_at: 'text',
  retracted_at: 'text',
  retraction_reason: 'text',
  change_seq: 'bigint',
  provenance: 'text',
  remote_id: 'text',
  disputes: 'integer',
};

/**
 * Random bytes for row ids, drawn from a pool refilled 64 KiB at a time: one
 * call into the CSPRNG per ~6,500 ids instead of one per id, which showed in
 * bulk inserts. Each byte is handed out once.
 */
const pool = Buffer.alloc(64 * 1024);
let poolAt = pool.length;
function randomId(n: number): Uint8Array {
  if (poolAt + n > pool.length) {
    randomFillSync(pool);
    poolAt = 0;
  }
  const out = Uint8Array.prototype.slice.call(pool, poolAt, poolAt + n);
  poolAt += n;
  return out;
}

/**
 * Signal ids, each after the last this process made (even within one
 * millisecond): given in change order, new rows land at the end of the
 * primary-key index, and of peers' index on the ids they copy (remote ids),
 * instead of at random pages of them.
 */
const nextSignalId = monotonicUuidv7(randomId);

function flag(v: boolean | null): number | null {
  return v === null ? null : v ? 1 : 0;
}

function unflag(v: number | null): boolean | null {
  return v === null ? null : v === 1;
}

/** The columns an import may not change: a signal's identity, times and change number. */
const UNCLASSIFIED = new Set<keyof SignalsTable>([
  'id',
  'bank_id',
  'type',
  'value',
  'created_at',
  'updated_at',
  'change_seq',
  'retracted_at',
  'retraction_reason',
]);

/** The columns an import may change, as `newRow` gives them; equal columns mean the signal is unchanged. */
function classification(
  s: NewSignal,
): Omit<
  SignalsTable,
  | 'id'
  | 'bank_id'
  | 'type'
  | 'value'
  | 'created_at'
  | 'updated_at'
  | 'change_seq'
  | 'retracted_at'
  | 'retraction_reason'
> {
  const values = newRow(s, '', '', 0, '');
  const out: Record<string, unknown> = {};
  for (const [i, column] of COLUMNS.entries())
    if (!UNCLASSIFIED.has(column)) out[column] = values[i];
  return out as ReturnType<typeof classification>;
}

function sameClassification(
  row: Selectable<SignalsTable>,
  next: ReturnType<typeof classification>,
): boolean {
  return (Object.keys(next) as (keyof typeof next)[]).every((k) => row[k] === next[k]);
}

/** Orders `newRow` rows by type, then value. */
function byTypeAndValue(x: readonly unknown[], y: readonly unknown[]): number {
  const xt = x[2] as string;
  const yt = y[2] as string;
  if (xt !== yt) return xt < yt ? -1 : 1;
  const xv = x[3] as string;
  const yv = y[3] as string;
  return xv < yv ? -1 : xv > yv ? 1 : 0;
}

/** The signals table's columns, in the order `newRow` gives a row's values. */
const COLUMNS = Object.keys(PG_COLUMN_TYPES) as readonly (keyof SignalsTable)[];

/**
 * A new signal's row as its values in COLUMNS order: built once, straight
 * from the signal (a page makes thousands; objects per row showed as
 * garbage collection on the receiving node).
 */
function newRow(s: NewSignal, bankId: string, at: string, seq: number, id: string): unknown[] {
  const grade = s.grade;
  return [
    id,
    bankId,
    s.type,
    s.value,
    s.sourceId,
    grade?.scheme ?? null,
    grade?.value ?? null,
    grade?.gradedBy ?? null,
    grade?.gradedAt ?? null,
    s.series,
    flag(s.victimIdentified),
    flag(s.offenderIdentified),
    flag(s.isDistributed),
    s.comments,
    s.contributor,
    s.confirmations,
    JSON.stringify(s.handling),
    s.lawfulBasis,
    s.retainUntil,
    s.extra === null ? null : JSON.stringify(s.extra),
    at,
    at,
    null,
    null,
    seq,
    s.provenance === null ? null : JSON.stringify(s.provenance),
    s.remoteId,
    s.disputes,
  ];
}

/** Strings that need escaping inside a PostgreSQL array literal's double quotes. */
const ARRAY_ESCAPES = /["\\]/;

/**
 * A PostgreSQL array literal (`{"a","b",NULL}`) of text or numbers, sent
 * as one text parameter. Every string is quoted, so no word (NULL) or
 * character ({ , }) is read as syntax; only " and \ are escaped.
 */
function arrayLiteral(values: readonly unknown[]): string {
  let out = '{';
  for (let i = 0; i < values.length; i++) {
    if (i > 0) out += ',';
    const v = values[i];
    if (v === null || v === undefined) out += 'NULL';
    else if (typeof v === 'number') out += String(v);
    else {
      const text = String(v);
      out += ARRAY_ESCAPES.test(text) ? `"${text.replace(/["\\]/g, '\\$&')}"` : `"${text}"`;
    }
  }
  return `${out}}`;
}

export function kyselySignalStore(db: Kysely<Database>, dialect: StorageDialect): SignalStore {
  /**
   * New rows (values in COLUMNS order), in order. On SQLite one prepared
   * statement runs once per row in a single call (EACH_ROW); on PostgreSQL,
   * where each statement is a round trip, one statement for all of them.
   */
  async function insertRows(rows: readonly (readonly unknown[])[]): Promise<void> {
    const [first] = rows;
    if (first === undefined) return;
    if (dialect === 'sqlite') {
      const named = Object.fromEntries(COLUMNS.map((c, i) => [c, first[i]]));
      const single = db
        .insertInto('signals')
        .values(named as Insertable<SignalsTable>)
        .compile();
      // The statement must bind the columns in COLUMNS order.
      if (single.parameters.some((p, i) => p !== (first[i] ?? null)))
        throw new Error('signals insert: the statement binds columns in an unexpected order');
      await db.executeQuery(CompiledQuery.raw(`${EACH_ROW}${single.sql}`, rows as unknown[][]));
      return;
    }
    // One statement, whatever the row count: a column the same in every row
    // (the bank, the times, often the handling code) is one parameter; any
    // other is one array literal, taken apart by unnest. Ids are always an
    // array: they give the row count.
    const columns: ReturnType<typeof sql>[] = [];
    const arrays: ReturnType<typeof sql>[] = [];
    for (const [i, column] of COLUMNS.entries()) {
      const type = sql.raw(PG_COLUMN_TYPES[column]);
      const v = first[i] ?? null;
      if (column !== 'id' && rows.every((r) => (r[i] ?? null) === v)) {
        columns.push(sql`${v}::${type}`);
        continue;
      }
      const name = sql.ref(`c${arrays.length}`);
      columns.push(name);
      arrays.push(sql`${arrayLiteral(rows.map((r) => r[i]))}::${type}[]`);
    }
    const names = arrays.map((_, k) => sql.ref(`c${k}`));
    await sql`insert into signals (${sql.join(COLUMNS.map((c) => sql.ref(c)))})
      select ${sql.join(columns)} from unnest(${sql.join(arrays)}) as t(${sql.join(names)})`.execute(
      db,
    );
  }

  /**
   * Takes the bank's row lock until the transaction ends (PostgreSQL; SQLite
   * has one writer), so that what the write reads next is what earlier
   * writers committed: two retractions of one signal, or two imports reviving
   * it, then change the live count once, not twice.
   */
  async function lockBank(bankId: string): Promise<void> {
    await db
      .updateTable('banks')
      .set((eb) => ({ change_seq: eb.ref('change_seq') }))
      .where('id', '=', bankId)
      .execute();
  }

  /**
   * Reserves `count` change numbers in a bank and returns the first; `live`
   * is what the changes add to (or take from) the bank's live signals.
   */
  async function reserveChanges(bankId: string, count: number, live: number): Promise<number> {
    const row = await db
      .updateTable('banks')
      .set((eb) => ({
        change_seq: eb('change_seq', '+', count),
        signal_count: eb('signal_count', '+', live),
      }))
      .where('id', '=', bankId)
      .returning('change_seq')
      .executeTakeFirst();
    if (!row) throw new Error(`no bank ${bankId}`);
    return Number(row.change_seq) - count + 1;
  }

  /**
   * The bank's rows for these signals, keyed `type:value`. One query per type
   * with `value IN (...)`, so each lookup walks the (type, value, bank) index
   * instead of every row of the bank (an OR of pairs is not indexable). On
   * PostgreSQL that plan needs statistics on the table: see `keepStatistics`.
   */
  async function existingByKey(
    bankId: string,
    batch: readonly NewSignal[],
  ): Promise<Map<string, Selectable<SignalsTable>>> {
    const valuesByType = new Map<string, string[]>();
    for (const s of batch) {
      const values = valuesByType.get(s.type);
      if (values) values.push(s.value);
      else valuesByType.set(s.type, [s.value]);
    }
    const byKey = new Map<string, Selectable<SignalsTable>>();
    for (const [type, values] of valuesByType) {
      for (let i = 0; i < values.length; i += LOOKUP_VALUES) {
        const rows = await db
          .selectFrom('signals')
          .selectAll()
          .where('bank_id', '=', bankId)
          .where('type', '=', type)
          .where('value', 'in', values.slice(i, i + LOOKUP_VALUES))
          .execute();
        for (const r of rows) byKey.set(`${r.type}:${r.value}`, r);
      }
    }
    return byKey;
  }

  /**
   * Analyzes the signals table on PostgreSQL when this process has added as
   * many rows as the table held at its last analysis (and at least
   * ANALYZE_AFTER_ROWS), as PostgreSQL's guide advises after bulk loading.
   * A sync fills a new bank faster than autovacuum analyzes it; without
   * column statistics the planner took `type = ?` for rare and answered
   * `value IN (...)` by scanning the type's whole range of the index
   * (measured: 100k signals took most of the server's time). One analysis
   * samples 30,000 rows, whatever the table's size (about 0.1 s).
   */
  async function keepStatistics(inserted: number): Promise<void> {
    if (dialect !== 'postgres' || inserted === 0) return;
    statistics.addedSinceAnalyze += inserted;
    if (statistics.addedSinceAnalyze < Math.max(ANALYZE_AFTER_ROWS, statistics.rowsAtAnalyze))
      return;
    // SKIP_LOCKED: never waits. Its lock lasts until this transaction ends,
    // so another writer's analysis is skipped instead of waiting on ours.
    await sql`analyze (skip_locked) signals`.execute(db);
    const row = await sql<{ n: number }>`select reltuples::float8 as n from pg_class
      where oid = 'signals'::regclass`.execute(db);
    statistics.rowsAtAnalyze = Math.max(0, Number(row.rows[0]?.n ?? 0));
    statistics.addedSinceAnalyze = 0;
  }

  /**
   * Runs a write in a transaction of its own when the caller has none: the
   * bank's change number and live count move with the signals, or not at all.
   */
  const atomically = <T>(write: (store: SignalStore) => Promise<T>): Promise<T> =>
    db.transaction().execute((trx) => write(kyselySignalStore(trx, dialect)));

  return {
    async upsert(bankId, signals, at) {
      if (!db.isTransaction) return atomically((store) => store.upsert(bankId, signals, at));
      await lockBank(bankId);
      const report = { inserted: 0, updated: 0, unchanged: 0 };
      for (let i = 0; i < signals.length; i += UPSERT_BATCH) {
        const batch = signals.slice(i, i + UPSERT_BATCH);
        const byKey = await existingByKey(bankId, batch);
        // Changes are numbered in the order the caller gave them: new
        // signals (no row), and changed or retracted ones (with their row).
        const changes: (
          | { readonly signal: NewSignal; readonly row: undefined }
          | {
              readonly row: Selectable<SignalsTable>;
              readonly next: ReturnType<typeof classification>;
            }
        )[] = [];
        let madeLive = 0; // new signals, and retracted ones brought back
        for (const signal of batch) {
          const row = byKey.get(`${signal.type}:${signal.value}`);
          if (!row) {
            madeLive += 1;
            changes.push({ signal, row });
            continue;
          }
          const next = classification(signal);
          if (row.retracted_at === null && sameClassification(row, next)) {
            report.unchanged += 1;
            continue;
          }
          if (row.retracted_at !== null) madeLive += 1;
          changes.push({ row, next });
        }
        if (changes.length === 0) continue;
        const first = await reserveChanges(bankId, changes.length, madeLive);
        const idTime = new Date(at);
        const inserts: unknown[][] = [];
        for (const [k, c] of changes.entries()) {
          if (c.row === undefined)
            inserts.push(newRow(c.signal, bankId, at, first + k, nextSignalId(idTime)));
        }
        // Written in key order: the (type, value, bank) index then takes the
        // page's rows in one sweep instead of at random pages of it. Each row
        // keeps the change number and id given above, in change order.
        inserts.sort(byTypeAndValue);
        await insertRows(inserts);
        for (const [k, c] of changes.entries()) {
          if (c.row)
            await db
              .updateTable('signals')
              .set({
                ...c.next,
                updated_at: at,
                retracted_at: null,
                retraction_reason: null,
                change_seq: first + k,
              })
              .where('id', '=', c.row.id)
              .execute();
        }
        await keepStatistics(inserts.length);
        report.inserted += inserts.length;
        report.updated += changes.length - inserts.length;
      }
      return report satisfies UpsertReport;
    },
    async get(id) {
      const row = await db
        .selectFrom('signals')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? fromRow(row) : null;
    },
    async getMany(ids) {
      const out: SignalRecord[] = [];
      for (let i = 0; i < ids.length; i += BATCH) {
        const rows = await db
          .selectFrom('signals')
          .selectAll()
          .where('id', 'in', ids.slice(i, i + BATCH))
          .execute();
        out.push(...rows.map(fromRow));
      }
      return out;
    },
    async search(filter, { offset, limit }) {
      const base = db.selectFrom('signals').where(matching(filter));
      const [rows, total] = await Promise.all([
        base
          .selectAll()
          .orderBy('bank_id')
          .orderBy('change_seq')
          .offset(offset)
          .limit(limit)
          .execute(),
        base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
      ]);
      return { items: rows.map(fromRow), total: Number(total.n) };
    },
    async findByValues(type, values) {
      const out: SignalRecord[] = [];
      for (let i = 0; i < values.length; i += BATCH) {
        const rows = await db
          .selectFrom('signals')
          .selectAll()
          .where('type', '=', type)
          .where('value', 'in', values.slice(i, i + BATCH))
          .where('retracted_at', 'is', null)
          .execute();
        out.push(...rows.map(fromRow));
      }
      return out;
    },
    async retract(id, reason, at) {
      if (!db.isTransaction) return atomically((store) => store.retract(id, reason, at));
      const isLive = () =>
        db
          .selectFrom('signals')
          .select(['bank_id'])
          .where('id', '=', id)
          .where('retracted_at', 'is', null)
          .executeTakeFirst();
      const seen = await isLive();
      if (!seen) return null;
      await lockBank(seen.bank_id);
      // Read again under the lock: a retraction that got there first has committed.
      const live = await isLive();
      if (!live) return null;
      const seq = await reserveChanges(live.bank_id, 1, -1);
      await db
        .updateTable('signals')
        .set({ retracted_at: at, retraction_reason: reason, updated_at: at, change_seq: seq })
        .where('id', '=', id)
        .execute();
      const row = await db
        .selectFrom('signals')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      return fromRow(row);
    },
    async changesSince(bankId, afterSeq, limit) {
      const rows = await db
        .selectFrom('signals')
        .selectAll()
        .where('bank_id', '=', bankId)
        .where('change_seq', '>', afterSeq)
        .orderBy('change_seq')
        .limit(limit)
        .execute();
      return rows.map(fromRow);
    },
    async purgeExpired(localNodeId, now) {
      if (!db.isTransaction) return atomically((store) => store.purgeExpired(localNodeId, now));
      const expired = await db
        .selectFrom('signals')
        .innerJoin('banks', 'banks.id', 'signals.bank_id')
        .select(['signals.id as id', 'signals.bank_id as bank_id'])
        .where('banks.origin_node_id', '!=', localNodeId)
        .where('signals.retain_until', 'is not', null)
        .where('signals.retain_until', '<', now)
        .execute();
      const byBank = new Map<string, string[]>();
      for (const row of expired) {
        const ids = byBank.get(row.bank_id);
        if (ids) ids.push(row.id);
        else byBank.set(row.bank_id, [row.id]);
      }
      for (const [bankId, ids] of byBank) {
        // Counted as deleted, not as read: a retraction in between is counted once.
        let live = 0;
        for (let i = 0; i < ids.length; i += BATCH) {
          const batch = ids.slice(i, i + BATCH);
          const deleted = await db
            .deleteFrom('signals')
            .where('id', 'in', batch)
            .where('retracted_at', 'is', null)
            .executeTakeFirst();
          live += Number(deleted.numDeletedRows);
          await db.deleteFrom('signals').where('id', 'in', batch).execute();
        }
        await db
          .updateTable('banks')
          .set((eb) => ({ signal_count: eb('signal_count', '-', live) }))
          .where('id', '=', bankId)
          .execute();
      }
      return [...byBank].map(([bankId, signalIds]) => ({ bankId, signalIds }));
    },
    async findByRemoteId(bankId, remoteId) {
      const row = await db
        .selectFrom('signals')
        .selectAll()
        .where('bank_id', '=', bankId)
        .where('remote_id', '=', remoteId)
        .executeTakeFirst();
      return row ? fromRow(row) : null;
    },
    async addFeedback(id, kind, at) {
      if (!db.isTransaction) return atomically((store) => store.addFeedback(id, kind, at));
      const row = await db
        .selectFrom('signals')
        .select(['bank_id'])
        .where('id', '=', id)
        .where('retracted_at', 'is', null)
        .executeTakeFirst();
      if (!row) return null;
      const seq = await reserveChanges(row.bank_id, 1, 0);
      await db
        .updateTable('signals')
        .set((eb) =>
          kind === 'confirm'
            ? { confirmations: eb('confirmations', '+', 1), updated_at: at, change_seq: seq }
            : { disputes: eb('disputes', '+', 1), updated_at: at, change_seq: seq },
        )
        .where('id', '=', id)
        .execute();
      const updated = await db
        .selectFrom('signals')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      return fromRow(updated);
    },
    async *scanForIndex(types, batchSize = 5000) {
      let after = '';
      for (;;) {
        const rows = await db
          .selectFrom('signals')
          .select(['id', 'bank_id', 'type', 'value'])
          .where('type', 'in', [...types])
          .where('retracted_at', 'is', null)
          .where('id', '>', after)
          .orderBy('id')
          .limit(batchSize)
          .execute();
        for (const r of rows) {
          if (isSignalType(r.type))
            yield { id: r.id, bankId: r.bank_id, type: r.type, value: r.value };
        }
        const last = rows.at(-1);
        if (!last || rows.length < batchSize) return;
        after = last.id;
      }
    },
  };
}

function matching(f: SignalFilter) {
  return (eb: ExpressionBuilder<Database, 'signals'>) => {
    const all: Expression<SqlBool>[] = [];
    if (f.bankId !== undefined) all.push(eb('bank_id', '=', f.bankId));
    if (f.type !== undefined) all.push(eb('type', '=', f.type));
    if (f.value !== undefined) all.push(eb('value', '=', f.value));
    if (f.series !== undefined) all.push(eb('series', '=', f.series));
    if (f.gradeScheme !== undefined) all.push(eb('grade_scheme', '=', f.gradeScheme));
    if (f.gradeValue !== undefined) all.push(eb('grade_value', '=', f.gradeValue));
    if (!f.includeRetracted) all.push(eb('retracted_at', 'is', null));
    return eb.and(all);
  };
}

function fromRow(r: Selectable<SignalsTable>): SignalRecord {
  if (!isSignalType(r.type)) throw new Error(`signal ${r.id} has unknown type ${r.type}`);
  const type: SignalType = r.type;
  const scheme = r.grade_scheme;
  const grade =
    scheme !== null && isGradeScheme(scheme) && r.grade_value !== null
      ? { scheme, value: r.grade_value, gradedBy: r.graded_by ?? '', gradedAt: r.graded_at ?? '' }
      : null;
  return {
    id: r.id,
    bankId: r.bank_id,
    type,
    value: r.value,
    sourceId: r.source_id,
    grade,
    series: r.series,
    victimIdentified: unflag(r.victim_identified),
    offenderIdentified: unflag(r.offender_identified),
    isDistributed: unflag(r.is_distributed),
    comments: r.comments,
    contributor: r.contributor,
    confirmations: r.confirmations,
    handling: readHandling(r.handling, `signal ${r.id}`),
    lawfulBasis: r.lawful_basis,
    retainUntil: r.retain_until,
    extra: r.extra === null ? null : (JSON.parse(r.extra) as { [key: string]: JsonValue }),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    retractedAt: r.retracted_at,
    retractionReason: r.retraction_reason,
    changeSeq: Number(r.change_seq),
    provenance: r.provenance === null ? null : (JSON.parse(r.provenance) as Provenance),
    remoteId: r.remote_id,
    disputes: r.disputes,
  };
}
