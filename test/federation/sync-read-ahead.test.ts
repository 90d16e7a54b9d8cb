import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Tlp } from '@concord/core';
import { STORAGE_DIALECTS } from '@concord/storage';
import {
  auditEvents,
  bankDigest,
  seededBank,
  shareAndSubscribe,
  startPeeredPair,
  type FedNode,
} from './federation-harness.ts';

/** Three pages of 5,000 (the last short): even changes GREEN, odd ones AMBER. */
const SIGNALS = 12_000;
const label = (n: number): Tlp => (n % 2 === 0 ? 'GREEN' : 'AMBER');

/**
 * Read-ahead: once A serves a page of a pull and more follow, it builds and
 * seals the next page before it is asked for. These tests change what that
 * page depends on between the two requests (the rules, the bank's signals,
 * the peer's status, the time) and check that the peer gets what a page
 * built on request would hold, never the page built before the change.
 */
for (const database of STORAGE_DIALECTS) {
  describe(`sync pages built ahead are served only while they still hold (${database})`, () => {
    let a: FedNode;
    let b: FedNode;
    const readAhead = () => a.node.app.concord.federation.readAhead;

    before(async () => {
      [a, b] = await startPeeredPair(database);
    });
    after(async () => {
      for (const n of [a, b]) await n?.node.close();
    });

    /** A bank on A shared with B up to AMBER, B subscribed, and B's first page pulled. */
    async function pulledOnePage(name: string) {
      const bankId = await seededBank(a, name, 'read-ahead test', SIGNALS, label);
      const subscription = await shareAndSubscribe(a, b, bankId, 'AMBER');
      const built = readAhead().counts.built;
      const first = await b.node.app.concord.federation.pull(subscription.id, 1);
      assert.ok(first.ok, first.ok ? '' : first.error.message);
      assert.equal(first.value.signals, 5000);
      assert.equal(readAhead().counts.built, built + 1, 'the second page is built ahead');
      return { bankId, subscription, counts: { ...readAhead().counts } };
    }

    async function pullRest(subscriptionId: string) {
      const rest = await b.node.app.concord.federation.pull(subscriptionId);
      assert.ok(rest.ok, rest.ok ? '' : rest.error.message);
      assert.equal(rest.value.complete, true);
      return rest.value;
    }

    it('serves the page built ahead when nothing changed, with the same content', async () => {
      const { bankId, subscription, counts } = await pulledOnePage('ahead-unchanged');
      await pullRest(subscription.id);
      assert.equal(
        readAhead().counts.served,
        counts.served + 2,
        'pages 2 and 3 came from read-ahead',
      );
      assert.equal(readAhead().counts.dropped, counts.dropped);
      assert.deepEqual(
        await bankDigest(b.node.ctx.storage, subscription.localBankId),
        await bankDigest(a.node.ctx.storage, bankId),
      );
      // Each page served is audited once, read ahead or not.
      const served = (await auditEvents(a.node.ctx.storage, 'sync.served', bankId)).filter(
        (e) => e.outcome === 'success',
      );
      assert.deepEqual(
        served.map((e) => Number(e.details.from)).sort((x, y) => x - y),
        [0, 5000, 10_000],
      );
    });

    it('drops it when the rules narrow in between: nothing AMBER goes after the change', async () => {
      const { bankId, subscription, counts } = await pulledOnePage('ahead-narrowed');
      const rules = (await a.admin.request('GET', `/api/v1/banks/${bankId}/sharing-rules`)).json();
      const green = await a.admin.request('POST', `/api/v1/banks/${bankId}/sharing-rules`, {
        target: { kind: 'peer', nodeId: b.nodeId },
        maxTlp: 'GREEN',
      });
      assert.equal(green.statusCode, 201, green.body);
      assert.equal(await a.node.app.concord.federation.deliver(), 1, 'its offer reaches B');
      for (const rule of rules) {
        const removed = await a.admin.request('DELETE', `/api/v1/sharing-rules/${rule.id}`);
        assert.equal(removed.statusCode, 204, removed.body);
      }
      const rest = await pullRest(subscription.id);
      assert.equal(readAhead().counts.dropped, counts.dropped + 1);
      assert.equal(rest.signals, 3500, 'only the GREEN half of pages 2 and 3');
      assert.equal(rest.tombstones, 3500);
      const held = await b.node.ctx.storage.signals.changesSince(
        subscription.localBankId,
        0,
        20_000,
      );
      const amber = held.filter((s) => s.retractedAt === null && s.handling.tlp === 'AMBER');
      assert.equal(amber.length, 2500, 'AMBER signals came only with page 1, before the change');
    });

    it('drops it when a signal of the next page is retracted in between: the peer never gets it', async () => {
      const { bankId, subscription, counts } = await pulledOnePage('ahead-retracted');
      const page2 = await a.node.ctx.storage.signals.changesSince(bankId, 5000, 10);
      const target = page2[3];
      assert.ok(target && target.retractedAt === null);
      await a.node.ctx.storage.transaction((tx) =>
        tx.signals.retract(target.id, 'test: withdrawn', a.node.clock.now().toISOString()),
      );
      await pullRest(subscription.id);
      assert.equal(readAhead().counts.dropped, counts.dropped + 1);
      assert.equal(
        await b.node.ctx.storage.signals.findByRemoteId(subscription.localBankId, target.id),
        null,
        'built on request, page 2 leaves the retracted signal out (it comes last, as a tombstone)',
      );
      assert.deepEqual(
        await bankDigest(b.node.ctx.storage, subscription.localBankId),
        await bankDigest(a.node.ctx.storage, bankId),
      );
    });

    it('serves nothing while the peer is suspended, and the right pages once it is resumed', async () => {
      const { bankId, subscription } = await pulledOnePage('ahead-suspended');
      const suspended = await a.admin.request('POST', `/api/v1/peers/${b.nodeId}/suspend`);
      assert.equal(suspended.statusCode, 204, suspended.body);
      const refused = await b.node.app.concord.federation.pull(subscription.id);
      assert.equal(refused.ok, false);
      const atB = await b.node.ctx.storage.subscriptions.get(subscription.id);
      assert.equal(atB?.cursor, 5000, 'nothing came after page 1');
      const resumed = await a.admin.request('POST', `/api/v1/peers/${b.nodeId}/resume`);
      assert.equal(resumed.statusCode, 204, resumed.body);
      await pullRest(subscription.id);
      assert.deepEqual(
        await bankDigest(b.node.ctx.storage, subscription.localBankId),
        await bankDigest(a.node.ctx.storage, bankId),
      );
    });

    it('drops it when it is older than its limit', async () => {
      const { bankId, subscription, counts } = await pulledOnePage('ahead-stale');
      for (const n of [a, b]) n.node.clock.advance(readAhead().maxAgeMs + 1000);
      await pullRest(subscription.id);
      assert.equal(readAhead().counts.dropped, counts.dropped + 1);
      assert.equal(
        readAhead().counts.served,
        counts.served + 1,
        'page 3, built ahead after page 2',
      );
      assert.deepEqual(
        await bankDigest(b.node.ctx.storage, subscription.localBankId),
        await bankDigest(a.node.ctx.storage, bankId),
      );
    });
  });
}
