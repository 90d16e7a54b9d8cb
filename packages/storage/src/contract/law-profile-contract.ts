import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { LawProfileRecord, Storage } from '../ports.ts';

function version(id: string, over: Partial<LawProfileRecord> = {}): LawProfileRecord {
  return {
    id: id.repeat(64).slice(0, 64),
    jurisdiction: 'DE',
    publisherNodeId: 'node-de',
    publisherName: 'Example unit, DE',
    publishedAt: '2026-03-01T10:00:00.000Z',
    document: `{"jurisdiction":"DE","v":"${id}"}`,
    signature: { alg: 'Ed25519', keyId: 's-1', value: 'c2ln' },
    receivedAt: '2026-03-01T10:00:01.000Z',
    receivedVia: 'federation',
    receivedFrom: 'node-de',
    ...over,
  };
}

/** Published national profiles: every version kept, none replaced. */
export function lawProfileContract(current: () => Storage): void {
  describe('law profiles', () => {
    it('keeps every version and lists them newest first, per jurisdiction or all', async () => {
      const storage = current();
      const older = version('a');
      const newer = version('b', { publishedAt: '2026-04-01T08:00:00.000Z' });
      const own = version('c', {
        jurisdiction: 'FR',
        publisherNodeId: 'node-fr',
        publisherName: null,
        receivedVia: 'published',
        receivedFrom: null,
      });
      for (const v of [older, own, newer]) assert.equal(await storage.lawProfiles.add(v), true);
      assert.deepEqual(await storage.lawProfiles.list('DE'), [newer, older]);
      assert.deepEqual(await storage.lawProfiles.list(), [newer, older, own]);
      assert.deepEqual(await storage.lawProfiles.list('KE'), []);
      assert.deepEqual(await storage.lawProfiles.get(own.id), own);
      assert.equal(await storage.lawProfiles.get('f'.repeat(64)), null);
    });

    it('refuses a second copy of a version without changing the first', async () => {
      const storage = current();
      const first = version('d');
      assert.equal(await storage.lawProfiles.add(first), true);
      const again = { ...first, receivedVia: 'file' as const, receivedFrom: null };
      assert.equal(await storage.lawProfiles.add(again), false);
      assert.deepEqual(await storage.lawProfiles.list(), [first]);
    });

    it('orders versions published at the same instant by when they arrived', async () => {
      const storage = current();
      const early = version('e', { receivedAt: '2026-03-02T00:00:00.000Z' });
      const late = version('f', { receivedAt: '2026-03-03T00:00:00.000Z' });
      await storage.lawProfiles.add(early);
      await storage.lawProfiles.add(late);
      assert.deepEqual(
        (await storage.lawProfiles.list('DE')).map((v) => v.id),
        [late.id, early.id],
      );
    });

    it('adds nothing when the transaction it is in fails', async () => {
      const storage = current();
      await assert.rejects(
        storage.transaction(async (tx) => {
          await tx.lawProfiles.add(version('9'));
          throw new Error('refused later in the same transaction');
        }),
      );
      assert.deepEqual(await storage.lawProfiles.list(), []);
    });
  });
}
