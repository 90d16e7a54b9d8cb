import assert from 'node:assert/strict';
import { createPublicKey, generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto';
import { describe, it } from 'node:test';
import { compactDecrypt, compactVerify, importJWK } from 'jose';
import {
  CURVE25519,
  CURVE25519_NOTE,
  NODE_CURVE25519,
  chooseCurve25519,
  loadSodium,
  sodiumCurve25519,
  type Curve25519,
} from './curve25519.ts';
import { signCompact } from './compact-jws.ts';
import { encryptJwe } from './okp-jwe.ts';

const loaded = loadSodium();
if ('error' in loaded) throw new Error(`sodium-native must load here: ${loaded.error}`);
const SODIUM = sodiumCurve25519(loaded.sodium);
const BACKENDS: readonly Curve25519[] = [SODIUM, NODE_CURVE25519];

const rawOf = (key: KeyObject) => Buffer.from(String(key.export({ format: 'jwk' }).x), 'base64url');
const publicFromRaw = (raw: Buffer) =>
  createPublicKey({
    key: { kty: 'OKP', crv: 'X25519', x: raw.toString('base64url') },
    format: 'jwk',
  });

describe('Curve25519 backends', () => {
  it('libsodium is the backend a node uses on this platform, unless told otherwise', () => {
    assert.equal(process.env.CONCORD_CRYPTO, undefined);
    assert.equal(CURVE25519.name, 'libsodium');
    assert.equal(CURVE25519_NOTE, null);
  });

  it('chooses node:crypto when asked or when sodium-native does not load, and says why', () => {
    assert.deepEqual(
      [chooseCurve25519({}).curve.name, chooseCurve25519({}).note],
      ['libsodium', null],
    );
    assert.equal(chooseCurve25519({ CONCORD_CRYPTO: 'libsodium' }).note, null);
    const asked = chooseCurve25519({ CONCORD_CRYPTO: 'node' });
    assert.deepEqual(
      [asked.curve.name, asked.note],
      ['node:crypto', 'CONCORD_CRYPTO=node: using node:crypto'],
    );
    const missing = chooseCurve25519({}, () => ({ error: 'no prebuilt binary for this platform' }));
    assert.equal(missing.curve.name, 'node:crypto');
    assert.match(
      missing.note ?? '',
      /sodium-native did not load \(no prebuilt binary for this platform\)/,
    );
    const typo = chooseCurve25519({ CONCORD_CRYPTO: 'openssl' });
    assert.equal(typo.curve.name, 'libsodium');
    assert.match(typo.note ?? '', /CONCORD_CRYPTO=openssl is not a choice \(node or libsodium\)/);
  });

  it('sign byte for byte alike, and each verifies the other’s signatures', () => {
    for (let i = 0; i < 20; i++) {
      const { privateKey, publicKey } = generateKeyPairSync('ed25519');
      const message = randomBytes(i * 37);
      const bySodium = SODIUM.sign(message, privateKey);
      const byNode = NODE_CURVE25519.sign(message, privateKey);
      assert.equal(bySodium.length, 64);
      assert.deepEqual(bySodium, byNode);
      for (const backend of BACKENDS) {
        assert.equal(backend.verify(message, bySodium, publicKey), true, backend.name);
        const tampered = Buffer.from(bySodium);
        tampered[i % 64] = (tampered[i % 64] ?? 0) ^ 1;
        assert.equal(backend.verify(message, tampered, publicKey), false, backend.name);
        const otherMessage = Buffer.concat([message, Buffer.from([0])]);
        assert.equal(backend.verify(otherMessage, bySodium, publicKey), false, backend.name);
        assert.equal(backend.verify(message, bySodium.subarray(0, 63), publicKey), false);
      }
    }
  });

  it('a signature by one key does not verify under another', () => {
    const a = generateKeyPairSync('ed25519');
    const b = generateKeyPairSync('ed25519');
    const message = Buffer.from('concord');
    for (const backend of BACKENDS)
      assert.equal(
        backend.verify(message, backend.sign(message, a.privateKey), b.publicKey),
        false,
      );
  });

  it('agree on the same secret from either side, whichever backend made the ephemeral key', () => {
    const node = generateKeyPairSync('x25519');
    for (const maker of BACKENDS) {
      for (let i = 0; i < 10; i++) {
        const { ephemeralPublic, z } = maker.ephemeralAgreement(node.publicKey);
        assert.equal(ephemeralPublic.length, 32);
        assert.equal(z.length, 32);
        for (const opener of BACKENDS)
          assert.deepEqual(opener.agree(node.privateKey, ephemeralPublic), z, opener.name);
      }
    }
  });

  it('each ephemeral key is fresh', () => {
    const node = generateKeyPairSync('x25519');
    for (const backend of BACKENDS) {
      const seen = new Set<string>();
      for (let i = 0; i < 50; i++)
        seen.add(backend.ephemeralAgreement(node.publicKey).ephemeralPublic.toString('hex'));
      assert.equal(seen.size, 50, backend.name);
    }
  });

  it('refuse a low-order peer key (the all-zero secret), both ways', () => {
    const node = generateKeyPairSync('x25519');
    // u = 0 and u = 1 are points of small order: every scalar gives zero.
    for (const lowOrder of [
      Buffer.alloc(32),
      Buffer.concat([Buffer.from([1]), Buffer.alloc(31)]),
    ]) {
      for (const backend of BACKENDS) {
        assert.throws(() => backend.agree(node.privateKey, lowOrder), /all-zero secret/);
        assert.throws(
          () => backend.ephemeralAgreement(publicFromRaw(lowOrder)),
          /all-zero secret/,
          backend.name,
        );
      }
    }
  });

  it('refuse keys of the wrong kind or size', () => {
    const ed = generateKeyPairSync('ed25519');
    const x = generateKeyPairSync('x25519');
    for (const backend of BACKENDS) {
      assert.throws(() => backend.sign(Buffer.from('m'), x.privateKey), TypeError);
      assert.throws(() => backend.sign(Buffer.from('m'), ed.publicKey as KeyObject), TypeError);
      assert.throws(() => backend.ephemeralAgreement(ed.publicKey), TypeError);
      assert.throws(() => backend.agree(ed.privateKey, rawOf(x.publicKey)), TypeError);
      assert.throws(() => backend.agree(x.privateKey, Buffer.alloc(31, 9)), TypeError);
    }
  });

  it('what the chosen backend signs and encrypts, jose verifies and decrypts', async () => {
    const signing = generateKeyPairSync('ed25519');
    const encryption = generateKeyPairSync('x25519');
    const jws = await signCompact(
      { typ: 'test', kid: 'k1' },
      Buffer.from('signed'),
      signing.privateKey,
    );
    const verified = await compactVerify(
      jws,
      await importJWK(signing.publicKey.export({ format: 'jwk' }), 'EdDSA'),
    );
    assert.equal(Buffer.from(verified.payload).toString(), 'signed');
    const jwe = encryptJwe(Buffer.from('sealed'), { kid: 'e1' }, encryption.publicKey);
    const decrypted = await compactDecrypt(
      jwe,
      await importJWK(encryption.privateKey.export({ format: 'jwk' }), 'ECDH-ES+A256KW'),
    );
    assert.equal(Buffer.from(decrypted.plaintext).toString(), 'sealed');
  });
});
