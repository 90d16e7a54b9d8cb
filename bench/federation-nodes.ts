// Shared by the federation benches: two real nodes listening on loopback and
// peered the way administrators peer them (card and fingerprint through the
// API), plus option parsing and the signals the benches send.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { DEFAULT_HANDLING, type HandlingCode, type Tlp } from '@concord/core';
import { TestBrowser, freePort, startTestNode, type TestNode } from '@concord/server/testing';
import type { NewSignal, Storage } from '@concord/storage';

export type BenchDatabase = 'sqlite' | 'postgres';

export interface BenchNode {
  readonly node: TestNode;
  readonly admin: TestBrowser;
  readonly nodeId: string;
}

const PASSWORD = 'correct horse battery staple';

export function intOption(args: readonly string[], name: string, fallback: number): number {
  const i = args.indexOf(`--${name}`);
  const value = i >= 0 ? Number(args[i + 1]?.replace(/_/g, '')) : fallback;
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`--${name} must be a positive whole number`);
  return value;
}

export function databaseOption(args: readonly string[]): BenchDatabase {
  const i = args.indexOf('--database');
  const value = i >= 0 ? args[i + 1] : 'sqlite';
  if (value !== 'sqlite' && value !== 'postgres')
    throw new Error('--database must be sqlite or postgres');
  return value;
}

/** A node listening on 127.0.0.1 with its card pointing there, its administrator signed in. */
export async function startBenchNode(name: string, database: BenchDatabase): Promise<BenchNode> {
  const port = await freePort();
  const node = await startTestNode({ federationPort: port, name, jurisdiction: 'FR', database });
  await node.app.listen({ host: '127.0.0.1', port });
  const admin = new TestBrowser(node.app);
  await admin.signInFully('admin', node.adminOneTimePassword, PASSWORD);
  return { node, admin, nodeId: node.ctx.identity.nodeId };
}

/** `from` adds `to` as a peer from its card, with the fingerprint as a person would read it. */
export async function peer(from: BenchNode, to: BenchNode): Promise<void> {
  const card = (await to.admin.request('GET', '/api/v1/node/card')).json();
  const r = await from.admin.request('POST', '/api/v1/peers', {
    card: card.card,
    fingerprint: card.fingerprint,
  });
  assert.equal(r.statusCode, 201, r.body);
}

/** Two nodes, each the other's peer. */
export async function startPeeredPair(
  database: BenchDatabase,
): Promise<{ a: BenchNode; b: BenchNode; close(): Promise<void> }> {
  const a = await startBenchNode('Bench Unit A', database);
  const b = await startBenchNode('Bench Unit B', database);
  await peer(a, b);
  await peer(b, a);
  return {
    a,
    b,
    async close() {
      await a.node.close();
      await b.node.close();
    },
  };
}

export function handling(tlp: Tlp): HandlingCode {
  return { ...DEFAULT_HANDLING, tlp };
}

/** The n-th benchmark signal: a synthetic MD5 (no media behind it), graded, in one of 16 series. */
export function benchSignal(contributor: string, n: number): NewSignal {
  return {
    type: 'md5',
    value: createHash('md5').update(`concord-bench-${n}`).digest('hex'),
    sourceId: null,
    grade: {
      scheme: 'caid',
      value: n % 3 === 0 ? 'B' : 'A',
      gradedBy: contributor,
      gradedAt: '2026-05-01T00:00:00.000Z',
    },
    series: `series-${n % 16}`,
    victimIdentified: n % 5 === 0,
    offenderIdentified: null,
    isDistributed: true,
    comments: null,
    contributor,
    confirmations: 0,
    handling: handling(n % 4 === 0 ? 'AMBER' : 'GREEN'),
    lawfulBasis: null,
    retainUntil: null,
    extra: null,
    provenance: null,
    remoteId: null,
    disputes: 0,
  };
}

/**
 * Count and an order-independent checksum of a bank's live signals (type,
 * value, TLP and grade), read page by page in change order.
 */
export async function bankDigest(
  storage: Storage,
  bankId: string,
): Promise<{ count: number; checksum: string }> {
  const sum = new Uint32Array(8);
  let count = 0;
  let cursor = 0;
  for (;;) {
    const page = await storage.signals.changesSince(bankId, cursor, 5000);
    for (const s of page) {
      if (s.retractedAt !== null) continue;
      count += 1;
      const h = createHash('sha256')
        .update(`${s.type}:${s.value}:${s.handling.tlp}:${s.grade?.value ?? ''}`)
        .digest();
      // Lane-wise addition: the same set gives the same sum in any order.
      for (let i = 0; i < 8; i++) sum[i] = ((sum[i] ?? 0) + h.readUInt32BE(i * 4)) >>> 0;
    }
    const last = page.at(-1);
    if (!last || page.length < 5000) break;
    cursor = last.changeSeq;
  }
  return { count, checksum: Buffer.from(sum.buffer).toString('hex') };
}

export function seconds(since: bigint): number {
  return Number(process.hrtime.bigint() - since) / 1e9;
}

/** The median of a few runs. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] ?? NaN)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}
