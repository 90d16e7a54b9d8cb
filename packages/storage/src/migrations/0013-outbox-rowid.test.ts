import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { sql } from 'kysely';
import { migrateToLatest } from '../migrate.ts';
import { openStorage } from '../open-storage.ts';
import { STORAGE_DIALECTS } from '../ports.ts';
import {
  createPostgresTestDatabase,
  createSqliteTestDatabase,
  withRawDatabase,
  type TestDatabase,
} from '../testing/index.ts';
import { migrationsFor } from './index.ts';

const T0 = '2026-12-01T10:00:00.000Z';

for (const dialect of STORAGE_DIALECTS) {
  describe(`0013: the outbox after the upgrade (${dialect})`, () => {
    const databases: TestDatabase[] = [];
    after(async () => {
      for (const d of databases) await d.drop();
    });

    it('keeps every message with its number and receipt, numbers new ones after them, and drops the redundant index', async () => {
      const t =
        dialect === 'sqlite' ? createSqliteTestDatabase() : await createPostgresTestDatabase();
      databases.push(t);
      const before = Object.fromEntries(
        Object.entries(migrationsFor(dialect)).filter(([name]) => name < '0013'),
      );
      // A node as the previous release left it: messages numbered by the counter.
      await withRawDatabase(t.location, async (db) => {
        const migrated = await migrateToLatest(db, dialect, before);
        assert.ok(migrated.ok);
        for (const [seq, id, delivered] of [
          [1, 'm1', true],
          [2, 'm2', false],
          [5, 'm5', false],
        ] as const) {
          await sql`insert into outbox (seq, peer_node_id, message_id, type, envelope, created_at,
              attempts, next_attempt_at, delivered_at, receipt, last_error, expired_at)
            values (${seq}, 'peer-a', ${id}, 'ping', ${`envelope-${id}`}, ${T0}, 0, ${T0},
              ${delivered ? T0 : null}, ${delivered ? `receipt-${id}` : null}, null, null)`.execute(
            db,
          );
        }
        await sql`update counters set value = 5 where name = 'outbox'`.execute(db);
      });

      const opened = await openStorage(t.location);
      assert.ok(opened.ok, opened.ok ? '' : opened.error.message);
      const { storage } = opened.value;
      try {
        assert.ok(opened.value.migration.applied.includes('0013_outbox_rowid'));
        assert.deepEqual(
          [await storage.outbox.get('m1'), await storage.outbox.get('m5')].map((e) => [
            e?.seq,
            e?.envelope,
            e?.receipt,
          ]),
          [
            [1, 'envelope-m1', 'receipt-m1'],
            [5, 'envelope-m5', null],
          ],
        );
        assert.deepEqual(
          (await storage.outbox.pending('peer-a', 10)).map((e) => e.messageId),
          ['m2', 'm5'],
        );
        const next = await storage.outbox.enqueue({
          peerNodeId: 'peer-a',
          messageId: 'm6',
          type: 'ping',
          envelope: 'envelope-m6',
          createdAt: T0,
        });
        assert.equal(next, 6);
        assert.deepEqual(
          (await storage.outbox.pending('peer-a', 10)).map((e) => [e.seq, e.messageId]),
          [
            [2, 'm2'],
            [5, 'm5'],
            [6, 'm6'],
          ],
        );
        // A message id is still unique.
        await assert.rejects(
          storage.outbox.enqueue({
            peerNodeId: 'peer-a',
            messageId: 'm6',
            type: 'ping',
            envelope: 'again',
            createdAt: T0,
          }),
        );
      } finally {
        await storage.close();
      }

      const indexes = await withRawDatabase(t.location, async (db) =>
        dialect === 'sqlite'
          ? (
              await sql<{
                name: string;
              }>`select name from sqlite_master where type = 'index' and tbl_name = 'outbox'`.execute(
                db,
              )
            ).rows.map((r) => r.name)
          : (
              await sql<{
                name: string;
              }>`select indexname as name from pg_indexes where tablename = 'outbox'`.execute(db)
            ).rows.map((r) => r.name),
      );
      assert.ok(indexes.includes('outbox_queue'), indexes.join(', '));
      assert.ok(!indexes.includes('outbox_pending'), indexes.join(', '));
      if (dialect === 'sqlite') {
        // The number is the row id: no index of its own, only the message id's.
        assert.deepEqual(
          indexes.filter((name) => name !== 'outbox_queue').length,
          1,
          indexes.join(', '),
        );
      }
    });
  });
}
