import assert from 'node:assert/strict';
import { createHash, createPublicKey, randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import { uuidv7 } from '@concord/core';
import { flattenedVerify } from 'jose';
import {
  signReceipt,
  signReceipts,
  verifyReceipt,
  type Receipt,
  type ReceiptSignatureCache,
} from './receipt.ts';
import { T0, edKey, testNode } from './testing/fixtures.ts';
import { encodeHeader, flipByte, forge, headerOf } from './testing/jws-surgery.ts';

const bob = testNode('node-bob');
const receipt: Receipt = {
  messageId: uuidv7(T0, randomBytes),
  envelopeDigest: createHash('sha256').update('an envelope').digest('hex'),
  sender: 'node-alice',
  receiver: bob.nodeId,
  receivedAt: T0.toISOString(),
};
const expected = {
  messageId: receipt.messageId,
  envelopeDigest: receipt.envelopeDigest,
  receiver: receipt.receiver,
};

async function codeOf(jws: string, exp = expected, key = bob.signingPublic): Promise<string> {
  const r = await verifyReceipt(jws, exp, key);
  return r.ok ? 'ok' : r.error.code;
}

describe('signReceipt and verifyReceipt', () => {
  it('verifies a receipt and returns what it says', async () => {
    const jws = await signReceipt(receipt, bob.signingKey, bob.signingKid);
    assert.deepEqual(headerOf(jws), {
      typ: 'concord-receipt+jws',
      kid: bob.signingKid,
      v: 1,
      alg: 'EdDSA',
    });
    const r = await verifyReceipt(jws, expected, bob.signingPublic);
    assert.ok(r.ok);
    assert.deepEqual(r.value, receipt);
  });

  it('refuses a tampered receipt or one signed by another key', async () => {
    const jws = await signReceipt(receipt, bob.signingKey, bob.signingKid);
    const [h, p, s] = jws.split('.');
    assert.equal(await codeOf(`${h}.${p}.${flipByte(s ?? '', 3)}`), 'bad_signature');
    const body = JSON.stringify({ ...receipt, receivedAt: '2020-01-01T00:00:00.000Z' });
    assert.equal(
      await codeOf(`${h}.${Buffer.from(body).toString('base64url')}.${s}`),
      'bad_signature',
    );
    const other = await signReceipt(receipt, edKey().privateKey, bob.signingKid);
    assert.equal(await codeOf(other), 'bad_signature');
    assert.equal(await codeOf(jws, expected, 'not-a-key'), 'bad_signature');
  });

  it('refuses a genuine receipt for another message, envelope or receiver', async () => {
    const jws = await signReceipt(receipt, bob.signingKey, bob.signingKid);
    const others = [
      { ...expected, messageId: uuidv7(T0, randomBytes) },
      { ...expected, envelopeDigest: '0'.repeat(64) },
      { ...expected, receiver: 'node-carol' },
    ];
    for (const exp of others) assert.equal(await codeOf(jws, exp), 'receipt_mismatch');
  });

  it("refuses alg 'none', HS256, other JWS types and garbage", async () => {
    const jws = await signReceipt(receipt, bob.signingKey, bob.signingKid);
    const header = headerOf(jws);
    const body = JSON.stringify(receipt);
    const none = `${encodeHeader({ ...header, alg: 'none' })}.${Buffer.from(body).toString('base64url')}.`;
    assert.equal(await codeOf(none), 'bad_signature');
    const secret = Buffer.from(bob.signingPublic, 'base64url');
    assert.equal(
      await codeOf(await forge({ ...header, alg: 'HS256' }, body, secret)),
      'bad_signature',
    );
    const envelopeTyp = await forge(
      { ...header, typ: 'concord-envelope+jws' },
      body,
      bob.signingKey,
    );
    assert.equal(await codeOf(envelopeTyp), 'malformed_receipt');
    const noVersion = await forge(
      { alg: 'EdDSA', typ: header.typ, kid: header.kid },
      body,
      bob.signingKey,
    );
    assert.equal(await codeOf(noVersion), 'malformed_receipt');
    for (const garbage of ['', 'a.b', 'a.b.c', 'x'.repeat(10_000)]) {
      assert.equal(await codeOf(garbage), 'malformed_receipt', garbage.slice(0, 20));
    }
  });

  it('refuses signed content that is not a receipt', async () => {
    const header = { alg: 'EdDSA', typ: 'concord-receipt+jws', kid: bob.signingKid, v: 1 };
    const bodies = [
      'not json',
      JSON.stringify({ ...receipt, extra: true }),
      JSON.stringify({ ...receipt, envelopeDigest: 'ABC' }),
      JSON.stringify({ ...receipt, messageId: 'm-1' }),
    ];
    for (const body of bodies) {
      assert.equal(
        await codeOf(await forge(header, body, bob.signingKey)),
        'malformed_receipt',
        body,
      );
    }
  });

  it('refuses to sign a malformed receipt', async () => {
    await assert.rejects(
      signReceipt({ ...receipt, messageId: 'x' }, bob.signingKey, bob.signingKid),
    );
    await assert.rejects(
      signReceipt({ ...receipt, receivedAt: 'now' }, bob.signingKey, bob.signingKid),
    );
  });
});

describe('signReceipts (version 2: one signature for a batch) and verifyReceipt', () => {
  const messages = Array.from({ length: 5 }, (_, i) => ({
    messageId: uuidv7(T0, randomBytes),
    envelopeDigest: createHash('sha256').update(`envelope ${i}`).digest('hex'),
  }));
  const batch = { sender: 'node-alice', receiver: bob.nodeId, receivedAt: T0.toISOString() };
  const expectedOf = (i: number) => ({
    ...(messages[i] as (typeof messages)[0]),
    receiver: bob.nodeId,
  });
  const sign = () => signReceipts({ ...batch, messages }, bob.signingKey, bob.signingKid);
  const codeOfV2 = async (text: string, i = 0, cache?: ReceiptSignatureCache) => {
    const r = await verifyReceipt(text, expectedOf(i), bob.signingPublic, cache);
    return r.ok ? 'ok' : r.error.code;
  };
  type Serialized = {
    protected: string;
    payload: string;
    signature: string;
    header: { leaf: number; proof: string[] };
  };
  const parse = (text: string) => JSON.parse(text) as Serialized;

  it('gives each message a receipt that verifies on its own, all under one signature', async () => {
    const receipts = await sign();
    assert.equal(receipts.length, messages.length);
    assert.equal(new Set(receipts.map((r) => parse(r).signature)).size, 1, 'one signature');
    for (const [i, text] of receipts.entries()) {
      const r = await verifyReceipt(text, expectedOf(i), bob.signingPublic);
      assert.ok(r.ok, r.ok ? '' : r.error.message);
      assert.deepEqual(r.value, { ...messages[i], ...batch });
      assert.equal(parse(text).header.leaf, i);
      assert.ok(text.length < 1024, 'a receipt of a small batch is small');
    }
    // A standard JWS (JSON serialization): jose verifies it, signed root and all.
    const { protected: p, payload, signature, header } = parse(receipts[2] ?? '');
    const checked = await flattenedVerify(
      { protected: p, payload, signature, header },
      createPublicKey(bob.signingKey),
    );
    assert.deepEqual(checked.protectedHeader, {
      typ: 'concord-receipt+jws',
      kid: bob.signingKid,
      v: 2,
      alg: 'EdDSA',
    });
    const body = JSON.parse(new TextDecoder().decode(checked.payload)) as Record<string, unknown>;
    assert.deepEqual(Object.keys(body).sort(), [
      'receivedAt',
      'receiver',
      'sender',
      'treeRoot',
      'treeSize',
    ]);
    assert.equal(body.treeSize, messages.length);
  });

  it("refuses one message's receipt for another message, digest or receiver", async () => {
    const receipts = await sign();
    assert.equal(await codeOfV2(receipts[0] ?? '', 1), 'receipt_mismatch');
    const r = await verifyReceipt(
      receipts[0] ?? '',
      { ...expectedOf(0), envelopeDigest: '0'.repeat(64) },
      bob.signingPublic,
    );
    assert.equal(r.ok ? 'ok' : r.error.code, 'receipt_mismatch');
    const carol = await verifyReceipt(
      receipts[0] ?? '',
      { ...expectedOf(0), receiver: 'node-carol' },
      bob.signingPublic,
    );
    assert.equal(carol.ok ? 'ok' : carol.error.code, 'receipt_mismatch');
  });

  it('refuses a changed proof, leaf, body or signature, and another key', async () => {
    const receipts = await sign();
    const base = parse(receipts[1] ?? '');
    const variant = (change: (s: Serialized) => void) => {
      const copy = structuredClone(base);
      change(copy);
      return JSON.stringify(copy);
    };
    const flipped = (b64: string) =>
      Buffer.from(Buffer.from(b64, 'base64url').map((b, i) => (i === 0 ? b ^ 1 : b))).toString(
        'base64url',
      );
    assert.equal(await codeOfV2(JSON.stringify(base), 1), 'ok');
    assert.equal(
      await codeOfV2(
        variant((s) => (s.header.proof[0] = flipped(s.header.proof[0] ?? ''))),
        1,
      ),
      'receipt_mismatch',
    );
    assert.equal(
      await codeOfV2(
        variant((s) => (s.header.leaf = 2)),
        1,
      ),
      'receipt_mismatch',
    );
    assert.equal(
      await codeOfV2(
        variant((s) => s.header.proof.pop()),
        1,
      ),
      'receipt_mismatch',
    );
    const body = JSON.parse(Buffer.from(base.payload, 'base64url').toString()) as Record<
      string,
      unknown
    >;
    const later = Buffer.from(JSON.stringify({ ...body, receivedAt: '2030-01-01T00:00:00.000Z' }));
    assert.equal(
      await codeOfV2(
        variant((s) => (s.payload = later.toString('base64url'))),
        1,
      ),
      'bad_signature',
    );
    assert.equal(
      await codeOfV2(
        variant((s) => (s.signature = flipped(s.signature))),
        1,
      ),
      'bad_signature',
    );
    const other = await signReceipts({ ...batch, messages }, edKey().privateKey, bob.signingKid);
    assert.equal(await codeOfV2(other[1] ?? '', 1), 'bad_signature');
  });

  it('refuses receipts that are not version 2 receipts', async () => {
    const receipts = await sign();
    const base = parse(receipts[0] ?? '');
    const header = headerOf(`${base.protected}..`);
    const signedBody = (body: unknown) =>
      forge(header, JSON.stringify(body), bob.signingKey).then((jws) => {
        const [p, payload, signature] = jws.split('.');
        return JSON.stringify({ ...base, protected: p, payload, signature });
      });
    const body = JSON.parse(Buffer.from(base.payload, 'base64url').toString()) as Record<
      string,
      unknown
    >;
    const malformed = [
      '{',
      '{}',
      JSON.stringify({ ...base, extra: 1 }),
      JSON.stringify({ ...base, header: { ...base.header, more: 1 } }),
      JSON.stringify({ ...base, header: { ...base.header, leaf: -1 } }),
      JSON.stringify({ ...base, header: { ...base.header, proof: ['short'] } }),
      JSON.stringify({
        ...base,
        header: { ...base.header, proof: Array(21).fill(base.header.proof[0]) },
      }),
      JSON.stringify({ ...base, protected: encodeHeader({ ...header, v: 1 }) }),
      await signedBody({ ...body, treeSize: 0 }),
      await signedBody({ ...body, treeRoot: 'AAAA' }),
      await signedBody({ ...body, extra: true }),
    ];
    for (const text of malformed)
      assert.equal(await codeOfV2(text), 'malformed_receipt', text.slice(0, 80));
    const none = JSON.stringify({ ...base, protected: encodeHeader({ ...header, alg: 'none' }) });
    assert.equal(await codeOfV2(none), 'bad_signature');
  });

  it('checks a shared signature once per cache, and never takes a cached signature for a changed one', async () => {
    const receipts = await sign();
    const cache: ReceiptSignatureCache = new Map();
    for (const [i, text] of receipts.entries()) assert.equal(await codeOfV2(text, i, cache), 'ok');
    assert.equal(cache.size, 1, 'one signature checked for the batch');
    assert.equal(
      await codeOfV2(receipts[0] ?? '', 1, cache),
      'receipt_mismatch',
      'proof still checked',
    );
    const forged = parse(receipts[0] ?? '');
    forged.signature = Buffer.alloc(64).toString('base64url');
    assert.equal(await codeOfV2(JSON.stringify(forged), 0, cache), 'bad_signature');
    assert.equal(
      await codeOfV2(JSON.stringify(forged), 0, cache),
      'bad_signature',
      'cached as bad',
    );
    assert.equal(cache.size, 2);
  });

  it('refuses to sign an empty batch or a malformed message', async () => {
    await assert.rejects(signReceipts({ ...batch, messages: [] }, bob.signingKey, bob.signingKid));
    await assert.rejects(
      signReceipts(
        { ...batch, messages: [{ messageId: 'x', envelopeDigest: '0'.repeat(64) }] },
        bob.signingKey,
        bob.signingKid,
      ),
    );
  });
});
