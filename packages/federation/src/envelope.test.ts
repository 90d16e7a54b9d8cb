import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import { deflateRawSync } from 'node:zlib';
import { DEFAULT_HANDLING, uuidv7 } from '@concord/core';
import { signCompact } from './compact-jws.ts';
import { envelopeHeader } from './envelope-header.ts';
import { openEnvelope, peekClaims, sealEnvelope } from './envelope.ts';
import { encryptJwe } from './okp-jwe.ts';
import { importRawPublicKey } from './raw-public-key.ts';
import {
  BENIGN_PAYLOAD,
  T0,
  at,
  claimsFor,
  contextFor,
  sealKeys,
  testNode,
  type TestNode,
} from './testing/fixtures.ts';
import { encodeHeader, headerOf, innerJwe } from './testing/jws-surgery.ts';

const alice = testNode('node-alice');
const bob = testNode('node-bob');
const carol = testNode('node-carol');
const bobCtx = contextFor(bob, [alice, carol]);

async function sealed(overrides: Parameters<typeof claimsFor>[2] = {}, from: TestNode = alice) {
  const claims = claimsFor(from, bob, overrides);
  return { claims, envelope: await sealEnvelope(claims, BENIGN_PAYLOAD, sealKeys(from, bob)) };
}

async function codeOf(envelope: string, ctx = bobCtx): Promise<string> {
  const r = await openEnvelope(envelope, ctx);
  return r.ok ? 'ok' : r.error.code;
}

describe('sealEnvelope and openEnvelope', () => {
  it('round-trips the claims and the payload, with the digest of the envelope text', async () => {
    const handling = { ...DEFAULT_HANDLING, tlp: 'RED' as const };
    const { claims, envelope } = await sealed({ handling });
    const r = await openEnvelope(envelope, bobCtx);
    assert.ok(r.ok);
    assert.deepEqual(r.value.claims, claims);
    assert.deepEqual(r.value.payload, BENIGN_PAYLOAD);
    assert.equal(r.value.digest, createHash('sha256').update(envelope).digest('hex'));
  });

  it('sends times in whole seconds, rounded down', async () => {
    const { envelope } = await sealed({ created: '2026-03-01T12:00:00.999Z' });
    const peek = peekClaims(envelope);
    assert.ok(peek.ok);
    assert.equal(peek.value.created, '2026-03-01T12:00:00.000Z');
    assert.equal(peek.value.kid, alice.signingKid);
  });

  it('keeps the payload secret: the envelope does not contain it in the clear', async () => {
    const { envelope } = await sealed();
    const decoded = envelope
      .split('.')
      .map((p) => Buffer.from(p, 'base64url').toString('latin1'))
      .join('');
    assert.equal(decoded.includes('demo-bank'), false);
    assert.equal(decoded.includes('d41d8cd98f00b204e9800998ecf8427e'), false);
  });

  it('refuses to seal invalid claims, a bad recipient key or a non-JSON payload', async () => {
    const keys = sealKeys(alice, bob);
    const claims = claimsFor(alice, bob);
    await assert.rejects(sealEnvelope({ ...claims, id: 'not-a-uuid' }, {}, keys));
    await assert.rejects(sealEnvelope({ ...claims, type: 'Bank Delta' }, {}, keys));
    await assert.rejects(sealEnvelope({ ...claims, schemaVersion: 0 }, {}, keys));
    await assert.rejects(sealEnvelope({ ...claims, expires: claims.created }, {}, keys));
    await assert.rejects(sealEnvelope(claims, {}, { ...keys, recipientEncryptionKey: 'AAAA' }));
    await assert.rejects(sealEnvelope(claims, undefined, keys));
  });
});

describe('openEnvelope checks the claims', () => {
  it('refuses an envelope for another node', async () => {
    const { envelope } = await sealed();
    assert.equal(await codeOf(envelope, contextFor(carol, [alice])), 'wrong_recipient');
  });

  it('refuses unknown senders, unknown keys and suspended senders as the context says', async () => {
    const { envelope } = await sealed();
    assert.equal(await codeOf(envelope, contextFor(bob, [carol])), 'unknown_sender');
    const rotated = { ...alice, signingKid: 'node-alice-sig-2' };
    assert.equal(await codeOf(envelope, contextFor(bob, [rotated])), 'unknown_key');
    const suspended = contextFor(bob, [alice], {
      resolveSender: async () => ({ refused: 'suspended_sender' }),
    });
    assert.equal(await codeOf(envelope, suspended), 'suspended_sender');
  });

  it('refuses an expired envelope, at its expiry exactly and after', async () => {
    const { envelope } = await sealed({ expires: at(60_000).toISOString() });
    assert.equal(await codeOf(envelope, { ...bobCtx, now: at(59_999) }), 'ok');
    assert.equal(await codeOf(envelope, { ...bobCtx, now: at(60_000) }), 'expired');
    assert.equal(await codeOf(envelope, { ...bobCtx, now: at(3_600_000) }), 'expired');
  });

  it('allows two minutes of clock skew on creation and no more', async () => {
    const soon = await sealed({ created: at(120_000).toISOString() });
    assert.equal(await codeOf(soon.envelope), 'ok');
    const later = await sealed({ created: at(121_000).toISOString() });
    assert.equal(await codeOf(later.envelope), 'not_yet_valid');
  });

  it('refuses a schema version the receiver does not support', async () => {
    assert.equal(
      await codeOf((await sealed({ schemaVersion: 3 })).envelope),
      'unsupported_schema_version',
    );
    assert.equal(
      await codeOf((await sealed({ type: 'law.profile' })).envelope),
      'unsupported_schema_version',
    );
    assert.equal(await codeOf((await sealed({ schemaVersion: 2 })).envelope), 'ok');
  });

  it('refuses a message id it has already accepted', async () => {
    const { claims, envelope } = await sealed();
    const ctx = contextFor(bob, [alice], {}, new Set([claims.id]));
    assert.equal(await codeOf(envelope, ctx), 'replayed');
  });

  it('refuses an envelope larger than the limit, counting bytes', async () => {
    const { envelope } = await sealed();
    const size = Buffer.byteLength(envelope);
    assert.equal(await codeOf(envelope, { ...bobCtx, maxBytes: size }), 'ok');
    assert.equal(await codeOf(envelope, { ...bobCtx, maxBytes: size - 1 }), 'envelope_too_large');
    assert.equal(
      await codeOf('é'.repeat(600), { ...bobCtx, maxBytes: 1000 }),
      'envelope_too_large',
    );
  });

  it('checks in order: recipient before sender, signature before time, version before replay', async () => {
    const { claims, envelope } = await sealed({
      expires: at(1000).toISOString(),
      schemaVersion: 9,
    });
    assert.equal(await codeOf(envelope, contextFor(carol, [])), 'wrong_recipient');
    assert.equal(await codeOf(envelope, contextFor(bob, [])), 'unknown_sender');
    const ctx = contextFor(bob, [alice], {}, new Set([claims.id]));
    assert.equal(await codeOf(envelope, { ...ctx, now: at(2000) }), 'expired');
    assert.equal(await codeOf(envelope, ctx), 'unsupported_schema_version');
  });

  it('does not consult the replay store or decrypt before the signature verifies', async () => {
    const { envelope } = await sealed();
    const tampered = `${envelope.slice(0, -4)}AAAA`;
    let consulted = 0;
    const ctx = contextFor(bob, [alice], {
      seen: async () => (consulted++, false),
      decryptionKey: () => (consulted++, null),
    });
    assert.equal(await codeOf(tampered, ctx), 'bad_signature');
    assert.equal(consulted, 0);
  });

  it('returns a handling code it can parse and refuses one it cannot', async () => {
    const handling = {
      tlp: 'AMBER+STRICT' as const,
      pap: 'GREEN' as const,
      restrictions: {
        noOnwardTransmission: true,
        intelligenceOnly: true,
        retainUntil: '2027-01-01T00:00:00.000Z',
        permittedPurposes: ['victim_identification' as const],
      },
    };
    const r = await openEnvelope((await sealed({ handling })).envelope, bobCtx);
    assert.ok(r.ok);
    assert.deepEqual(r.value.claims.handling, handling);
  });
});

describe('peekClaims', () => {
  it('reads the claims without keys, and refuses what is not an envelope', async () => {
    const { claims, envelope } = await sealed();
    const peek = peekClaims(envelope);
    assert.ok(peek.ok);
    assert.equal(peek.value.id, claims.id);
    assert.equal(peek.value.sender, alice.nodeId);
    const bad = peekClaims('not.an.envelope');
    assert.equal(bad.ok ? 'ok' : bad.error.code, 'malformed_envelope');
  });

  it('is not verification: a forged header peeks fine but does not open', async () => {
    const { envelope } = await sealed();
    const [, payload, signature] = envelope.split('.');
    const header = headerOf(envelope);
    const forged = encodeHeader({ ...header, exp: Number(header.exp) + 365 * 86_400 });
    const text = `${forged}.${payload ?? ''}.${signature ?? ''}`;
    assert.equal(peekClaims(text).ok, true);
    assert.equal(await codeOf(text), 'bad_signature');
  });

  it('gives each message its own id', async () => {
    const a = await sealed();
    const b = await sealed({ id: uuidv7(T0, randomBytes) });
    assert.notEqual(a.claims.id, b.claims.id);
  });
});

describe('compressed envelopes (zip: "DEF")', () => {
  const allowing = contextFor(bob, [alice], { compressed: true });
  /** A payload of many alike entries, as a sync page is: it compresses well. */
  const page = {
    items: Array.from({ length: 2000 }, (_, n) => ({
      kind: 'signal',
      type: 'md5',
      value: createHash('md5').update(`benign-${n}`).digest('hex'),
      handling: DEFAULT_HANDLING,
    })),
  };

  /** An envelope whose encrypted part says `zip` (DEF unless told) over `content` as given (not compressed here). */
  async function claimingCompression(content: Uint8Array, zip = 'DEF') {
    const claims = claimsFor(alice, bob);
    const jwe = encryptJwe(
      content,
      { kid: bob.encryptionKid, id: claims.id, iss: claims.sender, aud: claims.recipient, zip },
      importRawPublicKey(bob.encryptionPublic, 'X25519') ?? assert.fail('bob has a key'),
    );
    return signCompact(
      envelopeHeader(claims, alice.signingKid),
      new TextEncoder().encode(jwe),
      alice.signingKey,
    );
  }

  it('round-trips a compressed payload, which travels much smaller', async () => {
    const claims = claimsFor(alice, bob);
    const envelope = await sealEnvelope(claims, page, sealKeys(alice, bob), { compress: true });
    assert.equal(headerOf(innerJwe(envelope)).zip, 'DEF');
    const plain = await sealEnvelope(claimsFor(alice, bob), page, sealKeys(alice, bob));
    assert.equal(headerOf(innerJwe(plain)).zip, undefined);
    assert.ok(
      envelope.length * 2 < plain.length,
      `compressed ${envelope.length} bytes, plain ${plain.length}`,
    );
    const r = await openEnvelope(envelope, allowing);
    assert.ok(r.ok, r.ok ? '' : r.error.message);
    assert.deepEqual(r.value.payload, page);
    assert.deepEqual(r.value.claims, claims);
  });

  it('refuses a compressed envelope where the receiver does not expect one', async () => {
    const envelope = await sealEnvelope(claimsFor(alice, bob), page, sealKeys(alice, bob), {
      compress: true,
    });
    const r = await openEnvelope(envelope, bobCtx);
    assert.equal(r.ok ? 'ok' : r.error.code, 'malformed_envelope');
    assert.match(r.ok ? '' : r.error.message, /may not come compressed/);
  });

  it('refuses a payload that inflates past the size limit, without inflating it all', async () => {
    // 8 MiB of one repeated character: an envelope of some 64 KiB, well under the limit.
    const bomb = { filler: 'a'.repeat(8 * 1024 * 1024) };
    const envelope = await sealEnvelope(claimsFor(alice, bob), bomb, sealKeys(alice, bob), {
      compress: true,
    });
    const limit = 1024 * 1024;
    assert.ok(envelope.length < limit / 8, `the envelope is ${envelope.length} bytes`);
    const r = await openEnvelope(envelope, { ...allowing, maxBytes: limit });
    assert.equal(r.ok ? 'ok' : r.error.code, 'envelope_too_large');
    assert.match(r.ok ? '' : r.error.message, /inflates to more than 1048576 bytes/);
  });

  it('refuses content that is not DEFLATE data, or is cut short', async () => {
    const json = new TextEncoder().encode(JSON.stringify(BENIGN_PAYLOAD));
    const notDeflate = await openEnvelope(await claimingCompression(json), allowing);
    assert.equal(notDeflate.ok ? 'ok' : notDeflate.error.code, 'malformed_envelope');
    assert.match(notDeflate.ok ? '' : notDeflate.error.message, /not valid DEFLATE/);
    const deflated = deflateRawSync(json);
    const cut = await openEnvelope(
      await claimingCompression(deflated.subarray(0, deflated.length - 4)),
      allowing,
    );
    assert.equal(cut.ok ? 'ok' : cut.error.code, 'malformed_envelope');
    const whole = await openEnvelope(await claimingCompression(deflated), allowing);
    assert.ok(whole.ok, 'the same content, whole, opens');
    assert.deepEqual(whole.value.payload, BENIGN_PAYLOAD);
  });

  it('refuses any compression but DEF', async () => {
    const envelope = await claimingCompression(new TextEncoder().encode('{}'), 'GZ');
    const r = await openEnvelope(envelope, allowing);
    assert.equal(r.ok ? 'ok' : r.error.code, 'malformed_envelope');
    assert.match(r.ok ? '' : r.error.message, /only compression supported is DEF/);
  });
});
