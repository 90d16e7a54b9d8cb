// Attempts to get an envelope accepted that should not be. Every one must be refused.
import assert from 'node:assert/strict';
import { sign } from 'node:crypto';
import { describe, it } from 'node:test';
import { CompactEncrypt, type CompactJWEHeaderParameters } from 'jose';
import { openEnvelope, sealEnvelope } from './envelope.ts';
import { importRawPublicKey } from './raw-public-key.ts';
import {
  BENIGN_PAYLOAD,
  claimsFor,
  contextFor,
  edKey,
  sealKeys,
  testNode,
} from './testing/fixtures.ts';
import {
  encodeHeader,
  flipByte,
  forge,
  headerOf,
  innerJwe,
  unsigned,
} from './testing/jws-surgery.ts';

const alice = testNode('node-alice');
const bob = testNode('node-bob');
const carol = testNode('node-carol');
const bobCtx = contextFor(bob, [alice, carol]);

async function codeOf(envelope: string, ctx = bobCtx): Promise<string> {
  const r = await openEnvelope(envelope, ctx);
  return r.ok ? 'ok' : r.error.code;
}

/** The refusal as `code: message`, where the reason matters as much as the code. */
async function refusalOf(envelope: string): Promise<string> {
  const r = await openEnvelope(envelope, bobCtx);
  return r.ok ? 'ok' : `${r.error.code}: ${r.error.message}`;
}

async function aliceToBob() {
  const claims = claimsFor(alice, bob);
  return { claims, envelope: await sealEnvelope(claims, BENIGN_PAYLOAD, sealKeys(alice, bob)) };
}

/** A JWE to bob with the given extra header fields and plaintext, as a sender could make. */
async function jweToBob(extra: Record<string, unknown>, plaintext: string): Promise<string> {
  const header: CompactJWEHeaderParameters = {
    alg: 'ECDH-ES+A256KW',
    enc: 'A256GCM',
    kid: bob.encryptionKid,
    ...extra,
  };
  const key = importRawPublicKey(bob.encryptionPublic, 'X25519');
  if (!key) throw new Error('bad fixture');
  return new CompactEncrypt(new TextEncoder().encode(plaintext))
    .setProtectedHeader(header)
    .encrypt(key);
}

describe('tampering with an envelope', () => {
  it('refuses a flipped bit in the signature', async () => {
    const { envelope } = await aliceToBob();
    const [h, p, s] = envelope.split('.');
    assert.equal(await codeOf(`${h}.${p}.${flipByte(s ?? '', 10)}`), 'bad_signature');
  });

  it('refuses a flipped bit in the ciphertext, whether or not an attacker re-signs it', async () => {
    const { envelope } = await aliceToBob();
    const jwe = innerJwe(envelope).split('.');
    jwe[3] = flipByte(jwe[3] ?? '', 5);
    const tamperedJwe = jwe.join('.');
    const [h, , s] = envelope.split('.');
    const unsignedChange = `${h}.${Buffer.from(tamperedJwe).toString('base64url')}.${s}`;
    assert.equal(await codeOf(unsignedChange), 'bad_signature');
    const attacker = edKey();
    const resigned = await forge(headerOf(envelope), tamperedJwe, attacker.privateKey);
    assert.equal(await codeOf(resigned), 'bad_signature');
  });

  it('refuses base64 outside the base64url alphabet in a large envelope, even signed by its sender', async () => {
    // Parts this large are checked as they are decoded, not by a pattern.
    const claims = claimsFor(alice, bob);
    const big = await sealEnvelope(claims, { blob: 'x'.repeat(50_000) }, sealKeys(alice, bob));
    const [h, p = ''] = big.split('.');
    for (const bad of ['+', '/', '=', ' ', '\n']) {
      const payload = `${p.slice(0, 1000)}${bad}${p.slice(1001)}`;
      const input = `${h}.${payload}`;
      const signature = sign(null, Buffer.from(input, 'latin1'), alice.signingKey);
      const code = await codeOf(`${input}.${signature.toString('base64url')}`);
      assert.ok(
        ['malformed_envelope', 'bad_signature'].includes(code),
        `${JSON.stringify(bad)}: ${code}`,
      );

      const jwe = innerJwe(big).split('.');
      jwe[3] = `${(jwe[3] ?? '').slice(0, 500)}${bad}${(jwe[3] ?? '').slice(501)}`;
      const resigned = await forge(headerOf(big), jwe.join('.'), alice.signingKey);
      assert.match(await refusalOf(resigned), /^malformed_envelope: .*not a compact JWE/);
    }
  });

  it('refuses a changed claim (a later expiry) under the original signature', async () => {
    const { envelope } = await aliceToBob();
    const header = headerOf(envelope);
    const [, p, s] = envelope.split('.');
    const longer = encodeHeader({ ...header, exp: Number(header.exp) + 365 * 86_400 });
    assert.equal(await codeOf(`${longer}.${p}.${s}`), 'bad_signature');
  });

  it('refuses a message signed by one peer that claims to come from another', async () => {
    const claims = claimsFor(alice, bob);
    const keys = { ...sealKeys(carol, bob), signingKid: alice.signingKid };
    assert.equal(await codeOf(await sealEnvelope(claims, BENIGN_PAYLOAD, keys)), 'bad_signature');
  });

  it('refuses the ciphertext of one message inside the signed header of another', async () => {
    const a = await aliceToBob();
    const b = await aliceToBob();
    // Only alice's key can sign this; the id binding catches her own mix-up too.
    const swapped = await forge(headerOf(b.envelope), innerJwe(a.envelope), alice.signingKey);
    assert.match(await refusalOf(swapped), /^malformed_envelope: .*another message/);
  });

  it("refuses a peer re-signing another sender's intercepted ciphertext as its own", async () => {
    const { envelope } = await aliceToBob();
    const header = { ...headerOf(envelope), iss: carol.nodeId, kid: carol.signingKid };
    const claimed = await forge(header, innerJwe(envelope), carol.signingKey);
    assert.match(await refusalOf(claimed), /^malformed_envelope: .*another message/);
    // Rewriting the JWE header to name carol breaks its authentication tag.
    const jwe = innerJwe(envelope).split('.');
    jwe[0] = encodeHeader({ ...headerOf(jwe.join('.')), iss: carol.nodeId });
    const rewritten = await forge(header, jwe.join('.'), carol.signingKey);
    assert.equal(await codeOf(rewritten), 'decryption_failed');
  });

  it('refuses an envelope forwarded by its recipient to a third node', async () => {
    const { envelope } = await aliceToBob();
    assert.equal(await codeOf(envelope, contextFor(carol, [alice, bob])), 'wrong_recipient');
  });
});

describe('algorithm and header attacks', () => {
  it("refuses alg 'none'", async () => {
    const { envelope } = await aliceToBob();
    assert.equal(await codeOf(unsigned(headerOf(envelope), innerJwe(envelope))), 'bad_signature');
  });

  it("refuses HS256 keyed with the sender's public key", async () => {
    const { envelope } = await aliceToBob();
    const secret = Buffer.from(alice.signingPublic, 'base64url');
    const hmac = await forge({ ...headerOf(envelope), alg: 'HS256' }, innerJwe(envelope), secret);
    assert.equal(await codeOf(hmac), 'bad_signature');
  });

  it('refuses another Concord JWS type, and critical extensions', async () => {
    const { envelope } = await aliceToBob();
    const header = headerOf(envelope);
    const receipt = await forge(
      { ...header, typ: 'concord-receipt+jws' },
      innerJwe(envelope),
      alice.signingKey,
    );
    assert.equal(await codeOf(receipt), 'malformed_envelope');
    const crit = await forge(
      { ...header, crit: ['b64'], b64: false },
      innerJwe(envelope),
      alice.signingKey,
    );
    assert.equal(await codeOf(crit), 'malformed_envelope');
  });

  it('refuses malformed claims: bad id, version, times, handling code', async () => {
    const { envelope } = await aliceToBob();
    const header = headerOf(envelope);
    const variants = [
      { id: header.id === undefined ? 'x' : String(header.id).toUpperCase() },
      { v: 1.5 },
      { v: '1' },
      { exp: header.iat },
      { iat: 'yesterday' },
      { hc: { tlp: 'PURPLE' } },
      { hc: undefined },
      { iss: 'node alice' },
      { type: '../../etc' },
    ];
    for (const change of variants) {
      const forged = await forge({ ...header, ...change }, innerJwe(envelope), alice.signingKey);
      assert.equal(await codeOf(forged), 'malformed_envelope', JSON.stringify(change));
    }
  });
});

describe('the encrypted part', () => {
  async function signedByAlice(jwe: string) {
    const { envelope } = await aliceToBob();
    return forge(headerOf(envelope), jwe, alice.signingKey);
  }
  const binding = async () => {
    const h = headerOf((await aliceToBob()).envelope);
    return { id: h.id, iss: h.iss, aud: h.aud };
  };

  it('fails to decrypt a message encrypted to another node or to a key we do not hold', async () => {
    const claims = claimsFor(alice, bob);
    const toCarol = { ...sealKeys(alice, carol), recipientEncryptionKid: bob.encryptionKid };
    assert.equal(await codeOf(await sealEnvelope(claims, {}, toCarol)), 'decryption_failed');
    const unknownKid = { ...sealKeys(alice, bob), recipientEncryptionKid: 'node-bob-enc-0' };
    assert.equal(await codeOf(await sealEnvelope(claims, {}, unknownKid)), 'decryption_failed');
  });

  it('refuses a payload that is not JSON', async () => {
    const { envelope } = await aliceToBob();
    const h = headerOf(envelope);
    const jwe = await jweToBob({ id: h.id, iss: h.iss, aud: h.aud }, 'not json {');
    assert.equal(await codeOf(await forge(h, jwe, alice.signingKey)), 'malformed_envelope');
  });

  it('refuses other key management, compression, and content that is not a JWE', async () => {
    const ids = await binding();
    const zipped = await signedByAlice(await jweToBob({ ...ids, zip: 'DEF' }, '{}'));
    assert.equal(await codeOf(zipped), 'malformed_envelope');
    const plain = await signedByAlice(JSON.stringify(BENIGN_PAYLOAD));
    assert.equal(await codeOf(plain), 'malformed_envelope');
  });
});

describe('garbage', () => {
  it('refuses text that is not an envelope', async () => {
    const inputs = [
      '',
      '.',
      '..',
      'a.b',
      'a.b.c.d',
      '!!!.abc.def',
      `${Buffer.from('not json').toString('base64url')}.e30.e30`,
      `${Buffer.from('[1,2]').toString('base64url')}.e30.e30`,
      `${Buffer.from('null').toString('base64url')}.e30.e30`,
      `${encodeHeader({})}.e30.e30`,
      'x'.repeat(100_000),
      `${'A'.repeat(20_000)}.e30.e30`,
    ];
    for (const input of inputs) {
      assert.equal(await codeOf(input), 'malformed_envelope', input.slice(0, 40));
    }
  });
});
