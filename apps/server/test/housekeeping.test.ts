import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEFAULT_HANDLING } from '@concord/core';
import { housekeepOnce } from '../src/node/housekeeping.ts';
import { startTestNode, type TestNode } from '../src/testing/test-node.ts';

describe('housekeeping', () => {
  let node: TestNode;
  before(async () => {
    node = await startTestNode();
  });
  after(() => node.close());

  it('purges received signals when their retention ends, audits the purge, and keeps local ones', async () => {
    const { storage } = node.ctx;
    const at = node.clock.now().toISOString();
    const retainUntil = new Date(node.clock.now().getTime() + 3_600_000).toISOString();
    const signal = (value: string) => ({
      type: 'md5' as const,
      value,
      sourceId: null,
      grade: null,
      series: null,
      victimIdentified: null,
      offenderIdentified: null,
      isDistributed: null,
      comments: null,
      contributor: 'node-peer',
      confirmations: 0,
      handling: {
        ...DEFAULT_HANDLING,
        restrictions: { ...DEFAULT_HANDLING.restrictions, retainUntil },
      },
      lawfulBasis: null,
      retainUntil,
      extra: null,
      provenance: { origin: 'node-peer', path: ['node-peer'] },
      remoteId: null,
      disputes: 0,
    });
    await storage.banks.create({
      id: 'received',
      name: 'received',
      description: '',
      originNodeId: 'node-peer',
      handling: DEFAULT_HANDLING,
      createdAt: at,
      updatedAt: at,
    });
    await storage.banks.create({
      id: 'local',
      name: 'local',
      description: '',
      originNodeId: node.ctx.identity.nodeId,
      handling: DEFAULT_HANDLING,
      createdAt: at,
      updatedAt: at,
    });
    await storage.signals.upsert('received', [signal('a'.repeat(32)), signal('b'.repeat(32))], at);
    await storage.signals.upsert('local', [signal('c'.repeat(32))], at);

    await housekeepOnce(node.ctx);
    assert.equal((await storage.banks.get('received'))?.signalCount, 2, 'nothing is due yet');
    node.clock.advance(3_600_001);
    await housekeepOnce(node.ctx);
    assert.equal((await storage.banks.get('received'))?.signalCount, 0);
    assert.equal((await storage.banks.get('local'))?.signalCount, 1);
    const purge = await storage.audit.list({ action: 'signal.purge' }, { offset: 0, limit: 5 });
    assert.equal(purge.total, 1);
    assert.deepEqual(
      [purge.items[0]?.objectId, purge.items[0]?.details.purged, purge.items[0]?.actorName],
      ['received', 2, 'system'],
    );
  });
});
