import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { signCard, type SignedCard } from '@concord/federation';
import { MESSAGE_LIFETIME_MS, sealFor } from '../../apps/server/src/federation/messaging.ts';
import { MIN_OVERLAP_DAYS } from '../../apps/server/src/federation/key-rotation.ts';
import { keyId } from '../../apps/server/src/federation/own-card.ts';
import { rawPublicKey } from '../../apps/server/src/keys/node-keys.ts';
import { peer, startFedNode, type FedNode } from './federation-harness.ts';

const DAY = 86_400_000;

/** Every node's clock moves together, as real time would. */
function advance(nodes: readonly FedNode[], ms: number): void {
  for (const n of nodes) n.node.clock.advance(ms);
}

async function postEnvelope(to: FedNode, envelope: string) {
  const r = await to.node.app.inject({
    method: 'POST',
    url: '/federation/v1/inbox',
    payload: { envelope },
  });
  return { status: r.statusCode, body: r.json() as { error?: { code: string } } };
}

/** The message.received events the node recorded for messages of one type, newest last. */
async function received(n: FedNode, type: string) {
  const page = await n.node.ctx.storage.audit.list(
    { action: 'message.received' },
    { offset: 0, limit: 200 },
  );
  return page.items.filter((e) => e.details.type === type).reverse();
}

for (const database of ['sqlite', 'postgres'] as const) {
  describe(`key rotation between two nodes (${database})`, () => {
    let a: FedNode;
    let b: FedNode;
    let c: FedNode;
    let oldFingerprint: string;
    const oldKeyEnvelopes: string[] = [];
    let sealedToOldKey: string;

    before(async () => {
      [a, b, c] = await Promise.all([
        startFedNode('Unit A', 'FR', database),
        startFedNode('Unit B', 'KE', database),
        startFedNode('Unit C', 'BR', database),
      ]);
      for (const [x, y] of [
        [a, b],
        [b, a],
        [b, c],
        [c, b],
      ] as const)
        await peer(x, y);
      oldFingerprint = (await a.admin.request('GET', '/api/v1/node/card')).json().fingerprint;
      // Two pings A signs with its old key, valid for 30 days, kept to replay later.
      for (let i = 0; i < 2; i++) {
        const s = await sealFor(
          a.node.ctx,
          a.node.app.concord.federation.directory,
          b.nodeId,
          'ping',
          { note: `old key ${i}` },
          null,
          30 * DAY,
        );
        assert.equal(s.ok, true);
        if (s.ok) oldKeyEnvelopes.push(s.value.envelope);
      }
      // B seals a ping to A's current (soon old) encryption key, and holds it back.
      const s = await sealFor(
        b.node.ctx,
        b.node.app.concord.federation.directory,
        a.nodeId,
        'ping',
        { note: 'sealed to the old encryption key' },
        null,
        30 * DAY,
      );
      assert.equal(s.ok, true);
      if (s.ok) sealedToOldKey = s.value.envelope;
    });

    after(async () => {
      await Promise.all([a, b, c].map((n) => n?.node.close()));
    });

    it('refuses an overlap shorter than a queued message lives, or longer than 90 days', async () => {
      assert.ok(
        MIN_OVERLAP_DAYS * DAY >= MESSAGE_LIFETIME_MS,
        'no overlap shorter than a message lives',
      );
      for (const overlapDays of [3, 91, 7.5]) {
        const r = await a.admin.request('POST', '/api/v1/node/keys/rotate', { overlapDays });
        assert.equal(r.statusCode, 400, r.body);
        assert.equal(r.json().error.code, 'invalid_request');
      }
      const card = (await a.admin.request('GET', '/api/v1/node/card')).json();
      assert.equal(card.fingerprint, oldFingerprint, 'a refused rotation changes nothing');
    });

    it('rotates: a new fingerprint, both keys in the card, the old one vouching for the new', async () => {
      const r = await a.admin.request('POST', '/api/v1/node/keys/rotate', { overlapDays: 14 });
      assert.equal(r.statusCode, 200, r.body);
      const report = r.json();
      assert.equal(report.peersNotified, 1);
      assert.deepEqual(report.peersMissed, []);
      assert.notEqual(report.fingerprint, oldFingerprint);
      assert.notEqual(report.newSigningKid, report.oldSigningKid);

      const own = (await a.admin.request('GET', '/api/v1/node/card')).json();
      assert.equal(own.fingerprint, report.fingerprint);
      const card = own.card as SignedCard;
      assert.deepEqual(
        card.card.signingKeys.map((k) => k.kid),
        [report.oldSigningKid, report.newSigningKid],
      );
      assert.equal(card.card.signingKeys[0]?.validUntil, report.overlapUntil);
      assert.deepEqual(
        card.rotations.map((x) => [x.oldKid, x.newKid]),
        [[report.oldSigningKid, report.newSigningKid]],
      );
      const [event] = (
        await a.node.ctx.storage.audit.list({ action: 'node.keys_rotate' }, { offset: 0, limit: 5 })
      ).items;
      assert.equal(event?.details.newSigningKid, report.newSigningKid);
      assert.equal(event?.details.peersNotified, 1);
      const retired = await a.node.ctx.storage.identity.retiredKeys(
        a.node.clock.now().toISOString(),
      );
      assert.deepEqual(retired.map((k) => k.purpose).sort(), ['encryption', 'signing']);
    });

    it('tells the peer first: the re-issued card arrives before anything signed with the new key', async () => {
      const sent = await a.node.app.concord.federation.send(
        b.nodeId,
        'ping',
        { note: 'new key' },
        null,
      );
      assert.equal(sent.ok, true);
      // The rotation already started a delivery pass for the card; this one waits for both.
      await a.node.app.concord.federation.deliver();
      assert.deepEqual(await a.node.ctx.storage.outbox.queue(b.nodeId), {
        pending: 0,
        oldest: null,
      });
      const updates = await received(b, 'card.update');
      assert.equal(updates.length, 1);
      assert.equal(updates[0]?.details.applied, true);
      const pings = await received(b, 'ping');
      assert.equal(pings.length, 1, 'the ping signed with the new key was accepted');
      const own = (await a.admin.request('GET', '/api/v1/node/card')).json();
      const seen = await b.node.ctx.storage.peers.get(a.nodeId);
      assert.equal(seen?.fingerprint, own.fingerprint);
      assert.equal(seen?.status, 'active');
    });

    it('opens a message a peer sealed to the old encryption key during the overlap', async () => {
      const r = await postEnvelope(a, sealedToOldKey);
      assert.equal(r.status, 200, JSON.stringify(r.body));
      // And B, now holding the new card, seals to the new key; A's receipt is signed with its new key.
      const sent = await b.node.app.concord.federation.send(a.nodeId, 'ping', { note: 'x' }, null);
      assert.equal(sent.ok, true);
      assert.equal(await b.node.app.concord.federation.deliver(), 1);
      assert.equal((await received(a, 'ping')).length, 2);
    });

    it('accepts the old signing key until the overlap ends, and refuses it after', async () => {
      advance([a, b, c], 13 * DAY);
      const during = await postEnvelope(b, oldKeyEnvelopes[0] ?? '');
      assert.equal(during.status, 200, JSON.stringify(during.body));
      advance([a, b, c], 2 * DAY);
      const afterOverlap = await postEnvelope(b, oldKeyEnvelopes[1] ?? '');
      assert.notEqual(afterOverlap.status, 200);
      assert.equal(afterOverlap.body.error?.code, 'unknown_key');
      const own = (await a.node.app.inject({ method: 'GET', url: '/federation/v1/card' })).json();
      assert.equal((own as SignedCard).card.signingKeys.length, 1, 'the old key left the card');
      // New-key traffic still flows after the overlap.
      const sent = await a.node.app.concord.federation.send(b.nodeId, 'ping', { note: 'y' }, null);
      assert.equal(sent.ok, true);
      assert.equal(await a.node.app.concord.federation.deliver(), 1);
    });

    it("refuses a card update that is not vouched for by the sender's trusted key", async () => {
      const before = await b.node.ctx.storage.peers.get(c.nodeId);
      // C claims a brand-new key no key of its vouches for.
      const own = (await c.node.app.inject({ method: 'GET', url: '/federation/v1/card' })).json();
      const stranger = generateKeyPairSync('ed25519');
      const publicKey = rawPublicKey(stranger.publicKey);
      const kid = keyId('s', publicKey);
      const forged = await signCard(
        {
          ...(own as SignedCard).card,
          signingKeys: [
            { kid, publicKey, validFrom: c.node.clock.now().toISOString(), validUntil: null },
          ],
        },
        stranger.privateKey,
        kid,
      );
      // And C passes off A's card as its own.
      const aCard = (await a.node.app.inject({ method: 'GET', url: '/federation/v1/card' })).json();
      for (const card of [forged, aCard]) {
        const sent = await c.node.app.concord.federation.send(
          b.nodeId,
          'card.update',
          { card: JSON.parse(JSON.stringify(card)) },
          null,
        );
        assert.equal(sent.ok, true);
      }
      assert.equal(await c.node.app.concord.federation.deliver(), 2);
      const updates = (await received(b, 'card.update')).filter(
        (e) => e.details.sender === c.nodeId,
      );
      assert.deepEqual(
        updates.map((e) => [e.details.applied, e.details.reason]),
        [
          [false, 'card_key_changed'],
          [false, 'card_other_node'],
        ],
      );
      const after = await b.node.ctx.storage.peers.get(c.nodeId);
      assert.equal(after?.fingerprint, before?.fingerprint);
      assert.deepEqual(after?.card, before?.card);
    });
  });
}
