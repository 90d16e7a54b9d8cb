import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import { uuidv7 } from '@concord/core';
import { signReceipt, verifyReceipt, type Receipt } from './receipt.ts';
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
