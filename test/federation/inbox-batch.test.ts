import assert from 'node:assert/strict';
import { createHash, randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { verifyReceipt } from '@concord/federation';
import { signedOwnCard } from '@concord/server';
import { STORAGE_DIALECTS } from '@concord/storage';
import { auditEvents, handling, peer, startFedNode, type FedNode } from './federation-harness.ts';
import { flipBit, forgeEnvelope } from './fixtures/forge-envelope.ts';

/** A bank offer for a bank id of its own, so that whether it was applied is easy to see. */
function offer(name: string) {
  return {
    bankId: randomUUID(),
    name,
    description: 'benign test offer',
    handling: handling('GREEN'),
    signalCount: 1,
  };
}

type Outcome = { receipt: string } | { error: { code: string; message: string } };

async function postBatch(
  url: string,
  envelopes: readonly string[],
  receiptVersion?: 2,
): Promise<{ status: number; results: Outcome[]; code: string | null }> {
  const response = await fetch(`${url}/federation/v1/inbox/batch`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ envelopes, ...(receiptVersion ? { receiptVersion } : {}) }),
  });
  const body = (await response.json()) as { results?: Outcome[]; error?: { code: string } };
  return { status: response.status, results: body.results ?? [], code: body.error?.code ?? null };
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** The key `node` signs with now (its receipts among them). */
async function signingKeyOf(node: FedNode): Promise<string> {
  const key = (await signedOwnCard(node.node.ctx)).card.signingKeys.at(-1)?.publicKey;
  assert.ok(key);
  return key;
}

/** `receipt` checked as `receiver`'s receipt for the message with this id and envelope. */
function verifyReceiptFor(
  receipt: string,
  message: { readonly id: string; readonly envelope: string },
  receiver: FedNode,
  key: string,
) {
  return verifyReceipt(
    receipt,
    { messageId: message.id, envelopeDigest: sha256(message.envelope), receiver: receiver.nodeId },
    key,
  );
}

/** Queues `count` pings from one node to another (notes `${label} 0`, …); their message ids. */
async function queuePings(from: FedNode, to: FedNode, count: number, label: string) {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const sent = await from.node.app.concord.federation.send(
      to.nodeId,
      'ping',
      { note: `${label} ${i}` },
      null,
    );
    assert.ok(sent.ok);
    ids.push(sent.value.messageId);
  }
  return ids;
}

/**
 * The inbox's batch form, over real HTTP: several envelopes of one peer in
 * one request, taken in order, each checked as on its own and answered with
 * its own receipt, the answer ending at the first refusal.
 */
for (const database of STORAGE_DIALECTS) {
  describe(`envelopes delivered in batches (${database})`, () => {
    let a: FedNode;
    let b: FedNode;
    let batches = 0;
    /** While set, B answers its batch endpoint with 503, as a node briefly unavailable. */
    let unavailable = false;

    before(async () => {
      [a, b] = await Promise.all([
        startFedNode('Unit A', 'FR', database),
        startFedNode('Unit B', 'KE', database, (node) => {
          node.app.addHook('onRequest', async (request, reply) => {
            if (unavailable && request.url === '/federation/v1/inbox/batch')
              return reply
                .status(503)
                .send({ error: { code: 'unavailable', message: 'down for the test' } });
            return undefined;
          });
          node.app.addHook('onResponse', async (request) => {
            if (request.url === '/federation/v1/inbox/batch') batches += 1;
          });
        }),
      ]);
      await peer(a, b);
      await peer(b, a);
    });
    after(async () => {
      await Promise.all([a, b].map((n) => n?.node.close()));
    });

    const forge = (payload: unknown, type = 'bank.offer') =>
      forgeEnvelope(a.node.ctx, b.node.ctx, type, payload, {});

    it('takes a batch in order: a verifiable receipt each, applied once, one audit event each in order', async () => {
      const sent: { id: string; envelope: string }[] = [];
      for (let i = 0; i < 5; i++) sent.push(await forge(offer(`batch-${i}`)));
      const answer = await postBatch(
        b.url,
        sent.map((s) => s.envelope),
      );
      assert.equal(answer.status, 200);
      assert.equal(answer.results.length, 5);
      const key = await signingKeyOf(b);
      for (const [i, result] of answer.results.entries()) {
        const s = sent[i];
        assert.ok(s && 'receipt' in result, JSON.stringify(result));
        const verified = await verifyReceiptFor(result.receipt, s, b, key);
        assert.ok(verified.ok, 'the receipt names this message, its digest and B');
      }
      const found = await b.node.ctx.storage.inbox.findMany(sent.map((s) => s.id));
      assert.equal(found.size, 5);
      const received = (await auditEvents(b.node.ctx.storage, 'message.received'))
        .map((e) => e.objectId)
        .filter((id) => sent.some((s) => s.id === id))
        .reverse();
      assert.deepEqual(
        received,
        sent.map((s) => s.id),
        'one event each, in the order sent',
      );

      // The same batch again (a sender that lost the answer): the same receipts, nothing applied twice.
      const offersBefore = (await b.node.ctx.storage.bankOffers.list()).length;
      const again = await postBatch(
        b.url,
        sent.map((s) => s.envelope),
      );
      assert.deepEqual(again.results, answer.results);
      assert.equal((await b.node.ctx.storage.bankOffers.list()).length, offersBefore);
      for (const s of sent)
        assert.equal((await auditEvents(b.node.ctx.storage, 'message.received', s.id)).length, 1);
    });

    it('with version 2 receipts, the batch shares one signature and each receipt still proves its own message', async () => {
      const sent: { id: string; envelope: string }[] = [];
      for (let i = 0; i < 6; i++) sent.push(await forge(offer(`tree-${i}`)));
      const envelopes = sent.map((s) => s.envelope);
      // The third message twice: applied once, the same receipt both times.
      const answer = await postBatch(
        b.url,
        [...envelopes.slice(0, 3), envelopes[2] ?? '', ...envelopes.slice(3)],
        2,
      );
      assert.equal(answer.status, 200);
      assert.equal(answer.results.length, 7);
      const receipts = answer.results.map((r) => ('receipt' in r ? r.receipt : ''));
      assert.equal(receipts[2], receipts[3]);
      receipts.splice(3, 1);
      const key = await signingKeyOf(b);
      const signatures = new Set<string>();
      for (const [i, receipt] of receipts.entries()) {
        const s = sent[i];
        assert.ok(s);
        const serialized = JSON.parse(receipt) as { signature: string; header: { leaf: number } };
        signatures.add(serialized.signature);
        const verified = await verifyReceiptFor(receipt, s, b, key);
        assert.ok(verified.ok, verified.ok ? '' : verified.error.message);
        assert.equal(verified.value.sender, a.nodeId);
        const other = sent[(i + 1) % sent.length];
        assert.ok(other);
        const swapped = await verifyReceiptFor(receipt, other, b, key);
        assert.equal(swapped.ok ? 'ok' : swapped.error.code, 'receipt_mismatch');
      }
      // The duplicate was applied (and signed) before it was looked at: two trees.
      assert.equal(signatures.size, 2, 'one signature per applied stretch, not one per message');
      const kept = await b.node.ctx.storage.inbox.findMany(sent.map((s) => s.id));
      assert.deepEqual(
        sent.map((s) => kept.get(s.id)?.receipt),
        receipts,
        'the inbox keeps the receipt it gave',
      );
      for (const s of sent)
        assert.equal((await auditEvents(b.node.ctx.storage, 'message.received', s.id)).length, 1);
      // Sent again (the answer was lost): the receipts given the first time.
      const again = await postBatch(b.url, envelopes, 2);
      assert.deepEqual(
        again.results.map((r) => ('receipt' in r ? r.receipt : '')),
        receipts,
      );
    });

    it('stops at the first refusal: what came before is applied, what came after is not looked at', async () => {
      const [ok1, ok2, bad, ok4] = await Promise.all(
        ['s1', 's2', 's3', 's4'].map((n) => forge(offer(`stop-${n}`))),
      );
      assert.ok(ok1 && ok2 && bad && ok4);
      const tampered = flipBit(bad.envelope, 2, 5);
      const rejectedBefore = (await auditEvents(b.node.ctx.storage, 'message.rejected')).length;
      const answer = await postBatch(b.url, [ok1.envelope, ok2.envelope, tampered, ok4.envelope]);
      assert.equal(answer.status, 200);
      assert.equal(answer.results.length, 3, 'the answer ends at the refusal');
      assert.ok('receipt' in (answer.results[0] ?? {}));
      assert.ok('receipt' in (answer.results[1] ?? {}));
      const refusal = answer.results[2];
      assert.ok(refusal && 'error' in refusal);
      assert.equal(refusal.error.code, 'bad_signature');
      const inbox = b.node.ctx.storage.inbox;
      assert.ok(await inbox.find(ok1.id));
      assert.ok(await inbox.find(ok2.id));
      assert.equal(await inbox.find(bad.id), null);
      assert.equal(await inbox.find(ok4.id), null, 'not looked at after the refusal');
      const rejected = await auditEvents(b.node.ctx.storage, 'message.rejected');
      assert.equal(rejected.length, rejectedBefore + 1);
      assert.equal(rejected[0]?.details.code, 'bad_signature');

      // The sender's next try starts where the answer stopped.
      const next = await postBatch(b.url, [bad.envelope, ok4.envelope]);
      assert.equal(next.results.filter((r) => 'receipt' in r).length, 2);
      assert.ok(await inbox.find(ok4.id));
    });

    it('a message twice in one batch gets the same receipt and is applied once; another with its id is refused', async () => {
      const first = await forge(offer('twice'));
      const answer = await postBatch(b.url, [first.envelope, first.envelope]);
      assert.equal(answer.results.length, 2);
      assert.deepEqual(answer.results[0], answer.results[1]);
      assert.equal((await auditEvents(b.node.ctx.storage, 'message.received', first.id)).length, 1);

      const original = await forge(offer('original'));
      const { envelope: impostor } = await forgeEnvelope(
        a.node.ctx,
        b.node.ctx,
        'bank.offer',
        offer('same id, other content'),
        { claims: { id: original.id } },
      );
      const mixed = await postBatch(b.url, [original.envelope, impostor]);
      assert.equal(mixed.results.length, 2);
      assert.ok('receipt' in (mixed.results[0] ?? {}));
      const second = mixed.results[1];
      assert.ok(second && 'error' in second);
      assert.equal(second.error.code, 'replayed');
      assert.equal(
        (await auditEvents(b.node.ctx.storage, 'message.received', original.id)).length,
        1,
      );
    });

    it('refuses an empty or oversized batch as a whole', async () => {
      assert.equal((await postBatch(b.url, [])).code, 'invalid_request');
      const e = (await forge(offer('many'))).envelope;
      const tooMany = await postBatch(
        b.url,
        Array.from({ length: 257 }, () => e),
      );
      assert.equal(tooMany.status, 400);
      assert.equal(tooMany.code, 'invalid_request');
    });

    it('a card update and a message signed with the new key go in one batch, and both are taken', async () => {
      // The card update waits in A's outbox (B was briefly away), and a message
      // signed with the new key queues behind it: the next request carries both.
      unavailable = true;
      const rotated = await a.admin.request('POST', '/api/v1/node/keys/rotate', {
        overlapDays: 14,
      });
      assert.equal(rotated.statusCode, 200, rotated.body);
      const federation = a.node.app.concord.federation;
      assert.equal(await federation.deliver(), 0);
      const sent = await federation.send(b.nodeId, 'ping', { note: 'new key' }, null);
      assert.ok(sent.ok);
      unavailable = false;
      a.node.clock.advance(5_000); // past the first backoff
      const before = batches;
      assert.equal(await federation.deliver(), 2);
      assert.equal(batches - before, 1, 'one request carried both');
      const card = await b.node.ctx.storage.peers.get(a.nodeId);
      assert.ok(card);
      assert.ok(await b.node.ctx.storage.inbox.find(sent.value.messageId));
      assert.equal(
        (await auditEvents(b.node.ctx.storage, 'message.received', sent.value.messageId))[0]
          ?.details.type,
        'ping',
      );
    });
  });
}

describe('delivery with version 2 receipts', () => {
  it("stores a receipt per message that verifies against the peer's key, one signature per request", async () => {
    const a = await startFedNode('Unit A', 'FR');
    const b = await startFedNode('Unit B', 'KE');
    try {
      await peer(a, b);
      await peer(b, a);
      const ids = await queuePings(a, b, 40, 'tree');
      assert.equal(await a.node.app.concord.federation.deliver(), 40);
      const key = await signingKeyOf(b);
      const signatures = new Set<string>();
      for (const id of ids) {
        const entry = await a.node.ctx.storage.outbox.get(id);
        assert.ok(entry?.receipt, 'a receipt kept for each');
        signatures.add((JSON.parse(entry.receipt) as { signature: string }).signature);
        const verified = await verifyReceiptFor(
          entry.receipt,
          { id, envelope: entry.envelope },
          b,
          key,
        );
        assert.ok(verified.ok, 'each stands on its own, without the others');
      }
      assert.equal(signatures.size, 1, 'the 40 went in one request under one signature');
    } finally {
      await b.node.close();
      await a.node.close();
    }
  });

  it('signs a batch mixing two senders message by message: each receipt names its own sender', async () => {
    const [a, c, b] = await Promise.all([
      startFedNode('Unit A', 'FR'),
      startFedNode('Unit C', 'NL'),
      startFedNode('Unit B', 'KE'),
    ]);
    try {
      for (const sender of [a, c]) {
        await peer(sender, b);
        await peer(b, sender);
      }
      const sent = [
        await forgeEnvelope(a.node.ctx, b.node.ctx, 'ping', { note: 'from A' }, {}),
        await forgeEnvelope(c.node.ctx, b.node.ctx, 'ping', { note: 'from C' }, {}),
      ];
      const answer = await postBatch(
        b.url,
        sent.map((s) => s.envelope),
        2,
      );
      assert.equal(answer.results.length, 2);
      const key = await signingKeyOf(b);
      const senders = [];
      for (const [i, result] of answer.results.entries()) {
        const s = sent[i];
        assert.ok(s && 'receipt' in result, JSON.stringify(result));
        const verified = await verifyReceiptFor(result.receipt, s, b, key);
        assert.ok(verified.ok, verified.ok ? '' : verified.error.message);
        senders.push(verified.value.sender);
      }
      assert.deepEqual(senders, [a.nodeId, c.nodeId]);
    } finally {
      await Promise.all([a, b, c].map((n) => n.node.close()));
    }
  });

  it('a peer that refuses them (an older node) gets every message with version 1 receipts', async () => {
    const a = await startFedNode('Unit A', 'FR');
    let refused = 0;
    const b = await startFedNode('Unit Old', 'KE', 'sqlite', (node) => {
      // A node from before version 2 receipts refuses the unknown field.
      node.app.addHook('preValidation', async (request, reply) => {
        const body = request.body as { receiptVersion?: unknown } | undefined;
        if (request.url === '/federation/v1/inbox/batch' && body?.receiptVersion !== undefined) {
          refused += 1;
          return reply
            .status(400)
            .send({ error: { code: 'invalid_request', message: 'unrecognized key' } });
        }
        return undefined;
      });
    });
    try {
      await peer(a, b);
      await peer(b, a);
      const ids = await queuePings(a, b, 3, 'v1');
      assert.equal(await a.node.app.concord.federation.deliver(), 3);
      assert.equal(refused, 1, 'asked once with version 2, then without');
      for (const id of ids) {
        const receipt = (await a.node.ctx.storage.outbox.get(id))?.receipt ?? '';
        assert.equal(receipt.split('.').length, 3, 'a compact JWS: version 1');
      }
      const status = await a.node.ctx.storage.peers.get(b.nodeId);
      assert.equal(status?.lastError ?? null, null, 'no error kept for the peer');
    } finally {
      await b.node.close();
      await a.node.close();
    }
  });
});

describe('a peer without the batch endpoint (an older node)', () => {
  it('gets every message, in order, one a request', async () => {
    const a = await startFedNode('Unit A', 'FR');
    // B answers 404 on the batch endpoint, as a node from before it would.
    let singles = 0;
    const b = await startFedNode('Unit Old', 'KE', 'sqlite', (node) => {
      node.app.addHook('onRequest', async (request, reply) => {
        if (request.url === '/federation/v1/inbox/batch')
          return reply.status(404).send({ error: { code: 'not_found', message: 'no such route' } });
        if (request.url === '/federation/v1/inbox') singles += 1;
        return undefined;
      });
    });
    try {
      await peer(a, b);
      await peer(b, a);
      const ids = await queuePings(a, b, 4, 'old');
      assert.equal(await a.node.app.concord.federation.deliver(), 4);
      assert.equal(singles, 4);
      const received = (await auditEvents(b.node.ctx.storage, 'message.received'))
        .map((e) => e.objectId)
        .reverse();
      assert.deepEqual(received, ids);
      for (const id of ids) assert.ok((await a.node.ctx.storage.outbox.get(id))?.receipt);
    } finally {
      await b.node.close();
      await a.node.close();
    }
  });
});
