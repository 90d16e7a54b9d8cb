import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sql, type Kysely } from 'kysely';
import { DEFAULT_HANDLING } from '@concord/core';
import { hex, signal } from './contract/bank-contract.ts';
import { storageContract } from './contract/storage-contract.ts';
import { openStorage } from './open-storage.ts';
import { createPostgresTestDatabase, withRawDatabase } from './testing/index.ts';

storageContract('PostgreSQL (a fresh database on the test server)', createPostgresTestDatabase);

describe('PostgreSQL: a bank filled in bulk', () => {
  it('is analyzed as it grows, so looking its signals up by value stays an index lookup', async () => {
    const db = await createPostgresTestDatabase();
    try {
      const opened = await openStorage(db.location);
      assert.ok(opened.ok);
      const storage = opened.value.storage;
      const at = '2026-03-01T10:00:00.000Z';
      const handling = { ...DEFAULT_HANDLING, tlp: 'GREEN' as const };
      await storage.banks.create({
        id: 'bank-bulk',
        name: 'bulk',
        description: 'filled as a sync fills it',
        originNodeId: 'node-a',
        handling,
        createdAt: at,
        updatedAt: at,
      });
      // Five sync-sized writes, faster than autovacuum would analyze the table.
      for (let page = 0; page < 5; page++) {
        const signals = Array.from({ length: 5000 }, (_, i) =>
          signal({ type: i % 2 ? 'md5' : 'sha1', value: hex(page * 5000 + i, i % 2 ? 32 : 40) }),
        );
        await storage.transaction((tx) => tx.signals.upsert('bank-bulk', signals, at));
      }
      await storage.close();
      const plan = await withRawDatabase(db.location, async (raw) => {
        const values = Array.from({ length: 50 }, (_, i) => `'${hex(2 * i + 1, 32)}'`).join(',');
        const explained = await sql
          .raw(
            `explain (format json) select * from signals where bank_id = 'bank-bulk' and type = 'md5' and value in (${values})`,
          )
          .execute(raw as Kysely<unknown>);
        return JSON.stringify(explained.rows);
      });
      // Statistics on the table: the values go into the index search, not into a filter over the type's rows.
      assert.match(plan, /"Index Cond":"[^"]*value = ANY/, plan);
      assert.doesNotMatch(plan, /"Filter":"[^"]*value = ANY/, plan);
    } finally {
      await db.drop();
    }
  });
});
