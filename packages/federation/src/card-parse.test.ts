import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { endorseCard } from './card-endorsement.ts';
import { parseSignedCard } from './card-parse.ts';
import { rotateSigningKey, signCard } from './node-card.ts';
import { DAY_MS, at, cardFor, cardKey, edKey, testNode } from './testing/fixtures.ts';

const node = testNode('node-prosecutor-fr');

async function json(): Promise<Record<string, unknown>> {
  const signed = await signCard(cardFor(node), node.signingKey, node.signingKid);
  const next = { kid: 'sig-2', ...edKey() };
  const rotated = await rotateSigningKey(
    signed,
    node.signingKey,
    node.signingKid,
    next,
    at(DAY_MS),
    7,
  );
  const endorsed = await endorseCard(rotated, edKey().privateKey, 'anchor-1');
  return JSON.parse(JSON.stringify(endorsed));
}

function codeOf(value: unknown): string {
  const r = parseSignedCard(value);
  return r.ok ? 'ok' : r.error.code;
}

describe('parseSignedCard', () => {
  it('reads a signed card with rotations and endorsements', async () => {
    const value = await json();
    const r = parseSignedCard(value);
    assert.ok(r.ok);
    assert.deepEqual(r.value, value);
  });

  it('refuses what is not a card', () => {
    for (const value of [null, 42, 'card', [], {}, { card: {} }]) {
      assert.equal(codeOf(value), 'malformed_card', JSON.stringify(value));
    }
  });

  it('refuses unknown fields, which the signature would not cover', async () => {
    const value = await json();
    assert.equal(codeOf({ ...value, extra: 1 }), 'malformed_card');
    const card = { ...cardFor(node), role: 'admin' };
    assert.equal(codeOf({ ...value, card }), 'malformed_card');
  });

  it('refuses malformed fields', async () => {
    const value = await json();
    const base = cardFor(node);
    const cards: Record<string, unknown>[] = [
      { ...base, version: 2 },
      { ...base, kind: 'bank' },
      { ...base, nodeId: 'node with spaces' },
      { ...base, name: '' },
      { ...base, name: 'Police \u202eevil' },
      { ...base, organisation: 'x'.repeat(201) },
      { ...base, endpoint: 'not a url' },
      { ...base, tlsCertificateSha256: 'AB'.repeat(32) },
      { ...base, issuedAt: '2026-02-30T00:00:00Z' },
      { ...base, validFrom: '2026-03-01' },
      { ...base, validFrom: base.validUntil, validUntil: base.validFrom },
      { ...base, signingKeys: [] },
      { ...base, signingKeys: [cardKey('k', 'short')] },
      { ...base, signingKeys: [cardKey('k', node.signingPublic), cardKey('k', edKey().publicKey)] },
      {
        ...base,
        encryptionKeys: Array.from({ length: 17 }, (_, i) =>
          cardKey(`k${i}`, node.encryptionPublic),
        ),
      },
      { ...base, signingKeys: [{ ...cardKey('k', node.signingPublic), validUntil: 'never' }] },
    ];
    for (const card of cards) {
      assert.equal(
        codeOf({ ...value, card }),
        'malformed_card',
        JSON.stringify(card).slice(0, 120),
      );
    }
  });

  it('refuses malformed signatures, rotations and endorsements', async () => {
    const value = await json();
    const variants: Record<string, unknown>[] = [
      { signature: 'abc' },
      { signature: 'a.b.c' },
      { rotations: {} },
      { rotations: [{ oldKid: 'a' }] },
      { endorsements: [{ anchorId: 'a', signature: 'x' }] },
      { endorsements: Array.from({ length: 33 }, () => ({ anchorId: 'a', signature: 'e30..AA' })) },
    ];
    for (const change of variants) {
      assert.equal(
        codeOf({ ...value, ...change }),
        'malformed_card',
        JSON.stringify(change).slice(0, 80),
      );
    }
  });
});
