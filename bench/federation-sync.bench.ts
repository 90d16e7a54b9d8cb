// Seconds to sync a bank of N signals (default 1M) from node A to node B on
// loopback, on SQLite or PostgreSQL, each node in its own process as deployed
// nodes are (B is forked: federation-node-process.ts): B subscribes to the bank A offered it and
// pulls it page by page (A reads the changes, decides each one through the
// sharing policy, seals the page; B verifies, decrypts, validates and applies
// it with its cursor in one transaction). Timed from the first request to the
// last page applied; afterwards both sides' counts and content checksums must
// match.
// Baselines, same run and same database server:
//  - bulk_insert_floor_s: the same N rows, as B stores them (provenance and
//    remote ids), written with plain multi-row INSERTs (500 rows a statement,
//    5000 a transaction) into a fresh, migrated database: the floor.
//  - upsert_floor_s: the same rows through signals.upsert into a fresh node,
//    one transaction per page: the store's cost with no network,
//    cryptography, policy or validation.
//   npm run bench -- federation-sync [--signals N] [--database sqlite|postgres] [--runs R]
//     [--no-baselines]   (skips both floors: quicker, for trying a change; no of_floor)
import assert from 'node:assert/strict';
import { randomBytes, randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { monotonicUuidv7 } from '@concord/core';
import { openStorage, SQLITE_PRAGMAS, type NewSignal } from '@concord/storage';
import {
  createPostgresTestDatabase,
  createSqliteTestDatabase,
  withRawDatabase,
} from '@concord/storage/testing';
import {
  bankDigest,
  benchSignal,
  databaseOption,
  handling,
  intOption,
  median,
  seconds,
  startBenchNode,
  type BenchDatabase,
  type BenchNode,
} from './federation-nodes.ts';
import { RemoteBenchNode } from './federation-node-process.ts';
import type { Bench, BenchLine } from './run.ts';

/** Rows per transaction when filling a bank and in the floor: the sync page size. */
const CHUNK = 5000;

/** Ids as a node makes them: each after the last (see monotonicUuidv7). */
const nextId = monotonicUuidv7((n) => randomBytes(n));

function chunkOf(contributor: string, from: number, to: number, received: boolean): NewSignal[] {
  const out: NewSignal[] = [];
  for (let n = from; n < to; n++) {
    const s = benchSignal(contributor, n);
    out.push(
      received
        ? {
            ...s,
            provenance: { origin: contributor, path: [contributor] },
            // The sender's ids, which it made in change order.
            remoteId: nextId(new Date()),
          }
        : s,
    );
  }
  return out;
}

/** Fills a new bank on A with `signals` signals; returns its id and the seconds it took. */
async function fillBank(a: BenchNode, signals: number): Promise<{ bankId: string; s: number }> {
  const created = await a.admin.request('POST', '/api/v1/banks', {
    name: 'bench-shared',
    description: 'benchmark bank (synthetic hashes)',
    handling: handling('GREEN'),
  });
  assert.equal(created.statusCode, 201, created.body);
  const bankId: string = created.json().id;
  const at = a.node.clock.now().toISOString();
  const start = process.hrtime.bigint();
  for (let i = 0; i < signals; i += CHUNK) {
    const chunk = chunkOf(a.nodeId, i, Math.min(signals, i + CHUNK), false);
    await a.node.ctx.storage.transaction((tx) => tx.signals.upsert(bankId, chunk, at));
  }
  return { bankId, s: seconds(start) };
}

/** Rows per INSERT statement in the plain-insert floor (28 parameters a row). */
const INSERT_ROWS = 500;

/** A signal as the signals table holds it. */
function row(bankId: string, s: NewSignal, seq: number, at: string) {
  const flag = (v: boolean | null) => (v === null ? null : v ? 1 : 0);
  return {
    id: nextId(new Date(at)),
    bank_id: bankId,
    type: s.type,
    value: s.value,
    source_id: s.sourceId,
    grade_scheme: s.grade?.scheme ?? null,
    grade_value: s.grade?.value ?? null,
    graded_by: s.grade?.gradedBy ?? null,
    graded_at: s.grade?.gradedAt ?? null,
    series: s.series,
    victim_identified: flag(s.victimIdentified),
    offender_identified: flag(s.offenderIdentified),
    is_distributed: flag(s.isDistributed),
    comments: s.comments,
    contributor: s.contributor,
    confirmations: s.confirmations,
    handling: JSON.stringify(s.handling),
    lawful_basis: s.lawfulBasis,
    retain_until: s.retainUntil,
    extra: null,
    provenance: JSON.stringify(s.provenance),
    remote_id: s.remoteId,
    disputes: s.disputes,
    created_at: at,
    updated_at: at,
    retracted_at: null,
    retraction_reason: null,
    change_seq: seq,
  };
}

/**
 * The floor: the same rows with plain multi-row INSERTs into a fresh database
 * migrated to the same schema, on its own connection (no store code).
 */
async function plainInsertFloor(database: BenchDatabase, contributor: string, signals: number) {
  const target =
    database === 'sqlite' ? createSqliteTestDatabase() : await createPostgresTestDatabase();
  try {
    const opened = await openStorage(target.location);
    assert.ok(opened.ok, opened.ok ? '' : opened.error.message);
    const at = new Date().toISOString();
    const bankId = randomUUID();
    const bank = await opened.value.storage.banks.create({
      id: bankId,
      name: 'bench-plain',
      description: 'floor',
      originNodeId: contributor,
      handling: handling('GREEN'),
      createdAt: at,
      updatedAt: at,
    });
    assert.ok(!('kind' in bank));
    await opened.value.storage.close();
    return await withRawDatabase(target.location, async (raw) => {
      const db = raw as Kysely<{ signals: ReturnType<typeof row> }>;
      // The node's own settings for its SQLite connection.
      if (database === 'sqlite')
        for (const pragma of SQLITE_PRAGMAS) await sql.raw(`pragma ${pragma}`).execute(db);
      let s = 0;
      for (let i = 0; i < signals; i += CHUNK) {
        const rows = chunkOf(contributor, i, Math.min(signals, i + CHUNK), true).map((x, j) =>
          row(bankId, x, i + j + 1, at),
        );
        const start = process.hrtime.bigint(); // making the rows is not the database's cost
        await db.transaction().execute(async (tx) => {
          for (let j = 0; j < rows.length; j += INSERT_ROWS)
            await tx
              .insertInto('signals')
              .values(rows.slice(j, j + INSERT_ROWS))
              .execute();
        });
        s += seconds(start);
      }
      return s;
    });
  } finally {
    await target.drop();
  }
}

/** The same signals through signals.upsert into a fresh node's storage, one transaction per page. */
async function upsertFloor(database: BenchDatabase, contributor: string, signals: number) {
  const c = await startBenchNode('Bench Unit C', database);
  try {
    const storage = c.node.ctx.storage;
    const at = c.node.clock.now().toISOString();
    const bank = await storage.banks.create({
      id: randomUUID(),
      name: 'bench-floor',
      description: 'floor',
      originNodeId: contributor,
      handling: handling('GREEN'),
      createdAt: at,
      updatedAt: at,
    });
    assert.ok(!('kind' in bank));
    let s = 0;
    for (let i = 0; i < signals; i += CHUNK) {
      const chunk = chunkOf(contributor, i, Math.min(signals, i + CHUNK), true);
      const start = process.hrtime.bigint(); // generating the rows is not the store's cost
      await storage.transaction((tx) => tx.signals.upsert(bank.id, chunk, at));
      s += seconds(start);
    }
    return s;
  } finally {
    await c.node.close();
  }
}

/**
 * A fresh B, in a process of its own as a real peer is, peers with A,
 * subscribes to the offered bank and pulls it all; seconds and what B holds.
 */
async function syncOnce(a: BenchNode, bankId: string, database: BenchDatabase) {
  const b = await RemoteBenchNode.start('Bench Unit B', database);
  try {
    const bCard = await b.ask<{ card: unknown; fingerprint: string; nodeId: string }>({
      op: 'card',
    });
    const added = await a.admin.request('POST', '/api/v1/peers', {
      card: bCard.card,
      fingerprint: bCard.fingerprint,
    });
    assert.equal(added.statusCode, 201, added.body);
    const aCard = (await a.admin.request('GET', '/api/v1/node/card')).json();
    await b.ask({ op: 'peer', card: aCard.card, fingerprint: aCard.fingerprint });
    const rule = await a.admin.request('POST', `/api/v1/banks/${bankId}/sharing-rules`, {
      target: { kind: 'peer', nodeId: bCard.nodeId },
      maxTlp: 'AMBER',
    });
    assert.equal(rule.statusCode, 201, rule.body);
    assert.ok((await a.node.app.concord.federation.deliver()) >= 1, 'the offer reached B');
    const { id, localBankId } = await b.ask<{ id: string; localBankId: string }>({
      op: 'subscribe-offered',
    });

    const start = process.hrtime.bigint();
    const pulled = await b.ask<{ pages: number; complete: boolean }>({
      op: 'pull',
      subscriptionId: id,
    });
    const s = seconds(start);
    assert.equal(pulled.complete, true);
    return {
      s,
      pages: pulled.pages,
      held: await b.ask<{ count: number; checksum: string }>({ op: 'digest', bankId: localBankId }),
    };
  } finally {
    await b.close();
  }
}

const bench: Bench = async (args, emit) => {
  const signals = intOption(args, 'signals', 1_000_000);
  const runs = intOption(args, 'runs', 1);
  const baselines = !args.includes('--no-baselines');
  const database = databaseOption(args);
  const aim = database === 'sqlite' ? 60 : 90;
  const line = (metric: string, value: number, extra: Record<string, string | number> = {}) =>
    emit({
      bench: 'federation-sync',
      metric,
      value: Number(value.toFixed(2)),
      unit: 's',
      signals,
      database,
      ...extra,
    } satisfies BenchLine);

  const a = await startBenchNode('Bench Unit A', database);
  try {
    const filled = await fillBank(a, signals);
    line('fill_sender_s', filled.s, { note: 'setup: signals.upsert on A, 5000 per transaction' });
    const sent = await bankDigest(a.node.ctx.storage, filled.bankId);
    assert.equal(sent.count, signals);

    const floors: number[] = [];
    const upserts: number[] = [];
    const syncs: { s: number; pages: number }[] = [];
    for (let r = 0; r < runs; r++) {
      if (baselines) {
        floors.push(await plainInsertFloor(database, a.nodeId, signals));
        upserts.push(await upsertFloor(database, a.nodeId, signals));
      }
      const synced = await syncOnce(a, filled.bankId, database);
      assert.deepEqual(synced.held, sent, 'B holds exactly what A shared');
      syncs.push(synced);
    }
    const floorS = median(floors);
    if (baselines) {
      line('bulk_insert_floor_s', floorS, {
        baseline: 'plain INSERT of the same rows, 500 a statement, 5000 a transaction',
        runs_s: floors.map((x) => x.toFixed(1)).join(' '),
      });
      line('upsert_floor_s', median(upserts), {
        baseline: 'signals.upsert of the same rows into a fresh node, 5000 per transaction',
        runs_s: upserts.map((x) => x.toFixed(1)).join(' '),
        of_floor: Number((median(upserts) / floorS).toFixed(2)),
      });
    }
    const syncS = median(syncs.map((x) => x.s));
    line('sync_s', syncS, {
      processes: 2,
      pages: syncs[0]?.pages ?? 0,
      signals_per_s: Math.round(signals / syncS),
      runs_s: syncs.map((x) => x.s.toFixed(1)).join(' '),
      ...(baselines ? { of_floor: Number((syncS / floorS).toFixed(2)) } : {}),
      aim_s: aim,
      checksum: sent.checksum,
    });
  } finally {
    await a.node.close();
  }
};

export default bench;
