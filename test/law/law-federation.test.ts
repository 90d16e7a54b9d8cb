import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { peer, startFedNode, type FedNode } from '../federation/federation-harness.ts';
import { auditEvents, publication, publish, resign } from './law-fixtures.ts';

/**
 * Two nodes on loopback, peered both ways: Germany's node publishes Germany's profile and France's
 * node receives it through the outbox; forged profiles sent the same way are refused and audited.
 */
for (const database of ['sqlite', 'postgres'] as const) {
  describe(`a national profile published over federation (${database})`, () => {
    let fr: FedNode;
    let de: FedNode;

    before(async () => {
      [fr, de] = await Promise.all([
        startFedNode('Unit FR', 'FR', database),
        startFedNode('Unit DE', 'DE', database),
      ]);
      await peer(fr, de);
      await peer(de, fr);
    });
    after(async () => {
      for (const n of [fr, de]) await n?.node.close();
    });

    async function frHolds(jurisdiction: string) {
      return (
        await fr.admin.request('GET', `/api/v1/law/profiles?jurisdiction=${jurisdiction}`)
      ).json();
    }

    it('reaches the peer, which shows it as authoritative with publisher and date, keeping the bundled one', async () => {
      const { id, sentTo } = await publish(
        de.admin,
        publication('grooming.sexual_communication', 'yes', 'published by DE'),
      );
      assert.deepEqual(sentTo, [fr.nodeId]);
      assert.equal(await de.node.app.concord.federation.deliver(), 1);
      const country = (await fr.admin.request('GET', '/api/v1/law/countries/DE')).json();
      assert.equal(country.profile.authoritative, 'published');
      assert.equal(country.profile.publication.id, id);
      assert.equal(country.profile.publication.publisherNodeId, de.nodeId);
      assert.equal(country.profile.publication.publisherName, 'Unit DE');
      assert.equal(country.profile.publication.receivedVia, 'federation');
      assert.equal(country.profile.publication.receivedFrom, de.nodeId);
      assert.equal(country.profile.publication.publishedAt, de.node.clock.now().toISOString());
      const value = country.profile.conducts.find(
        (c: { conduct: string }) => c.conduct === 'grooming.sexual_communication',
      );
      assert.equal(value.effective.value, 'yes');
      assert.equal(value.origin.kind, 'published');
      assert.ok(value.bundled, 'the bundled version is kept beside it');
      const [event] = await auditEvents(fr.node.ctx.storage, 'law.profile_received');
      assert.equal(event?.objectId, id);
    });

    it('refuses a profile for another jurisdiction, a tampered one and one signed by the wrong key', async () => {
      const held = await frHolds('FR');
      const deHeld = await frHolds('DE');
      const file = (await de.admin.request('GET', '/api/v1/law/profile/export')).json();
      const kid = file.signature.keyId;
      const claimsFr = {
        ...file.profile,
        jurisdiction: 'FR',
        publisher: { ...file.profile.publisher, jurisdiction: 'FR' },
      };
      const tampered = structuredClone(file);
      tampered.profile.values.conducts['grooming.sexual_communication'].value = 'no';
      const wrongKey = resign(file.profile, fr.node.ctx.signingKey, kid);
      const federation = de.node.app.concord.federation;
      for (const forged of [resign(claimsFr, de.node.ctx.signingKey, kid), tampered, wrongKey]) {
        const sent = await federation.send(fr.nodeId, 'law.profile', forged, null);
        assert.ok(sent.ok);
      }
      assert.equal(await federation.deliver(), 3);
      assert.deepEqual(await frHolds('FR'), held);
      assert.deepEqual(await frHolds('DE'), deHeld);
      const refused = await auditEvents(fr.node.ctx.storage, 'law.profile_rejected');
      assert.deepEqual(
        refused.map((e) => e.details.code),
        ['bad_signature', 'bad_signature', 'publisher_not_authoritative'],
      );
      for (const e of refused) assert.equal(e.details.from, de.nodeId);
    });

    it('keeps both versions when the publisher publishes again', async () => {
      de.node.clock.advance(60_000);
      const { id } = await publish(
        de.admin,
        publication('grooming.sexual_communication', 'partial', 'amended'),
      );
      await de.node.app.concord.federation.deliver();
      const versions = await frHolds('DE');
      assert.equal(versions.length, 2);
      assert.equal(versions[0].id, id);
      assert.deepEqual(
        versions.map((v: { authoritative: boolean }) => v.authoritative),
        [true, false],
      );
    });
  });
}
