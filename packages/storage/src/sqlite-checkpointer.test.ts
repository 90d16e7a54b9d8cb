import assert from 'node:assert/strict';
import { existsSync, statSync } from 'node:fs';
import { after, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { openStorage } from './open-storage.ts';
import type { Storage } from './ports.ts';
import { checkpointWorker, INTERVAL_MS } from './sqlite-checkpointer.ts';
import { createSqliteTestDatabase, type TestDatabase } from './testing/index.ts';

const MB = 1024 * 1024;
const rows = (mb: number) => Math.ceil((mb * MB) / 4000);

/** About `mb` MiB of outbox rows in one transaction (one commit). */
async function write(storage: Storage, prefix: string, mb: number): Promise<void> {
  const envelope = 'e'.repeat(4000);
  await storage.transaction(async (tx) => {
    for (let i = 0; i < rows(mb); i++)
      await tx.outbox.enqueue({
        peerNodeId: 'peer',
        messageId: `${prefix}-${i}`,
        type: 'ping',
        envelope,
        createdAt: '2026-12-07T00:00:00.000Z',
      });
  });
}

async function opened(t: TestDatabase): Promise<Storage> {
  const r = await openStorage(t.location);
  assert.ok(r.ok, r.ok ? '' : r.error.message);
  return r.value.storage;
}

describe('SQLite checkpoints in a worker thread', () => {
  const databases: TestDatabase[] = [];
  after(async () => {
    for (const d of databases) await d.drop();
  });
  const fresh = () => {
    const t = createSqliteTestDatabase();
    databases.push(t);
    return { t, path: t.location.kind === 'sqlite' ? t.location.path : '' };
  };

  it('copies what the node wrote into the database file later, not in the node’s commit', async () => {
    const { t, path } = fresh();
    const storage = await opened(t);
    try {
      assert.ok(checkpointWorker(), 'a worker thread runs');
      const before = statSync(path).size;
      await write(storage, 'a', 8);
      // The commit itself checkpointed nothing (SQLite's own would have, at
      // 1,000 pages): copying 8 MiB takes the thread far longer than this look.
      assert.ok(statSync(path).size < before + 4 * MB, `the file holds ${statSync(path).size}`);
      const deadline = Date.now() + 40 * INTERVAL_MS;
      while (statSync(path).size < 8 * MB && Date.now() < deadline) await sleep(INTERVAL_MS / 5);
      assert.ok(statSync(path).size >= 8 * MB, `the file holds ${statSync(path).size} bytes`);
      assert.equal((await storage.outbox.get('a-0'))?.envelope.length, 4000);
    } finally {
      await storage.close();
    }
  });

  it('lets go of a database before it closes, so closing leaves no log behind', async () => {
    const { t, path } = fresh();
    const storage = await opened(t);
    await write(storage, 'b', 2);
    assert.ok(existsSync(`${path}-wal`));
    await storage.close();
    assert.equal(existsSync(`${path}-wal`), false, 'the node’s connection was the last');
    const again = await opened(t);
    try {
      assert.equal((await again.outbox.queue('peer')).pending, rows(2));
    } finally {
      await again.close();
    }
  });

  it('loses nothing when the thread fails: the node’s connection checkpoints itself again', async () => {
    const { t, path } = fresh();
    const storage = await opened(t);
    try {
      const thread = checkpointWorker();
      assert.ok(thread);
      const exited = new Promise((resolve) => thread.once('exit', resolve));
      await thread.terminate();
      await exited;
      assert.equal(checkpointWorker(), null);
      const before = statSync(path).size;
      await write(storage, 'c', 8);
      // SQLite's own checkpoint runs in the commit that crosses 1,000 pages.
      assert.ok(statSync(path).size >= before + 7 * MB, `the file holds ${statSync(path).size}`);
      assert.equal((await storage.outbox.queue('peer')).pending, rows(8));
    } finally {
      await storage.close();
    }
    // The next database opened gets a thread again.
    const next = await opened(fresh().t);
    try {
      assert.ok(checkpointWorker());
    } finally {
      await next.close();
    }
  });
});
