import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { STORAGE_DIALECTS } from '@concord/storage';
import {
  auditEvents,
  bankDigest,
  benignMd5,
  localSignal,
  seedBank,
  seededBank,
  shareAndSubscribe,
  startPeeredPair,
  type FedNode,
} from './federation-harness.ts';

const SIGNALS = 100_000;
/** Every tenth signal is RED, which a sharing rule never sends; the rest alternate GREEN and AMBER. */
const tlpOf = (n: number) => (n % 10 === 0 ? 'RED' : n % 2 ? 'GREEN' : 'AMBER');
const SHAREABLE = SIGNALS - SIGNALS / 10;

/**
 * Two nodes on loopback, A holding a bank of 100,000 signals (seeded straight
 * into its database), B subscribing under a rule that lets up to AMBER go:
 * the whole bank crosses over real HTTP, page by page, and both sides agree
 * on what B holds, by count and by checksum.
 */
for (const database of STORAGE_DIALECTS) {
  describe(`syncing a bank of 100,000 signals (${database})`, () => {
    let a: FedNode;
    let b: FedNode;
    let bankId: string;
    let subscriptionId: string;
    let localBankId: string;

    before(async () => {
      [a, b] = await startPeeredPair(database);
      bankId = await seededBank(a, 'large', 'generated benign values', SIGNALS, tlpOf);
      ({ id: subscriptionId, localBankId } = await shareAndSubscribe(a, b, bankId, 'AMBER'));
    });
    after(async () => {
      await Promise.all([a?.node.close(), b?.node.close()]);
    });

    it('sends every signal the rule allows exactly once, and both sides hold the same content', async () => {
      const pulled = await b.node.app.concord.federation.pull(subscriptionId);
      assert.ok(pulled.ok, pulled.ok ? '' : pulled.error.message);
      assert.deepEqual(pulled.value, {
        pages: SIGNALS / 5000 + 1,
        signals: SHAREABLE,
        tombstones: SIGNALS - SHAREABLE,
        cursor: SIGNALS,
        complete: true,
      });
      const sent = await bankDigest(a.node.ctx.storage, bankId, (s) => s.handling.tlp !== 'RED');
      const held = await bankDigest(b.node.ctx.storage, localBankId);
      assert.equal(sent.count, SHAREABLE);
      assert.deepEqual(held, sent, 'same count, no duplicates, same checksum');
      assert.equal((await b.node.ctx.storage.banks.get(localBankId))?.signalCount, SHAREABLE);
      const served = await auditEvents(a.node.ctx.storage, 'sync.served', bankId);
      assert.equal(
        served.reduce((sum, e) => sum + Number(e.details.signals), 0),
        SHAREABLE,
        'A audited every page it served',
      );
    });

    it('keeps every received signal’s origin and path', async () => {
      for (const n of [1, 3, 99_999]) {
        const [held] = (
          await b.node.ctx.storage.signals.search(
            { bankId: localBankId, value: benignMd5(n) },
            { offset: 0, limit: 2 },
          )
        ).items;
        assert.equal(held?.contributor, a.nodeId);
        assert.deepEqual(held?.provenance, { origin: a.nodeId, path: [a.nodeId] });
        assert.equal(held?.handling.tlp, tlpOf(n));
      }
    });

    it('pulls nothing twice: a second pull finds nothing new and writes nothing', async () => {
      // Any write to the bank (insert, update, retraction) would take its next change number.
      const before = await b.node.ctx.storage.banks.get(localBankId);
      const again = await b.node.app.concord.federation.pull(subscriptionId);
      assert.ok(again.ok);
      assert.deepEqual(again.value, {
        pages: 1,
        signals: 0,
        tombstones: 0,
        cursor: SIGNALS,
        complete: true,
      });
      const after = await b.node.ctx.storage.banks.get(localBankId);
      assert.deepEqual([after?.changeSeq, after?.signalCount], [before?.changeSeq, SHAREABLE]);
    });

    it('carries later additions, retractions and regrading, and the two sides agree again', async () => {
      const storage = a.node.ctx.storage;
      const at = a.node.clock.now().toISOString();
      await seedBank(storage, bankId, a.nodeId, SIGNALS, 50, () => 'GREEN', at);
      for (const n of [1, 3, 5]) {
        const [s] = (
          await storage.signals.search({ bankId, value: benignMd5(n) }, { offset: 0, limit: 1 })
        ).items;
        assert.ok(await storage.signals.retract(s?.id ?? '', 'graded in error', at));
      }
      await storage.signals.upsert(
        bankId,
        [7, 9].map((n) => localSignal(a.nodeId, benignMd5(n), 'RED')),
        at,
      );
      const pulled = await b.node.app.concord.federation.pull(subscriptionId);
      assert.ok(pulled.ok);
      assert.equal(pulled.value.signals, 50);
      assert.equal(pulled.value.tombstones, 5, 'three retracted, two no longer shared');
      const sent = await bankDigest(storage, bankId, (s) => s.handling.tlp !== 'RED');
      assert.equal(sent.count, SHAREABLE + 50 - 5);
      assert.deepEqual(await bankDigest(b.node.ctx.storage, localBankId), sent);
    });
  });
}
