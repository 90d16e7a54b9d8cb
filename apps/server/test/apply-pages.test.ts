import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { DEFAULT_HANDLING } from '@concord/core';
import type { v1 } from '@concord/protocol';
import type { SubscriptionRecord } from '@concord/storage';
import { applyPages } from '../src/federation/sync-client.ts';
import { startTestNode, type TestNode } from '../src/testing/test-node.ts';

const PEER = 'node-peer';
const md5 = (n: number) => n.toString(16).padStart(32, '0');

function signal(changeSeq: number, id: string, value: string, grade: string): v1.SyncSignalV1 {
  return {
    kind: 'signal',
    changeSeq,
    id,
    type: 'md5',
    value,
    sourceId: null,
    grade: {
      scheme: 'interpol_baseline',
      value: grade,
      gradedBy: PEER,
      gradedAt: '2026-05-04T08:00:00Z',
    },
    series: null,
    victimIdentified: null,
    offenderIdentified: null,
    isDistributed: null,
    comments: null,
    contributor: PEER,
    confirmations: 1,
    handling: {
      ...DEFAULT_HANDLING,
      restrictions: { ...DEFAULT_HANDLING.restrictions, permittedPurposes: null },
    },
    lawfulBasis: null,
    retainUntil: null,
    path: [PEER],
  };
}

/**
 * Several sync pages applied in one transaction (what a pull does when pages
 * wait while the store is busy): in order, as if one after another, with one
 * `sync.applied` event each and the cursor of the last; all or nothing.
 */
describe('applying sync pages together', () => {
  let node: TestNode;
  before(async () => {
    node = await startTestNode();
    // The peer as stored; its card is never read here (nothing is fetched).
    const at = node.clock.now().toISOString();
    await node.ctx.storage.peers.save({
      nodeId: PEER,
      name: 'Unit P',
      organisation: 'Fictional Police',
      kind: 'police',
      jurisdiction: 'NL',
      endpoint: 'http://127.0.0.1:4001',
      card: { card: { nodeId: PEER }, signature: 'sig', rotations: [], endorsements: [] },
      fingerprint: '12345 67890',
      status: 'active',
      trustedVia: 'fingerprint',
      addedAt: at,
      updatedAt: at,
    });
  });
  after(() => node.close());

  /** A received bank and its subscription, at cursor 0. */
  async function subscription(): Promise<SubscriptionRecord> {
    const at = node.clock.now().toISOString();
    const bank = await node.ctx.storage.banks.create({
      id: randomUUID(),
      name: `received-${randomUUID().slice(0, 8)}`,
      description: 'from a peer',
      originNodeId: PEER,
      handling: DEFAULT_HANDLING,
      createdAt: at,
      updatedAt: at,
    });
    assert.ok(!('kind' in bank));
    const record: SubscriptionRecord = {
      id: randomUUID(),
      peerNodeId: PEER,
      remoteBankId: randomUUID(),
      localBankId: bank.id,
      cursor: 0,
      status: 'active',
      createdAt: at,
      lastSyncAt: null,
      lastError: null,
      remoteHead: null,
    };
    assert.equal(await node.ctx.storage.subscriptions.create(record), undefined);
    return record;
  }

  it('applies them in order: a later page’s regrade and tombstone win, one audit event a page', async () => {
    const sub = await subscription();
    const first: v1.SyncPageV1 = {
      bankId: sub.remoteBankId,
      items: [signal(1, 'r1', md5(1), 'A1'), signal(2, 'r2', md5(2), 'A1')],
      nextCursor: 2,
      complete: false,
    };
    const second: v1.SyncPageV1 = {
      bankId: sub.remoteBankId,
      items: [signal(3, 'r1', md5(1), 'B2'), { kind: 'tombstone', changeSeq: 4, id: 'r2' }],
      nextCursor: 4,
      complete: true,
    };
    const applied = await applyPages(node.ctx, sub, [
      { page: first, head: 9 },
      { page: second, head: 4 },
    ]);
    assert.deepEqual(applied, { signals: 3, tombstones: 1 });

    const held = await node.ctx.storage.signals.search(
      { bankId: sub.localBankId, includeRetracted: true },
      { offset: 0, limit: 10 },
    );
    const byValue = new Map(held.items.map((s) => [s.value, s]));
    assert.equal(held.total, 2);
    assert.equal(byValue.get(md5(1))?.grade?.value, 'B2', 'the later page’s grade');
    assert.equal(byValue.get(md5(1))?.retractedAt, null);
    assert.notEqual(byValue.get(md5(2))?.retractedAt, null, 'the later page’s tombstone');

    const stored = await node.ctx.storage.subscriptions.get(sub.id);
    assert.equal(stored?.cursor, 4);
    assert.equal(stored?.remoteHead, 4, 'the head the last page reported');
    const events = await node.ctx.storage.audit.list(
      { action: 'sync.applied', objectId: sub.id },
      { offset: 0, limit: 10 },
    );
    assert.deepEqual(
      events.items.map((e) => e.details.to).reverse(),
      [2, 4],
      'one event a page, in order',
    );
  });

  it('commits all the pages or none: a failure in the last leaves the first unapplied too', async () => {
    const sub = await subscription();
    const first: v1.SyncPageV1 = {
      bankId: sub.remoteBankId,
      items: [signal(1, 'r1', md5(11), 'A1')],
      nextCursor: 1,
      complete: false,
    };
    // A signal without a contributor passes no NOT NULL constraint: the
    // second page fails inside the transaction, after the first was written.
    const broken: v1.SyncPageV1 = {
      bankId: sub.remoteBankId,
      items: [{ ...signal(2, 'r2', md5(12), 'A1'), contributor: null as unknown as string }],
      nextCursor: 2,
      complete: true,
    };
    await assert.rejects(
      applyPages(node.ctx, sub, [
        { page: first, head: 2 },
        { page: broken, head: 2 },
      ]),
    );
    const held = await node.ctx.storage.signals.search(
      { bankId: sub.localBankId, includeRetracted: true },
      { offset: 0, limit: 10 },
    );
    assert.equal(held.total, 0, 'the first page was rolled back with the second');
    const stored = await node.ctx.storage.subscriptions.get(sub.id);
    assert.deepEqual([stored?.cursor, stored?.remoteHead, stored?.lastSyncAt], [0, null, null]);
  });
});
