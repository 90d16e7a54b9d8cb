// Envelopes per second between two real nodes on loopback: node A queues N
// ping messages for node B (each sealed: JWE to B's X25519 key, signed with
// A's Ed25519 key, persisted in A's outbox), then delivers them in order over
// HTTP; B opens each (signature, replay, decryption, schema), accepts it into
// its idempotent inbox with an audit event and answers with a signed receipt,
// which A verifies and stores. Timed from the first send to the last stored
// receipt.
// Baseline, same run: the same cryptography in-process with no HTTP and no
// storage (sealEnvelope, openEnvelope, signReceipt, verifyReceipt), so the
// cost of delivery (HTTP, outbox, inbox, audit) is what the difference shows.
//   npm run bench -- federation-envelopes [--messages N] [--database sqlite|postgres] [--runs R]
import assert from 'node:assert/strict';
import { generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto';
import { uuidv7 } from '@concord/core';
import { openEnvelope, sealEnvelope, signReceipt, verifyReceipt } from '@concord/federation';
import {
  databaseOption,
  intOption,
  median,
  seconds,
  startPeeredPair,
  type BenchDatabase,
  type BenchNode,
} from './federation-nodes.ts';
import type { Bench, BenchLine } from './run.ts';

function rawPublicKey(key: KeyObject): string {
  const { x } = key.export({ format: 'jwk' });
  if (typeof x !== 'string') throw new Error('not an OKP key');
  return x;
}

/** Seal, open, sign the receipt, verify it: the per-message cryptography, in-process. */
async function cryptoOnly(messages: number): Promise<number> {
  const aSign = generateKeyPairSync('ed25519');
  const bSign = generateKeyPairSync('ed25519');
  const bEnc = generateKeyPairSync('x25519');
  const aSignRaw = rawPublicKey(aSign.publicKey);
  const bSignRaw = rawPublicKey(bSign.publicKey);
  const now = new Date();
  const start = process.hrtime.bigint();
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
    const receipt = await signReceipt(
      {
        messageId: claims.id,
        envelopeDigest: opened.value.digest,
        sender: 'node-a',
        receiver: 'node-b',
        receivedAt: now.toISOString(),
      },
      bSign.privateKey,
      'sig-b',
    );
    const verified = await verifyReceipt(
      receipt,
      { messageId: claims.id, envelopeDigest: opened.value.digest, receiver: 'node-b' },
      bSignRaw,
    );
    assert.ok(verified.ok);
  }
  return seconds(start);
}

/** A queues `messages` pings for B and delivers them; returns the seconds for seal+queue and for delivery. */
async function delivered(
  a: BenchNode,
  b: BenchNode,
  messages: number,
): Promise<{ sealS: number; deliverS: number }> {
  const federation = a.node.app.concord.federation;
  const ids: string[] = [];
  const start = process.hrtime.bigint();
  for (let i = 0; i < messages; i++) {
    const sent = await federation.send(b.nodeId, 'ping', { note: `bench ${i}` }, null);
    assert.ok(sent.ok, sent.ok ? '' : sent.error.message);
    ids.push(sent.value.messageId);
  }
  const sealS = seconds(start);
  const count = await federation.deliver();
  const total = seconds(start);
  assert.equal(count, messages, 'every message delivered with a verified receipt');
  // Both sides, outside the timing: A holds a receipt for each, B an inbox row for each.
  assert.equal((await a.node.ctx.storage.outbox.queue(b.nodeId)).pending, 0);
  for (const id of [ids[0], ids[Math.floor(messages / 2)], ids.at(-1)]) {
    assert.ok((await a.node.ctx.storage.outbox.get(id ?? ''))?.receipt, 'receipt stored');
    assert.ok(await b.node.ctx.storage.inbox.find(id ?? ''), 'accepted once by B');
  }
  return { sealS, deliverS: total - sealS };
}

async function nodeRuns(
  database: BenchDatabase,
  messages: number,
  runs: number,
): Promise<{ perS: number; sealS: number; deliverS: number }[]> {
  const pair = await startPeeredPair(database);
  try {
    await delivered(pair.a, pair.b, Math.min(200, messages)); // warm-up: JIT, connections
    const out = [];
    for (let r = 0; r < runs; r++) {
      const { sealS, deliverS } = await delivered(pair.a, pair.b, messages);
      out.push({ perS: messages / (sealS + deliverS), sealS, deliverS });
    }
    return out;
  } finally {
    await pair.close();
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

  await cryptoOnly(200); // warm-up
  const cryptoRuns: number[] = [];
  for (let r = 0; r < runs; r++) cryptoRuns.push(messages / (await cryptoOnly(messages)));
  const baseline = median(cryptoRuns);
  line('crypto_only_envelopes_per_s', baseline, {
    baseline: 'sealEnvelope+openEnvelope+signReceipt+verifyReceipt in-process, no HTTP or storage',
  });

  const results = await nodeRuns(database, messages, runs);
  const perS = median(results.map((r) => r.perS));
  line('envelopes_per_s', perS, {
    database,
    pipeline: 'seal+outbox, HTTP POST, open+inbox+audit+receipt, verify+store receipt',
    seal_and_queue_s: Number(median(results.map((r) => r.sealS)).toFixed(2)),
    deliver_s: Number(median(results.map((r) => r.deliverS)).toFixed(2)),
    runs_per_s: results.map((r) => r.perS.toFixed(0)).join(' '),
    of_baseline: Number((perS / baseline).toFixed(3)),
    aim: 2000,
  });
};

export default bench;
