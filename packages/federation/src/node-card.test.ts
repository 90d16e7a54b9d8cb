import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseSignedCard } from './card-parse.ts';
import {
  acceptedSigningKeys,
  rotateSigningKey,
  signCard,
  verifyCard,
  type NodeCard,
  type SignedCard,
} from './node-card.ts';
import { DAY_MS, T0, at, cardFor, cardKey, edKey, iso, testNode } from './testing/fixtures.ts';
import { encodeHeader, forge, headerOf } from './testing/jws-surgery.ts';

const node = testNode('node-hotline-nl');

async function signed(overrides: Partial<NodeCard> = {}): Promise<SignedCard> {
  return signCard(cardFor(node, overrides), node.signingKey, node.signingKid);
}

async function codeOf(card: SignedCard, now = T0): Promise<string> {
  const r = await verifyCard(card, now);
  return r.ok ? 'ok' : r.error.code;
}

describe('signCard and verifyCard', () => {
  it('verifies a card it signed, also after a round trip through JSON', async () => {
    const card = await signed();
    assert.equal(await codeOf(card), 'ok');
    const parsed = parseSignedCard(JSON.parse(JSON.stringify(card)));
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.value, card);
    assert.equal(await codeOf(parsed.value), 'ok');
  });

  it('signs over canonical bytes: the order of fields does not matter', async () => {
    const card = await signed();
    const reordered = Object.fromEntries(Object.entries(card.card).reverse());
    const parsed = parseSignedCard({ ...card, card: reordered });
    assert.ok(parsed.ok);
    assert.equal(await codeOf(parsed.value), 'ok');
  });

  it('refuses a card changed after signing', async () => {
    const card = await signed();
    const changes: Partial<NodeCard>[] = [
      { name: 'Someone else' },
      { endpoint: 'https://attacker.example.net' },
      { validUntil: iso(3650) },
      { encryptionKeys: [cardKey(node.encryptionKid, testNode('x').encryptionPublic)] },
    ];
    for (const change of changes) {
      assert.equal(await codeOf({ ...card, card: { ...card.card, ...change } }), 'bad_signature');
    }
  });

  it('refuses a card signed by a key it does not list', async () => {
    const intruder = testNode('node-intruder');
    const other = await signCard(cardFor(intruder), intruder.signingKey, intruder.signingKid);
    const card = await signed();
    assert.equal(await codeOf({ ...card, signature: other.signature }), 'unknown_key');
  });

  it("refuses a card signed by another key under a listed key's kid", async () => {
    const card = await signed();
    const attacker = edKey();
    const header = headerOf(card.signature);
    const forged = await forge(header, 'anything', attacker.privateKey);
    const detached = forged.replace(/\.[^.]*\./, '..');
    assert.equal(await codeOf({ ...card, signature: detached }), 'bad_signature');
  });

  it("refuses alg 'none', HS256 and a signature of another type", async () => {
    const card = await signed();
    const header = headerOf(card.signature);
    const none = `${encodeHeader({ ...header, alg: 'none' })}..`;
    assert.equal(await codeOf({ ...card, signature: none }), 'bad_signature');
    const secret = Buffer.from(node.signingPublic, 'base64url');
    const hs = (await forge({ ...header, alg: 'HS256' }, 'x', secret)).replace(/\.[^.]*\./, '..');
    assert.equal(await codeOf({ ...card, signature: hs }), 'bad_signature');
    const endorsementTyp = `${encodeHeader({ ...header, typ: 'concord-endorsement+jws' })}..${card.signature.split('.')[2]}`;
    assert.equal(await codeOf({ ...card, signature: endorsementTyp }), 'bad_signature');
  });

  it('refuses a card outside its validity window', async () => {
    const card = await signed({ validFrom: iso(-10), validUntil: iso(10) });
    assert.equal(await codeOf(card, at(10 * DAY_MS - 1)), 'ok');
    assert.equal(await codeOf(card, at(10 * DAY_MS)), 'card_expired');
    assert.equal(await codeOf(card, at(-10 * DAY_MS - 1)), 'card_not_yet_valid');
  });

  it('refuses a card signed by a key outside its own validity', async () => {
    const keys = [cardKey(node.signingKid, node.signingPublic, iso(-1))];
    assert.equal(await codeOf(await signed({ signingKeys: keys })), 'unknown_key');
  });

  it('refuses an unknown jurisdiction', async () => {
    for (const jurisdiction of ['XX', 'nl', 'NLD', '']) {
      assert.equal(await codeOf(await signed({ jurisdiction })), 'invalid_jurisdiction');
    }
  });

  it('accepts https with a pin, and plain http only to a loopback address', async () => {
    const ok = [
      { endpoint: 'https://node.example.org' },
      { endpoint: 'http://127.0.0.1:8443', tlsCertificateSha256: null },
      { endpoint: 'http://127.0.0.2:8443/concord', tlsCertificateSha256: null },
      { endpoint: 'http://[::1]:8443', tlsCertificateSha256: null },
    ];
    for (const o of ok) assert.equal(await codeOf(await signed(o)), 'ok', o.endpoint);
    const insecure = [
      { endpoint: 'http://node.example.org', tlsCertificateSha256: null },
      { endpoint: 'http://10.0.0.5:8443', tlsCertificateSha256: null },
      { endpoint: 'http://localhost:8443', tlsCertificateSha256: null },
      { endpoint: 'http://127.0.0.1.attacker.example:80', tlsCertificateSha256: null },
      { endpoint: 'https://node.example.org', tlsCertificateSha256: null },
      { endpoint: 'https://user:secret@node.example.org' },
      { endpoint: 'ftp://node.example.org' },
      { endpoint: 'ws://127.0.0.1:80', tlsCertificateSha256: null },
    ];
    for (const o of insecure) {
      assert.equal(await codeOf(await signed(o)), 'insecure_endpoint', o.endpoint);
    }
  });

  it('refuses to sign with a key that is not the listed one', async () => {
    await assert.rejects(signCard(cardFor(node), edKey().privateKey, node.signingKid));
    await assert.rejects(signCard(cardFor(node), node.signingKey, 'not-listed'));
  });
});

describe('rotateSigningKey', () => {
  const next = edKey();
  const newKey = { kid: 'node-hotline-nl-sig-2', ...next };
  const rotatedAt = at(DAY_MS);

  async function rotated(): Promise<SignedCard> {
    return rotateSigningKey(await signed(), node.signingKey, node.signingKid, newKey, rotatedAt, 7);
  }

  it('adds the new key, ends the old one after the overlap and re-signs with the new key', async () => {
    const card = await rotated();
    assert.equal(headerOf(card.signature).kid, newKey.kid);
    assert.equal(card.rotations.length, 1);
    const [oldKey, newListed] = card.card.signingKeys;
    assert.equal(oldKey?.validUntil, at(8 * DAY_MS).toISOString());
    assert.deepEqual(newListed, {
      kid: newKey.kid,
      publicKey: next.publicKey,
      validFrom: rotatedAt.toISOString(),
      validUntil: null,
    });
    assert.equal(await codeOf(card, at(2 * DAY_MS)), 'ok');
    assert.equal(await codeOf(card, at(30 * DAY_MS)), 'ok');
  });

  it('accepts both keys during the overlap and only the new one after it', async () => {
    const card = (await rotated()).card;
    const kids = (now: Date) => acceptedSigningKeys(card, now).map((k) => k.kid);
    assert.deepEqual(kids(at(2 * DAY_MS)), [node.signingKid, newKey.kid]);
    assert.deepEqual(kids(at(8 * DAY_MS)), [newKey.kid]);
    assert.deepEqual(kids(at(DAY_MS - 1)), [node.signingKid]);
  });

  it('accepts a card signed by the old key within the overlap and refuses it after', async () => {
    const card = await rotated();
    const byOld = {
      ...(await signCard(card.card, node.signingKey, node.signingKid)),
      rotations: card.rotations,
    };
    assert.equal(await codeOf(byOld, at(8 * DAY_MS - 1)), 'ok');
    assert.equal(await codeOf(byOld, at(8 * DAY_MS)), 'unknown_key');
  });

  it('refuses a rotation statement that was altered, forged or moved to another node', async () => {
    const card = await rotated();
    const [rotation] = card.rotations;
    assert.ok(rotation);
    const altered = { ...rotation, at: iso(2) };
    assert.equal(await codeOf({ ...card, rotations: [altered] }, at(2 * DAY_MS)), 'bad_rotation');

    const attacker = edKey();
    const forged = (await forge(headerOf(rotation.signature), 'x', attacker.privateKey)).replace(
      /\.[^.]*\./,
      '..',
    );
    const withForged = { ...card, rotations: [{ ...rotation, signature: forged }] };
    assert.equal(await codeOf(withForged, at(2 * DAY_MS)), 'bad_rotation');

    const self = { ...rotation, newKid: rotation.oldKid };
    assert.equal(await codeOf({ ...card, rotations: [self] }, at(2 * DAY_MS)), 'bad_rotation');

    const elsewhere = { ...card.card, nodeId: 'node-elsewhere' };
    const moved = {
      ...(await signCard(elsewhere, next.privateKey, newKey.kid)),
      rotations: [rotation],
    };
    assert.equal(await codeOf(moved, at(2 * DAY_MS)), 'bad_rotation');
  });

  it('refuses keys that do not match the card', async () => {
    const card = await signed();
    await assert.rejects(
      rotateSigningKey(card, edKey().privateKey, node.signingKid, newKey, rotatedAt, 7),
    );
    const mismatched = { ...newKey, publicKey: edKey().publicKey };
    await assert.rejects(
      rotateSigningKey(card, node.signingKey, node.signingKid, mismatched, rotatedAt, 7),
    );
    const sameKid = { ...newKey, kid: node.signingKid };
    await assert.rejects(
      rotateSigningKey(card, node.signingKey, node.signingKid, sameKid, rotatedAt, 7),
    );
  });
});
