// Envelopes per second between two real nodes on loopback, each in its own
// process as deployed nodes are (B is forked: federation-node-process.ts).
// A queues N ping messages for B, each sealed (JWE to B's X25519 key, signed
// with A's Ed25519 key) and persisted in A's outbox, one event-loop turn per
// message, while A's own delivery loop (started as `concord serve` starts it)
// sends them in batches over HTTP; B opens each (signature, replay,
// decryption, schema), accepts it into its idempotent inbox with an audit
// event and a signed receipt (version 2: one signature per accepted batch,
// each receipt with its inclusion proof), and A verifies and stores every
// receipt.
// Timed from the first send to the last stored receipt; then every message
// is checked for a receipt on A and an inbox row on B.
// Also measured: the same with both nodes in one process (one core).
// Baseline, same run: the same cryptography in-process with no HTTP and no
// storage, one thread: sealEnvelope and openEnvelope for each message, and
// version 2 receipts as the nodes use them (signReceipts for each 256, and
// verifyReceipt for each with one signature check per batch).
//   npm run bench -- federation-envelopes [--messages N] [--database sqlite|postgres] [--runs R]
//     [--processes 1|2] (only that node run; both by default) [--no-baselines] (for profiling)
import assert from 'node:assert/strict';
import { generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto';
import { uuidv7 } from '@concord/core';
import {
  openEnvelope,
  sealEnvelope,
  signReceipts,
  verifyReceipt,
  type ReceiptSignatureCache,
} from '@concord/federation';
import { RemoteBenchNode } from './federation-node-process.ts';
import {
  databaseOption,
  intOption,
  median,
  seconds,
  startBenchNode,
  type BenchDatabase,
  type BenchNode,
} from './federation-nodes.ts';
import type { Bench, BenchLine } from './run.ts';

function rawPublicKey(key: KeyObject): string {
  const { x } = key.export({ format: 'jwk' });
  if (typeof x !== 'string') throw new Error('not an OKP key');
  return x;
}

/** Seal and open each, receipts per 256 (version 2): the cryptography of the pipeline, in-process. */
async function cryptoOnly(messages: number): Promise<number> {
  const aSign = generateKeyPairSync('ed25519');
  const bSign = generateKeyPairSync('ed25519');
  const bEnc = generateKeyPairSync('x25519');
  const aSignRaw = rawPublicKey(aSign.publicKey);
  const bSignRaw = rawPublicKey(bSign.publicKey);
  const now = new Date();
  const start = process.hrtime.bigint();
  let batch: { messageId: string; envelopeDigest: string }[] = [];
  const receipts = async () => {
    const signed = await signReceipts(
      { sender: 'node-a', receiver: 'node-b', receivedAt: now.toISOString(), messages: batch },
      bSign.privateKey,
      'sig-b',
    );
    const signatures: ReceiptSignatureCache = new Map();
    for (const [i, m] of batch.entries()) {
      const verified = await verifyReceipt(
        signed[i] ?? '',
        { ...m, receiver: 'node-b' },
        bSignRaw,
        signatures,
      );
      assert.ok(verified.ok);
    }
    batch = [];
  };
  for (let i = 0; i < messages; i++) {
    const claims = {
      id: uuidv7(now, (n) => randomBytes(n)),
      type: 'ping',
      schemaVersion: 1,
      sender: 'node-a',
      recipient: 'node-b',
      created: now.toISOString(),
      expires: new Date(now.getTime() + 86_400_000).toISOString(),
      handling: null,
    };
    const envelope = await sealEnvelope(
      claims,
      { note: `bench ${i}` },
      {
        signingKey: aSign.privateKey,
        signingKid: 'sig-a',
        recipientEncryptionKey: rawPublicKey(bEnc.publicKey),
        recipientEncryptionKid: 'enc-b',
      },
    );
    const opened = await openEnvelope(envelope, {
      myNodeId: 'node-b',
      now,
      resolveSender: async () => ({ publicKey: aSignRaw }),
      decryptionKey: () => bEnc.privateKey,
      seen: async () => false,
      supportedVersions: () => [1],
    });
    assert.ok(opened.ok, opened.ok ? '' : opened.error.message);
    batch.push({ messageId: claims.id, envelopeDigest: opened.value.digest });
    if (batch.length === 256) await receipts();
  }
  if (batch.length > 0) await receipts();
  return seconds(start);
}

/** Node B as the bench sees it: in this process, or in a child process of its own. */
interface Receiver {
  readonly nodeId: string;
  card(): Promise<{ card: unknown; fingerprint: string }>;
  addPeer(card: unknown, fingerprint: string): Promise<void>;
  /** How many of these message ids B's inbox accepted. */
  accepted(ids: readonly string[]): Promise<number>;
  close(): Promise<void>;
}

function inProcess(b: BenchNode): Receiver {
  return {
    nodeId: b.nodeId,
    card: async () => (await b.admin.request('GET', '/api/v1/node/card')).json(),
    async addPeer(card, fingerprint) {
      const r = await b.admin.request('POST', '/api/v1/peers', { card, fingerprint });
      assert.equal(r.statusCode, 201, r.body);
    },
    accepted: async (ids) => (await b.node.ctx.storage.inbox.findMany(ids)).size,
    close: () => b.node.close(),
  };
}

async function inChild(database: BenchDatabase): Promise<Receiver> {
  const b = await RemoteBenchNode.start('Bench Unit B', database);
  const { nodeId } = await b.ask<{ nodeId: string }>({ op: 'card' });
  return {
    nodeId,
    card: () => b.ask({ op: 'card' }),
    addPeer: (card, fingerprint) => b.ask({ op: 'peer', card, fingerprint }),
    accepted: (ids) => b.ask({ op: 'inbox', ids }),
    close: () => b.close(),
  };
}

/**
 * A queues `messages` pings for B while its delivery loop sends them, as a
 * running node does; timed from the first send to the last stored receipt.
 */
async function delivered(a: BenchNode, b: Receiver, messages: number): Promise<number> {
  const federation = a.node.app.concord.federation;
  const ids: string[] = [];
  const start = process.hrtime.bigint();
  for (let i = 0; i < messages; i++) {
    const sent = await federation.send(b.nodeId, 'ping', { note: `bench ${i}` }, null);
    assert.ok(sent.ok, sent.ok ? '' : sent.error.message);
    ids.push(sent.value.messageId);
    // Each send is its own event, as when requests cause them in a running
    // node: the delivery loop and the peer's answers get their turn between.
    await new Promise((resolve) => setImmediate(resolve));
  }
  // The node's own loop delivers (started below, as `concord serve` starts it).
  while ((await a.node.ctx.storage.outbox.queue(b.nodeId)).pending > 0)
    await new Promise((resolve) => setTimeout(resolve, 2));
  const total = seconds(start);
  // Both sides, outside the timing: A holds a verified receipt for each, B an inbox row for each.
  for (const id of ids)
    assert.ok((await a.node.ctx.storage.outbox.get(id))?.receipt, 'receipt stored');
  assert.equal(await b.accepted(ids), messages, 'B accepted each once');
  return total;
}

async function nodeRuns(
  database: BenchDatabase,
  messages: number,
  runs: number,
  processes: 1 | 2,
): Promise<number[]> {
  const a = await startBenchNode('Bench Unit A', database);
  const b =
    processes === 2
      ? await inChild(database)
      : inProcess(await startBenchNode('Bench Unit B', database));
  try {
    const bCard = await b.card();
    const added = await a.admin.request('POST', '/api/v1/peers', {
      card: bCard.card,
      fingerprint: bCard.fingerprint,
    });
    assert.equal(added.statusCode, 201, added.body);
    const aCard = (await a.admin.request('GET', '/api/v1/node/card')).json();
    await b.addPeer(aCard.card, aCard.fingerprint);
    a.node.app.concord.federation.start((error) => {
      throw error;
    });
    await delivered(a, b, Math.min(500, messages)); // warm-up: JIT, connections
    const out = [];
    for (let r = 0; r < runs; r++) out.push(messages / (await delivered(a, b, messages)));
    return out;
  } finally {
    a.node.app.concord.federation.stop();
    await b.close();
    await a.node.close();
  }
}

const bench: Bench = async (args, emit) => {
  const messages = intOption(args, 'messages', 5000);
  const runs = intOption(args, 'runs', 3);
  const database = databaseOption(args);
  const line = (metric: string, value: number, extra: Record<string, string | number> = {}) =>
    emit({
      bench: 'federation-envelopes',
      metric,
      value: Number(value.toFixed(1)),
      unit: 'envelopes/s',
      messages,
      runs,
      ...extra,
    } satisfies BenchLine);

  let baseline: number | null = null;
  if (!args.includes('--no-baselines')) {
    await cryptoOnly(200); // warm-up
    const cryptoRuns: number[] = [];
    for (let r = 0; r < runs; r++) cryptoRuns.push(messages / (await cryptoOnly(messages)));
    baseline = median(cryptoRuns);
    line('crypto_only_envelopes_per_s', baseline, {
      baseline:
        'sealEnvelope+openEnvelope each; signReceipts per 256 and verifyReceipt each (version 2); in-process, no HTTP or storage',
    });
  }

  const only = args.includes('--processes') ? intOption(args, 'processes', 2) : null;
  for (const processes of [2, 1] as const) {
    if (only !== null && only !== processes) continue;
    const results = await nodeRuns(database, messages, runs, processes);
    const perS = median(results);
    line(processes === 2 ? 'envelopes_per_s' : 'envelopes_per_s_one_process', perS, {
      database,
      processes,
      pipeline:
        'seal+outbox while the delivery loop runs; batched HTTP POST; open+inbox+audit each; version 2 receipts (one signature per accepted batch); verify+store receipts',
      runs_per_s: results.map((r) => r.toFixed(0)).join(' '),
      ...(baseline === null ? {} : { of_baseline: Number((perS / baseline).toFixed(3)) }),
      aim: 2000,
    });
  }
};

export default bench;
