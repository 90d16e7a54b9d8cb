// The node:crypto JOSE code against jose, the reference implementation: each
// decrypts/verifies what the other produced, and tampering is refused.
import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { describe, it } from 'node:test';
import { CompactEncrypt, CompactSign, compactDecrypt, compactVerify } from 'jose';
import { signCompact, verifyCompact } from './compact-jws.ts';
import { decryptJwe, encryptJwe } from './okp-jwe.ts';

const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('utf8');
const header = (jwe: string) =>
  JSON.parse(Buffer.from(jwe.split('.')[0] ?? '', 'base64url').toString('utf8')) as Record<
    string,
    unknown
  >;

/** Replaces one character of a part with another base64url character. */
function flip(compact: string, part: number): string {
  const parts = compact.split('.');
  const p = parts[part] ?? '';
  const i = Math.floor(p.length / 2);
  parts[part] = `${p.slice(0, i)}${p[i] === 'A' ? 'B' : 'A'}${p.slice(i + 1)}`;
  return parts.join('.');
}

describe('JWE ECDH-ES+A256KW / A256GCM with node:crypto', () => {
  const bob = generateKeyPairSync('x25519');
  const plaintext = new TextEncoder().encode('{"note":"benign test payload ✓"}');

  it('produces what jose decrypts, with the header fields given', async () => {
    const jwe = encryptJwe(plaintext, { kid: 'enc-1', id: 'm-1' }, bob.publicKey);
    const opened = await compactDecrypt(jwe, bob.privateKey, {
      keyManagementAlgorithms: ['ECDH-ES+A256KW'],
      contentEncryptionAlgorithms: ['A256GCM'],
    });
    assert.equal(text(opened.plaintext), text(plaintext));
    assert.equal(opened.protectedHeader.kid, 'enc-1');
    assert.equal(opened.protectedHeader.id, 'm-1');
  });

  it('decrypts what jose produced', async () => {
    const jwe = await new CompactEncrypt(plaintext)
      .setProtectedHeader({ alg: 'ECDH-ES+A256KW', enc: 'A256GCM', kid: 'enc-1' })
      .encrypt(bob.publicKey);
    assert.equal(text(decryptJwe(jwe.split('.'), header(jwe), bob.privateKey)), text(plaintext));
  });

  it('decrypts jose output that names party information (apu, apv)', async () => {
    const jwe = await new CompactEncrypt(plaintext)
      .setProtectedHeader({ alg: 'ECDH-ES+A256KW', enc: 'A256GCM' })
      .setKeyManagementParameters({
        apu: new TextEncoder().encode('alice'),
        apv: new TextEncoder().encode('bob'),
      })
      .encrypt(bob.publicKey);
    assert.equal(text(decryptJwe(jwe.split('.'), header(jwe), bob.privateKey)), text(plaintext));
  });

  it('uses a fresh ephemeral key, key and IV for every message', () => {
    const a = encryptJwe(plaintext, {}, bob.publicKey).split('.');
    const b = encryptJwe(plaintext, {}, bob.publicKey).split('.');
    for (let i = 0; i < 5; i++) assert.notEqual(a[i], b[i]);
  });

  it('refuses a message for another key, and any tampered part', () => {
    const jwe = encryptJwe(plaintext, { kid: 'enc-1' }, bob.publicKey);
    const carol = generateKeyPairSync('x25519');
    assert.throws(() => decryptJwe(jwe.split('.'), header(jwe), carol.privateKey));
    for (let part = 0; part < 5; part++) {
      const bad = flip(jwe, part);
      let h: Record<string, unknown>;
      try {
        h = header(bad);
      } catch {
        continue; // a header that no longer parses never reaches decryption
      }
      assert.throws(() => decryptJwe(bad.split('.'), h, bob.privateKey), `part ${part}`);
    }
  });

  it('refuses an ephemeral key that is not an X25519 public key, or a truncated tag', () => {
    const jwe = encryptJwe(plaintext, {}, bob.publicKey);
    const h = header(jwe);
    const parts = jwe.split('.');
    const epk = h.epk as Record<string, unknown>;
    assert.throws(() =>
      decryptJwe(parts, { ...h, epk: { ...epk, crv: 'Ed25519' } }, bob.privateKey),
    );
    assert.throws(() => decryptJwe(parts, { ...h, epk: { ...epk, x: 'short' } }, bob.privateKey));
    // A low-order point (all zeros) would give the all-zero secret.
    const zero = Buffer.alloc(32).toString('base64url');
    assert.throws(() => decryptJwe(parts, { ...h, epk: { ...epk, x: zero } }, bob.privateKey));
    const short = [...parts.slice(0, 4), (parts[4] ?? '').slice(0, 16)];
    assert.throws(() => decryptJwe(short, h, bob.privateKey));
    assert.throws(() => decryptJwe(parts.slice(0, 4), h, bob.privateKey));
  });
});

describe('compact JWS EdDSA with node:crypto', () => {
  const alice = generateKeyPairSync('ed25519');
  const payload = new TextEncoder().encode('signed benign payload');

  it('produces what jose verifies, and verifies what jose produced', async () => {
    const ours = await signCompact({ typ: 'test', kid: 'sig-1' }, payload, alice.privateKey);
    const checked = await compactVerify(ours, alice.publicKey, { algorithms: ['EdDSA'] });
    assert.equal(text(checked.payload), text(payload));
    assert.equal(checked.protectedHeader.kid, 'sig-1');
    const theirs = await new CompactSign(payload)
      .setProtectedHeader({ alg: 'EdDSA', kid: 'sig-1' })
      .sign(alice.privateKey);
    assert.equal(
      text((await verifyCompact(theirs, alice.publicKey)) ?? new Uint8Array()),
      text(payload),
    );
  });

  it('refuses another key, tampering, other algorithms and crit extensions', async () => {
    const jws = await signCompact({ kid: 'sig-1' }, payload, alice.privateKey);
    const mallory = generateKeyPairSync('ed25519');
    assert.equal(await verifyCompact(jws, mallory.publicKey), null);
    for (let part = 0; part < 3; part++)
      assert.equal(await verifyCompact(flip(jws, part), alice.publicKey), null, `part ${part}`);
    const [, p, s] = jws.split('.');
    const none = Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url');
    assert.equal(await verifyCompact(`${none}.${p}.`, alice.publicKey), null);
    assert.equal(await verifyCompact(`${none}.${p}.${s}`, alice.publicKey), null);
    // Correctly signed, but with a critical extension this code does not implement.
    const crit = await signCompact({ b64: false, crit: ['b64'] }, payload, alice.privateKey);
    assert.equal(await verifyCompact(crit, alice.publicKey), null);
    // A private key or an X25519 key is not a verification key.
    assert.equal(await verifyCompact(jws, alice.privateKey), null);
    assert.equal(await verifyCompact(jws, generateKeyPairSync('x25519').publicKey), null);
  });
});
