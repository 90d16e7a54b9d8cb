import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { verifyReceipt } from '@concord/federation';
import { signedOwnCard } from '@concord/server';
import { testClock, type TestClock } from '@concord/server/testing';
import { STORAGE_DIALECTS } from '@concord/storage';
import { auditEvents, bankDigest, handling, peer, seedBank } from './federation-harness.ts';
import { NodeHome, type OpenHome } from './fixtures/node-home.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** The offers a node accepted whose bank name starts with `prefix`, in the order it accepted them. */
async function offersReceived(node: OpenHome, prefix: string) {
  return (await auditEvents(node.ctx.storage, 'message.received'))
    .filter((e) => e.details.type === 'bank.offer' && String(e.details.name).startsWith(prefix))
    .map((e) => ({ name: String(e.details.name), messageId: e.objectId ?? '' }))
    .reverse();
}

const HOUR_OFFERS = ['hour-1', 'hour-2', 'hour-3', 'hour-4', 'hour-5'];

/** Checks the receipt the sender stored for a message: signed by the receiver, for that very envelope. */
async function assertReceipt(sender: OpenHome, receiver: OpenHome, messageId: string) {
  const sent = await sender.ctx.storage.outbox.get(messageId);
  assert.ok(sent?.receipt && sent.deliveredAt, `${messageId} delivered with a receipt`);
  const key = (await signedOwnCard(receiver.ctx)).card.signingKeys.at(-1)?.publicKey ?? '';
  const verified = await verifyReceipt(
    sent.receipt,
    {
      messageId,
      envelopeDigest: createHash('sha256').update(sent.envelope, 'utf8').digest('hex'),
      receiver: receiver.nodeId,
    },
    key,
  );
  assert.ok(verified.ok, verified.ok ? '' : verified.error.message);
}

/**
 * Three nodes on one simulated clock: A shares with B and C. B is shut down
 * for an hour of simulated time while A keeps sending and changing its bank;
 * A's delivery loop runs once a simulated minute. Nothing real waits.
 */
for (const database of STORAGE_DIALECTS) {
  describe(`a peer down for an hour (${database})`, () => {
    let clock: TestClock;
    let ha: NodeHome;
    let hb: NodeHome;
    let hc: NodeHome;
    let a: OpenHome;
    let b: OpenHome | null;
    let c: OpenHome;
    let bankId: string;
    const subs = new Map<string, { id: string; localBankId: string }>();

    /** One simulated minute passes and A's delivery loop runs once. */
    async function minute(): Promise<number> {
      clock.advance(MINUTE);
      return a.app.concord.federation.deliver();
    }

    before(async () => {
      clock = testClock(new Date().toISOString());
      [ha, hb, hc] = await Promise.all([
        NodeHome.create('Unit A', 'FR', database, clock),
        NodeHome.create('Unit B', 'KE', database, clock),
        NodeHome.create('Unit C', 'BR', database, clock),
      ]);
      let up: OpenHome;
      [a, up, c] = await Promise.all([ha.open({ clock }), hb.open({ clock }), hc.open({ clock })]);
      b = up;
      for (const x of [up, c]) {
        await peer(a, x);
        await peer(x, a);
      }
      const bank = await a.admin.request('POST', '/api/v1/banks', {
        name: 'watched',
        description: '',
        handling: handling('GREEN'),
      });
      bankId = bank.json().id;
      await seedBank(
        a.ctx.storage,
        bankId,
        a.nodeId,
        0,
        3000,
        () => 'GREEN',
        clock.now().toISOString(),
      );
      for (const x of [up, c]) {
        const rule = await a.admin.request('POST', `/api/v1/banks/${bankId}/sharing-rules`, {
          target: { kind: 'peer', nodeId: x.nodeId },
          maxTlp: 'GREEN',
        });
        assert.equal(rule.statusCode, 201, rule.body);
      }
      assert.equal(await a.app.concord.federation.deliver(), 2);
      for (const x of [up, c]) {
        const sub = await x.admin.request('POST', '/api/v1/subscriptions', {
          peerNodeId: a.nodeId,
          remoteBankId: bankId,
        });
        assert.equal(sub.statusCode, 201, sub.body);
        subs.set(x.nodeId, { id: sub.json().id, localBankId: sub.json().localBankId });
        assert.ok((await x.app.concord.federation.pull(sub.json().id)).ok);
      }
    });
    after(async () => {
      for (const n of [a, b, c]) await n?.close();
      await Promise.all([ha, hb, hc].map((h) => h?.remove()));
    });

    it('queues everything for the absent peer, retrying with a doubling wait capped at five minutes, while the others are served', async () => {
      const down = b ?? assert.fail();
      await down.close();
      b = null;
      for (let i = 1; i <= 5; i += 1) {
        const bank = await a.admin.request('POST', '/api/v1/banks', {
          name: `hour-${i}`,
          description: `offered ${i} of 5 while B is away`,
          handling: handling('GREEN'),
        });
        for (const nodeId of [hb.nodeId, hc.nodeId]) {
          const rule = await a.admin.request(
            'POST',
            `/api/v1/banks/${bank.json().id}/sharing-rules`,
            { target: { kind: 'peer', nodeId }, maxTlp: 'GREEN' },
          );
          assert.equal(rule.statusCode, 201, rule.body);
        }
        clock.advance(1000);
      }
      await seedBank(
        a.ctx.storage,
        bankId,
        a.nodeId,
        3000,
        2000,
        () => 'GREEN',
        clock.now().toISOString(),
      );

      const waits: number[] = [];
      let attempts = 0;
      const started = clock.now().getTime();
      while (clock.now().getTime() - started < HOUR) {
        const delivered = await minute();
        assert.ok(delivered <= 5, 'only C is reachable');
        const head = await a.ctx.storage.outbox.head(hb.nodeId);
        assert.equal(head?.type, 'bank.offer');
        if (head && head.attempts > attempts) {
          attempts = head.attempts;
          waits.push((Date.parse(head.nextAttemptAt) - clock.now().getTime()) / 1000);
        }
      }
      assert.deepEqual(waits.slice(0, 10), [1, 2, 4, 8, 16, 32, 64, 128, 256, 300]);
      assert.ok(
        waits.slice(9).every((w) => w === 300),
        `capped at five minutes: ${waits.join(' ')}`,
      );
      assert.ok(
        attempts >= 15 && attempts <= 25,
        `${attempts} attempts in an hour, not one a minute`,
      );
      assert.equal((await a.ctx.storage.outbox.queue(hb.nodeId)).pending, 5);
      const peerB = await a.ctx.storage.peers.get(hb.nodeId);
      assert.match(peerB?.lastError ?? '', /cannot reach/);
      assert.equal(
        peerB?.lastErrorMessageId,
        (await a.ctx.storage.outbox.head(hb.nodeId))?.messageId,
      );

      // C was served all along, in order, and kept up with the bank.
      assert.equal((await a.ctx.storage.outbox.queue(hc.nodeId)).pending, 0);
      assert.deepEqual(
        (await offersReceived(c, 'hour-')).map((o) => o.name),
        HOUR_OFFERS,
      );
      const subC = subs.get(hc.nodeId) ?? assert.fail();
      assert.ok((await c.app.concord.federation.pull(subC.id)).ok);
      assert.deepEqual(
        await bankDigest(c.ctx.storage, subC.localBankId),
        await bankDigest(a.ctx.storage, bankId),
      );
    });

    it('delivers everything, once and in order, within five minutes of the peer’s return, and its sync catches up', async () => {
      const back = await hb.open({ clock });
      b = back;
      let minutes = 0;
      while ((await a.ctx.storage.outbox.queue(hb.nodeId)).pending > 0) {
        assert.ok(++minutes <= 5, 'the next retry comes within five minutes');
        await minute();
      }
      const offers = await offersReceived(back, 'hour-');
      assert.deepEqual(
        offers.map((o) => o.name),
        HOUR_OFFERS,
        'each once, in the order they were sent',
      );
      for (const { messageId } of offers) await assertReceipt(a, back, messageId);
      assert.equal((await back.ctx.storage.bankOffers.list()).length, 6);
      assert.equal((await a.ctx.storage.peers.get(hb.nodeId))?.lastError, null);

      const subB = subs.get(hb.nodeId) ?? assert.fail();
      const pulled = await back.app.concord.federation.pull(subB.id);
      assert.ok(pulled.ok);
      assert.equal(pulled.value.signals, 2000, 'what changed while it was away, and nothing else');
      const held = await bankDigest(back.ctx.storage, subB.localBankId);
      assert.equal(held.count, 5000);
      assert.deepEqual(held, await bankDigest(a.ctx.storage, bankId));
    });

    it('when the sender is the one away, the receiver’s pull fails with a stored reason, keeps what it has, and finishes later', async () => {
      const receiver = b ?? assert.fail();
      const subB = subs.get(hb.nodeId) ?? assert.fail();
      await seedBank(
        a.ctx.storage,
        bankId,
        a.nodeId,
        5000,
        500,
        () => 'GREEN',
        clock.now().toISOString(),
      );
      const before = await bankDigest(receiver.ctx.storage, subB.localBankId);
      await a.close();
      clock.advance(HOUR);
      const failed = await receiver.app.concord.federation.pull(subB.id);
      assert.equal(failed.ok ? '' : failed.error.code, 'sync_failed');
      assert.match(
        (await receiver.ctx.storage.subscriptions.get(subB.id))?.lastError ?? '',
        /cannot reach/,
      );
      assert.deepEqual(await bankDigest(receiver.ctx.storage, subB.localBankId), before);

      a = await ha.open({ clock });
      const pulled = await receiver.app.concord.federation.pull(subB.id);
      assert.ok(pulled.ok);
      assert.equal(pulled.value.signals, 500);
      assert.equal((await receiver.ctx.storage.subscriptions.get(subB.id))?.lastError, null);
      assert.deepEqual(
        await bankDigest(receiver.ctx.storage, subB.localBankId),
        await bankDigest(a.ctx.storage, bankId),
      );
    });
    it('gives up on a message that outlived its lifetime while the peer was away, audits it, and sends the ones behind it', async () => {
      const away = b ?? assert.fail();
      await away.close();
      b = null;
      const stale = await a.app.concord.federation.send(hb.nodeId, 'ping', { note: 'stale' }, null);
      assert.ok(stale.ok);
      clock.advance(8 * 24 * HOUR);
      const fresh = await a.app.concord.federation.send(hb.nodeId, 'ping', { note: 'fresh' }, null);
      assert.ok(fresh.ok);
      const back = await hb.open({ clock });
      b = back;
      assert.equal(await a.app.concord.federation.deliver(), 1, 'only the fresh one goes');
      const given = await a.ctx.storage.outbox.get(stale.value.messageId);
      assert.ok(given?.expiredAt, 'the stale message left the queue as expired');
      assert.equal(given?.receipt, null);
      assert.match(given?.lastError ?? '', /expired undelivered/);
      const [event] = await auditEvents(a.ctx.storage, 'message.expired', stale.value.messageId);
      assert.equal(event?.details.peer, hb.nodeId);
      assert.deepEqual(await a.ctx.storage.outbox.queue(hb.nodeId), { pending: 0, oldest: null });
      const received = (await auditEvents(back.ctx.storage, 'message.received')).map(
        (e) => e.objectId,
      );
      assert.ok(received.includes(fresh.value.messageId));
      assert.ok(!received.includes(stale.value.messageId));
    });
  });
}
