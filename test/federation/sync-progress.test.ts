import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Tlp } from '@concord/core';
import {
  auditEvents,
  peer,
  seedBank,
  seededBank,
  shareAndSubscribe,
  startFedNode,
  type FedNode,
} from './federation-harness.ts';

/** Every fourth signal is RED and goes to B as a tombstone: it still counts as a change. */
const label = (n: number): Tlp => (n % 4 === 0 ? 'RED' : 'GREEN');

/** The protected header of an envelope (a compact JWS): readable by anyone on the path. */
function envelopeVersion(envelope: string): number {
  const header = JSON.parse(Buffer.from(envelope.split('.')[0] ?? '', 'base64url').toString());
  return Number(header.v);
}

/** The `zip` header of a sealed envelope's encrypted part: readable, like the rest of that header, on the path. */
function zipOf(envelope: string): string | null {
  const jwe = Buffer.from(envelope.split('.')[1] ?? '', 'base64url').toString('latin1');
  const header = JSON.parse(Buffer.from(jwe.split('.')[0] ?? '', 'base64url').toString());
  return typeof header.zip === 'string' ? header.zip : null;
}

/**
 * Sync progress: each page reports the sender's latest change number (the
 * head) in the bank, so a subscriber shows "change X of Y" while it pulls.
 * An older peer, which only reads version 1 sync requests, is asked again in
 * version 1; its sync still works, and the goal is known once it completes.
 */
describe('sync progress: change X of the peer’s Y', () => {
  let a: FedNode;
  let b: FedNode;
  /** The newest sync request version A answers; above it, A refuses as an older node does. */
  let newest = 3;
  /** The `zip` header of the encrypted part of each page A sends. */
  const compression: (string | null)[] = [];
  /** While set, the answers to sync requests announce a page end one change later than the page's. */
  let misannounce = false;
  const requests: number[] = [];

  before(async () => {
    [a, b] = await Promise.all([
      startFedNode('Unit A', 'FR', 'sqlite', (node) => {
        node.app.addHook('preHandler', async (request, reply) => {
          if (request.url !== '/federation/v1/sync') return;
          const version = envelopeVersion((request.body as { envelope: string }).envelope);
          requests.push(version);
          if (version > newest)
            await reply.code(422).send({
              error: {
                code: 'unsupported_schema_version',
                message: `bank.sync_request version ${version} is not supported`,
              },
            });
        });
        node.app.addHook('onSend', async (request, _reply, payload) => {
          if (request.url !== '/federation/v1/sync' || typeof payload !== 'string') return payload;
          const sent = JSON.parse(payload);
          if (typeof sent.envelope === 'string') compression.push(zipOf(sent.envelope));
          if (!misannounce) return payload;
          if (sent.next) sent.next.cursor += 1;
          return JSON.stringify(sent);
        });
      }),
      startFedNode('Unit B', 'KE'),
    ]);
    await peer(a, b);
    await peer(b, a);
  });
  after(async () => {
    for (const n of [a, b]) await n?.node.close();
  });

  /** A bank of `count` signals on A, shared with B up to GREEN and offered to it; B subscribes. */
  async function sharedBank(name: string, count: number) {
    const bankId = await seededBank(a, name, 'progress test', count, label);
    const subscription = await shareAndSubscribe(a, b, bankId, 'GREEN');
    return { bankId, subscriptionId: subscription.id };
  }

  /** B's subscription as its API (and so its UI) shows it. */
  async function shown(subscriptionId: string) {
    const list = await b.admin.request('GET', '/api/v1/subscriptions');
    assert.equal(list.statusCode, 200, list.body);
    const found = list.json().find((s: { id: string }) => s.id === subscriptionId);
    assert.ok(found, 'the subscription is listed');
    return found as { cursor: number; remoteHead: number | null; signalCount: number };
  }

  it('shows the peer’s head from the first page on, and reaches it page by page', async () => {
    requests.length = 0;
    compression.length = 0;
    const { bankId, subscriptionId } = await sharedBank('progress-current', 12_000);
    assert.deepEqual(
      {
        cursor: (await shown(subscriptionId)).cursor,
        head: (await shown(subscriptionId)).remoteHead,
      },
      { cursor: 0, head: null },
      'nothing known before the first page',
    );

    const first = await b.node.app.concord.federation.pull(subscriptionId, 1);
    assert.ok(first.ok && !first.value.complete);
    const partway = await shown(subscriptionId);
    assert.equal(partway.cursor, 5000);
    assert.equal(partway.remoteHead, 12_000, 'the head is A’s latest change in the bank');
    assert.equal(partway.signalCount, 3750, 'the GREEN three quarters of the first 5,000');

    const rest = await b.node.app.concord.federation.pull(subscriptionId);
    assert.ok(rest.ok && rest.value.complete);
    const done = await shown(subscriptionId);
    assert.deepEqual([done.cursor, done.remoteHead, done.signalCount], [12_000, 12_000, 9000]);
    assert.deepEqual(requests, [3, 3, 3], 'each page asked for in version 3');
    assert.deepEqual(compression, ['DEF', 'DEF', 'DEF'], 'and sent compressed');

    // A moves on: a retraction and two new signals are three more changes.
    const at = a.node.clock.now().toISOString();
    const [held] = (await a.node.ctx.storage.signals.search({ bankId }, { offset: 0, limit: 1 }))
      .items;
    assert.ok(held);
    await a.node.ctx.storage.signals.retract(held.id, 'test', at);
    await seedBank(a.node.ctx.storage, bankId, a.nodeId, 12_001, 2, () => 'GREEN', at);
    assert.ok((await b.node.app.concord.federation.pull(subscriptionId)).ok);
    const after = await shown(subscriptionId);
    assert.deepEqual([after.cursor, after.remoteHead], [12_003, 12_003]);

    const served = await auditEvents(a.node.ctx.storage, 'sync.served', bankId);
    assert.equal(served[0]?.details.head, 12_003, 'A’s audit trail records the head it reported');
  });

  it('refuses a page whose answer announced another end, and keeps what came before', async () => {
    const { subscriptionId } = await sharedBank('progress-misannounced', 6000);
    misannounce = true;
    try {
      const pulled = await b.node.app.concord.federation.pull(subscriptionId);
      assert.equal(pulled.ok, false);
      assert.match(pulled.ok ? '' : pulled.error.message, /ends at change 5000, not at 5001/);
    } finally {
      misannounce = false;
    }
    const after = await shown(subscriptionId);
    assert.equal(after.cursor, 0, 'nothing applied from a page that contradicts its answer');
    const sub = await b.node.ctx.storage.subscriptions.get(subscriptionId);
    assert.match(sub?.lastError ?? '', /not at 5001/);
    // Told the truth again, the same pull goes through.
    assert.ok((await b.node.app.concord.federation.pull(subscriptionId)).ok);
    assert.equal((await shown(subscriptionId)).cursor, 6000);
  });

  /**
   * A bank of 7,000 on A, answering requests up to version `upTo` as an older
   * node: B pulls one page, then the rest. What B's API showed after each.
   */
  async function syncFromOlderPeer(upTo: number, name: string) {
    requests.length = 0;
    compression.length = 0;
    newest = upTo;
    try {
      const { subscriptionId } = await sharedBank(name, 7000);
      const first = await b.node.app.concord.federation.pull(subscriptionId, 1);
      assert.ok(first.ok && !first.value.complete, first.ok ? '' : first.error.message);
      const partway = await shown(subscriptionId);
      const rest = await b.node.app.concord.federation.pull(subscriptionId);
      assert.ok(rest.ok && rest.value.complete);
      return { partway, done: await shown(subscriptionId) };
    } finally {
      newest = 3;
    }
  }

  it('asks an older peer again in version 1: the sync works, the goal is known once complete', async () => {
    const { partway, done } = await syncFromOlderPeer(1, 'progress-older');
    assert.deepEqual(
      [partway.cursor, partway.remoteHead],
      [5000, null],
      'a version 1 page does not say how far there is to go',
    );
    assert.deepEqual([done.cursor, done.remoteHead, done.signalCount], [7000, 7000, 5250]);
    // Each pull tries versions 3 and 2 once, then keeps to version 1 for its pages.
    assert.deepEqual(requests, [3, 2, 1, 3, 2, 1]);
    assert.deepEqual(compression, [null, null], 'an older node gets its pages uncompressed');
  });

  it('asks a peer that knows version 2 in version 2: uncompressed pages, the head known from the first', async () => {
    const { partway, done } = await syncFromOlderPeer(2, 'progress-version-2');
    assert.deepEqual([partway.cursor, partway.remoteHead], [5000, 7000]);
    assert.deepEqual([done.cursor, done.remoteHead, done.signalCount], [7000, 7000, 5250]);
    assert.deepEqual(requests, [3, 2, 3, 2]);
    assert.deepEqual(compression, [null, null]);
  });
});
