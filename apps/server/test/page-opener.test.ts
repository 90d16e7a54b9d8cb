import assert from 'node:assert/strict';
import { generateKeyPairSync, randomBytes, randomUUID, type KeyObject } from 'node:crypto';
import { after, describe, it } from 'node:test';
import { threadId } from 'node:worker_threads';
import { uuidv7 } from '@concord/core';
import { sealEnvelope, type NodeCard } from '@concord/federation';
import {
  PageOpener,
  openSyncPage,
  type PageKeys,
  type PageRequest,
} from '../src/federation/page-opener.ts';

const NOW = new Date('2026-03-01T12:00:00.000Z');
const DAY = 86_400_000;
const iso = (days: number) => new Date(NOW.getTime() + days * DAY).toISOString();

function rawKey(key: KeyObject): string {
  const { x } = key.export({ format: 'jwk' });
  assert.ok(typeof x === 'string');
  return x;
}

/** A node's keys, as the page tests need them. */
function node(nodeId: string) {
  const signing = generateKeyPairSync('ed25519');
  const encryption = generateKeyPairSync('x25519');
  return { nodeId, signing, encryption, signingKid: `${nodeId}-s1`, encryptionKid: `${nodeId}-e1` };
}

const a = node('node-a');
const b = node('node-b');
const intruder = node('node-c');

const cardOfA: NodeCard = {
  version: 1,
  nodeId: a.nodeId,
  name: 'Unit A',
  organisation: 'Test hotline',
  kind: 'hotline',
  jurisdiction: 'FR',
  endpoint: 'https://a.example.org/concord',
  signingKeys: [
    {
      kid: a.signingKid,
      publicKey: rawKey(a.signing.publicKey),
      validFrom: iso(-30),
      validUntil: null,
    },
  ],
  encryptionKeys: [
    {
      kid: a.encryptionKid,
      publicKey: rawKey(a.encryption.publicKey),
      validFrom: iso(-30),
      validUntil: null,
    },
  ],
  tlsCertificateSha256: 'ab'.repeat(32),
  issuedAt: iso(-30),
  validFrom: iso(-30),
  validUntil: iso(365),
};

/** B opening A's pages: B's current key, and a retired one whose window ended yesterday. */
const retired = generateKeyPairSync('x25519');
const keysOfB: PageKeys = {
  myNodeId: b.nodeId,
  peerNodeId: a.nodeId,
  card: cardOfA,
  decryption: [
    { kid: b.encryptionKid, key: b.encryption.privateKey, validUntil: null },
    { kid: 'node-b-e0', key: retired.privateKey, validUntil: iso(-1) },
  ],
};

const BANK = randomUUID();

/** A sync page sealed by `from` for B; `encryptTo` names the B key it is sealed to. */
async function sealedPage(
  over: {
    from?: ReturnType<typeof node>;
    claimedSender?: string;
    version?: number;
    bankId?: string;
    encryptTo?: { kid: string; key: KeyObject };
  } = {},
) {
  const from = over.from ?? a;
  const version = over.version ?? 2;
  const page = {
    bankId: over.bankId ?? BANK,
    items: [{ kind: 'tombstone', changeSeq: 7, id: randomUUID() }],
    nextCursor: 7,
    complete: false,
    ...(version === 2 ? { head: 9 } : {}),
  };
  const to = over.encryptTo ?? { kid: b.encryptionKid, key: b.encryption.publicKey };
  return sealEnvelope(
    {
      id: uuidv7(NOW, (n) => randomBytes(n)),
      type: 'bank.sync_page',
      schemaVersion: version,
      sender: over.claimedSender ?? from.nodeId,
      recipient: b.nodeId,
      created: NOW.toISOString(),
      expires: new Date(NOW.getTime() + 300_000).toISOString(),
      handling: null,
    },
    page,
    {
      signingKey: from.signing.privateKey,
      signingKid: over.claimedSender ? a.signingKid : from.signingKid,
      recipientEncryptionKey: rawKey(to.key),
      recipientEncryptionKid: to.kid,
    },
  );
}

const asked: PageRequest = { bankId: BANK, version: 2 };

describe('opening sync pages, on this thread and in a worker', () => {
  const opener = new PageOpener(keysOfB);
  after(() => opener.close());

  it('opens a page the same way in the worker thread as on this one', async () => {
    const envelope = await sealedPage();
    const here = await openSyncPage(envelope, keysOfB, asked, NOW);
    assert.ok(here.ok, here.ok ? '' : here.error.message);
    assert.equal(here.value.head, 9);
    assert.equal(here.value.page.items.length, 1);
    opener.inWorker();
    assert.ok(opener.threadId !== null && opener.threadId !== threadId, 'a thread of its own');
    const there = await opener.open(envelope, asked, NOW);
    assert.deepEqual(there, here);
  });

  it('refuses in the worker what this thread refuses, with the same reason', async () => {
    opener.inWorker();
    const cases: [string, string, PageRequest, RegExp][] = [
      ['another bank', await sealedPage({ bankId: randomUUID() }), asked, /does not match/],
      ['an older version', await sealedPage({ version: 1 }), asked, /version/],
      ['another node', await sealedPage({ from: intruder }), asked, /unknown_sender|refused/],
      [
        'a forged signature',
        await sealedPage({ from: intruder, claimedSender: a.nodeId }),
        asked,
        /signature/,
      ],
      [
        'a retired key past its window',
        await sealedPage({ encryptTo: { kid: 'node-b-e0', key: retired.publicKey } }),
        asked,
        /decryption key|decrypt/,
      ],
    ];
    for (const [what, envelope, request, reason] of cases) {
      const here = await openSyncPage(envelope, keysOfB, request, NOW);
      const there = await opener.open(envelope, request, NOW);
      assert.equal(here.ok, false, what);
      assert.deepEqual(there, here, what);
      assert.match(there.ok ? '' : there.error.message, reason, what);
    }
  });

  it('ends pages still being opened when it closes, with a reason, and opens none after', async () => {
    const closing = new PageOpener(keysOfB);
    closing.inWorker();
    const envelope = await sealedPage();
    const pending = closing.open(envelope, asked, NOW);
    await closing.close();
    // The worker was still starting: the page never reached it.
    const ended = await pending;
    assert.equal(ended.ok, false);
    assert.match(ended.ok ? '' : ended.error.message, /closed/);
    const after = await closing.open(envelope, asked, NOW);
    assert.equal(after.ok, false);
    assert.match(after.ok ? '' : after.error.message, /closed/);
  });
});
