import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { verifyAuditTrail, type Storage } from '@concord/server';
import { STORAGE_DIALECTS, type SignalRecord } from '@concord/storage';
import { auditEvents, bankDigest, handling, peer, seedBank } from './federation-harness.ts';
import { InboxGate } from './fixtures/inbox-gate.ts';
import { NodeHome, type OpenHome } from './fixtures/node-home.ts';
import type { NodeProcess } from './fixtures/node-process.ts';

/** Three pages of 5,000 (the last one short); every seventh signal is RED and goes as a tombstone. */
const SIGNALS = 12_500;
const tlpOf = (n: number) => (n % 7 === 0 ? 'RED' : 'GREEN');
const shared = (s: SignalRecord) => s.handling.tlp !== 'RED';
const upTo = (seq: number) => (s: SignalRecord) => shared(s) && s.changeSeq <= seq;

/** Reads a node's database while no server runs, and closes it again. */
async function inspect<T>(home: NodeHome, fn: (storage: Storage) => Promise<T>): Promise<T> {
  const storage = await home.storage();
  try {
    return await fn(storage);
  } finally {
    await storage.close();
  }
}

/** The cursor positions the receiver recorded as applied, oldest first: one per committed page. */
async function appliedCursors(storage: Storage, subscriptionId: string): Promise<number[]> {
  return (await auditEvents(storage, 'sync.applied', subscriptionId))
    .map((e) => Number(e.details.to))
    .reverse();
}

/**
 * Two nodes, each with a data directory that outlives its process: one is
 * served by a child process and killed with SIGKILL at a chosen point of a
 * sync or a delivery, then restarted on the same data. Nothing may be lost,
 * nothing held twice, and the audit chains must still verify.
 */
for (const database of STORAGE_DIALECTS) {
  describe(`a node killed with SIGKILL mid-sync recovers (${database})`, () => {
    let ha: NodeHome;
    let hb: NodeHome;
    /** Two banks A shares with B, one per crash: the receiver's and the sender's. */
    const subscriptions: { bankId: string; subscriptionId: string; localBankId: string }[] = [];
    const processes: NodeProcess[] = [];
    const opened: OpenHome[] = [];

    const spawn = async (home: NodeHome) => {
      const p = await home.spawn();
      processes.push(p);
      return p;
    };
    const open = async (home: NodeHome, hooks?: (app: FastifyInstance) => void) => {
      const o = await home.open(hooks ? { hooks } : {});
      opened.push(o);
      return o;
    };
    const close = async (o: OpenHome) => {
      opened.splice(opened.indexOf(o), 1);
      await o.close();
    };
    const sentDigest = (bankId: string, keep: (s: SignalRecord) => boolean) =>
      inspect(ha, (s) => bankDigest(s, bankId, keep));

    before(async () => {
      [ha, hb] = await Promise.all([
        NodeHome.create('Unit A', 'FR', database),
        NodeHome.create('Unit B', 'KE', database),
      ]);
      const [a, b] = await Promise.all([open(ha), open(hb)]);
      await peer(a, b);
      await peer(b, a);
      for (const name of ['for-the-receiver-crash', 'for-the-sender-crash']) {
        const bank = await a.admin.request('POST', '/api/v1/banks', {
          name,
          description: 'generated benign values',
          handling: handling('GREEN'),
        });
        const bankId: string = bank.json().id;
        await seedBank(
          a.ctx.storage,
          bankId,
          a.nodeId,
          0,
          SIGNALS,
          tlpOf,
          new Date().toISOString(),
        );
        const rule = await a.admin.request('POST', `/api/v1/banks/${bankId}/sharing-rules`, {
          target: { kind: 'peer', nodeId: b.nodeId },
          maxTlp: 'AMBER',
        });
        assert.equal(rule.statusCode, 201, rule.body);
      }
      assert.equal(await a.app.concord.federation.deliver(), 2);
      for (const offer of (await b.admin.request('GET', '/api/v1/offers')).json().reverse()) {
        const sub = await b.admin.request('POST', '/api/v1/subscriptions', {
          peerNodeId: a.nodeId,
          remoteBankId: offer.remoteBankId,
        });
        assert.equal(sub.statusCode, 201, sub.body);
        subscriptions.push({
          bankId: offer.remoteBankId,
          subscriptionId: sub.json().id,
          localBankId: sub.json().localBankId,
        });
      }
      await Promise.all([close(a), close(b)]);
    });
    after(async () => {
      for (const p of processes) await p.dispose();
      for (const o of [...opened]) await o.close();
      await Promise.all([ha?.remove(), hb?.remove()]);
    });

    it('the receiver killed while a page commits keeps the pages before it and resumes without loss or duplicates', async () => {
      const { bankId, subscriptionId, localBankId } = subscriptions[0] ?? assert.fail();
      const a = await open(ha);
      const b = await spawn(hb);
      const { held } = await b.holdAt('commit', 1);
      b.send({ cmd: 'pull', subscriptionId });
      await held; // page 2 is written inside its transaction, which never commits
      await b.kill();

      await inspect(hb, async (storage) => {
        assert.equal((await storage.subscriptions.get(subscriptionId))?.cursor, 5000);
        assert.deepEqual(await appliedCursors(storage, subscriptionId), [5000]);
        assert.deepEqual(
          await bankDigest(storage, localBankId),
          await bankDigest(a.ctx.storage, bankId, upTo(5000)),
          'exactly the first page, nothing of the second',
        );
        assert.equal((await verifyAuditTrail(storage.audit)).intact, true);
      });

      const restarted = await spawn(hb);
      const pages = await restarted.pull(subscriptionId);
      assert.deepEqual(
        pages.map((p) => p.cursor),
        [10_000, SIGNALS],
      );
      await restarted.stop();
      await close(a);

      const sent = await sentDigest(bankId, shared);
      await inspect(hb, async (storage) => {
        const held2 = await bankDigest(storage, localBankId);
        assert.equal(held2.count, held2.distinct, 'nothing held twice');
        assert.deepEqual(held2, sent, 'everything shared arrived, same checksum');
        assert.deepEqual(await appliedCursors(storage, subscriptionId), [5000, 10_000, SIGNALS]);
        assert.equal((await storage.subscriptions.get(subscriptionId))?.cursor, SIGNALS);
        assert.equal((await verifyAuditTrail(storage.audit)).intact, true);
      });
    });

    it('the sender killed while answering a page costs the receiver nothing: it finishes once the sender is back', async () => {
      const { bankId, subscriptionId, localBankId } = subscriptions[1] ?? assert.fail();
      const b = await open(hb);
      const a = await spawn(ha);
      const { held } = await a.holdAt('sync-answer', 1);
      const pulling = b.app.concord.federation.pull(subscriptionId);
      await held; // page 2 is built and sealed, and never leaves
      await a.kill();
      const failed = await pulling;
      assert.equal(failed.ok, false);
      assert.equal(failed.ok ? '' : failed.error.code, 'sync_failed');
      const afterCrash = await b.ctx.storage.subscriptions.get(subscriptionId);
      assert.equal(afterCrash?.cursor, 5000);
      assert.match(afterCrash?.lastError ?? '', /cannot reach/);
      assert.deepEqual(
        await bankDigest(b.ctx.storage, localBankId),
        await sentDigest(bankId, upTo(5000)),
      );

      const restarted = await spawn(ha);
      const resumed = await b.app.concord.federation.pull(subscriptionId);
      assert.ok(resumed.ok, resumed.ok ? '' : resumed.error.message);
      assert.equal(resumed.value.cursor, SIGNALS);
      assert.equal(resumed.value.pages, 2);
      await restarted.stop();

      const held2 = await bankDigest(b.ctx.storage, localBankId);
      assert.equal(held2.count, held2.distinct, 'nothing held twice');
      assert.deepEqual(held2, await sentDigest(bankId, shared));
      assert.equal((await b.ctx.storage.subscriptions.get(subscriptionId))?.lastError, null);
      assert.deepEqual(await appliedCursors(b.ctx.storage, subscriptionId), [
        5000,
        10_000,
        SIGNALS,
      ]);
      await close(b);
      await inspect(ha, async (storage) =>
        assert.equal((await verifyAuditTrail(storage.audit)).intact, true),
      );
    });

    it('the sender killed before the receipts came back sends the batch again, and the receiver applies each message once and answers with the same receipts', async () => {
      // Three offers wait in A's outbox.
      const a = await open(ha);
      for (const name of ['offer-1', 'offer-2', 'offer-3']) {
        const bank = await a.admin.request('POST', '/api/v1/banks', {
          name,
          description: '',
          handling: handling('GREEN'),
        });
        const rule = await a.admin.request(
          'POST',
          `/api/v1/banks/${bank.json().id}/sharing-rules`,
          { target: { kind: 'peer', nodeId: hb.nodeId }, maxTlp: 'GREEN' },
        );
        assert.equal(rule.statusCode, 201, rule.body);
      }
      assert.equal((await a.ctx.storage.outbox.queue(hb.nodeId)).pending, 3);
      await close(a);

      // A sends the three in one batch; B commits them and answers only after A is dead.
      const gate = new InboxGate(1);
      const b = await open(hb, (app) => gate.install(app));
      const offersBefore = (await b.ctx.storage.bankOffers.list()).length;
      const offerIds = async () =>
        (await auditEvents(b.ctx.storage, 'message.received'))
          .filter((e) => e.details.type === 'bank.offer')
          .map((e) => e.objectId ?? '')
          .reverse();
      const earlier = new Set(await offerIds());
      const received = async () => (await offerIds()).filter((id) => !earlier.has(id));
      const sender = await spawn(ha);
      await gate.reached;
      await sender.kill();
      gate.release();

      const accepted = await received();
      assert.equal(accepted.length, 3, 'B accepted the three offers');
      await inspect(ha, async (storage) => {
        for (const id of accepted)
          assert.equal((await storage.outbox.get(id))?.deliveredAt, null, 'A never saw a receipt');
        assert.equal((await storage.outbox.queue(hb.nodeId)).pending, 3);
      });

      const restarted = await spawn(ha);
      await gate.until(2); // the batch again
      await restarted.deliver();
      await restarted.stop();

      const ids = await received();
      assert.deepEqual(ids, accepted, 'each offer accepted once: the retry was not applied again');
      for (const id of ids)
        assert.equal((await auditEvents(b.ctx.storage, 'message.received', id)).length, 1);
      assert.equal((await b.ctx.storage.bankOffers.list()).length, offersBefore + 3);
      const inbox = await b.ctx.storage.inbox.findMany(ids);
      await inspect(ha, async (storage) => {
        assert.equal((await storage.outbox.queue(hb.nodeId)).pending, 0);
        for (const id of ids)
          assert.equal(
            (await storage.outbox.get(id))?.receipt,
            inbox.get(id)?.receipt,
            'the retry got the receipt B signed the first time',
          );
        assert.equal((await verifyAuditTrail(storage.audit)).intact, true);
      });
      assert.equal((await verifyAuditTrail(b.ctx.storage.audit)).intact, true);
      await close(b);
    });
  });
}
