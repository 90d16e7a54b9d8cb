import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { endorseCard, verifyEndorsement } from './card-endorsement.ts';
import { signCard } from './node-card.ts';
import { cardFor, edKey, testNode } from './testing/fixtures.ts';

const node = testNode('node-police-de');
const anchor = { id: 'anchor-international', ...edKey() };
const trusted = { id: anchor.id, publicKey: anchor.publicKey };

async function endorsed() {
  const card = await signCard(cardFor(node), node.signingKey, node.signingKid);
  return endorseCard(card, anchor.privateKey, anchor.id);
}

describe('endorseCard and verifyEndorsement', () => {
  it('accepts an endorsement by the configured anchor', async () => {
    assert.equal(await verifyEndorsement(await endorsed(), trusted), true);
  });

  it('refuses an endorsement signed by another key under the anchor id', async () => {
    const card = await signCard(cardFor(node), node.signingKey, node.signingKid);
    const impostor = await endorseCard(card, edKey().privateKey, anchor.id);
    assert.equal(await verifyEndorsement(impostor, trusted), false);
  });

  it('refuses an endorsement by the node itself', async () => {
    const card = await signCard(cardFor(node), node.signingKey, node.signingKid);
    const self = await endorseCard(card, node.signingKey, anchor.id);
    assert.equal(await verifyEndorsement(self, trusted), false);
  });

  it('refuses an endorsement carried over to a changed card', async () => {
    const card = await endorsed();
    const changed = { ...card, card: { ...card.card, endpoint: 'https://elsewhere.example.org' } };
    assert.equal(await verifyEndorsement(changed, trusted), false);
  });

  it('refuses when no endorsement names the anchor, or the anchor key is not a key', async () => {
    const card = await endorsed();
    assert.equal(await verifyEndorsement(card, { ...trusted, id: 'anchor-other' }), false);
    const renamed = {
      ...card,
      endorsements: card.endorsements.map((e) => ({ ...e, anchorId: 'anchor-other' })),
    };
    assert.equal(await verifyEndorsement(renamed, { ...trusted, id: 'anchor-other' }), false);
    assert.equal(await verifyEndorsement(card, { ...trusted, publicKey: 'not-a-key' }), false);
  });

  it('keeps one endorsement per anchor', async () => {
    const card = await endorsed();
    const again = await endorseCard(card, anchor.privateKey, anchor.id);
    assert.equal(again.endorsements.length, 1);
    const second = await endorseCard(again, edKey().privateKey, 'anchor-regional');
    assert.deepEqual(
      second.endorsements.map((e) => e.anchorId),
      [anchor.id, 'anchor-regional'],
    );
    assert.equal(await verifyEndorsement(second, trusted), true);
  });
});
