import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { openNodeStorage, readNodeConfig } from '@concord/server';
import {
  createPostgresTestDatabase,
  rawConnection,
  type TestDatabase,
} from '@concord/storage/testing';
import type { StorageLocation } from '@concord/storage';
import { runMain } from './run-cli.ts';

/** The product refuses to rewrite its audit trail; an attacker with database access drops the guard first. */
const DROP_GUARDS = {
  sqlite: [sql`drop trigger audit_events_no_update`, sql`drop trigger audit_events_no_delete`],
  postgres: [sql`drop trigger audit_events_append_only on audit_events`],
};

const TAMPERING = {
  edited: { sql: [sql`update audit_events set outcome = 'failure' where seq = 4`], firstBroken: 4 },
  deleted: { sql: [sql`delete from audit_events where seq = 5`], firstBroken: 5 },
  reordered: {
    sql: [
      sql`update audit_events set seq = -1 where seq = 3`,
      sql`update audit_events set seq = 3 where seq = 6`,
      sql`update audit_events set seq = 6 where seq = -1`,
    ],
    firstBroken: 3,
  },
};

for (const dialect of ['sqlite', 'postgres'] as const) {
  describe(`concord audit verify on ${dialect}`, () => {
    let root: string;
    let pg: TestDatabase | null = null;
    before(() => {
      root = mkdtempSync(join(tmpdir(), 'concord-verify-'));
    });
    after(async () => {
      rmSync(root, { recursive: true, force: true });
    });

    async function nodeWithEvents(
      name: string,
    ): Promise<{ dir: string; env: NodeJS.ProcessEnv; location: StorageLocation }> {
      const dir = join(root, name);
      const env: NodeJS.ProcessEnv = {};
      if (dialect === 'postgres') {
        pg = await createPostgresTestDatabase();
        if (pg.location.kind === 'postgres') env.DATABASE_URL = pg.location.url;
      }
      const init = await runMain(['init', '--data', dir, '--jurisdiction', 'PT'], env);
      assert.equal(init.code, 0, init.stderr);
      const opened = await openNodeStorage(dir, env);
      assert.ok(opened.ok);
      for (let i = 0; i < 8; i++) {
        await opened.value.audit.append({
          at: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
          actorId: 'u',
          actorName: 'tester',
          actorRole: 'admin',
          action: 'user.update',
          objectType: 'user',
          objectId: `u${i}`,
          purpose: null,
          outcome: 'success',
          clientAddress: '10.1.1.1',
          details: { i },
        });
      }
      await opened.value.close();
      const config = readNodeConfig(dir);
      assert.ok(config.ok);
      const location: StorageLocation =
        dialect === 'sqlite'
          ? { kind: 'sqlite', path: join(dir, 'concord.db') }
          : { kind: 'postgres', url: env.DATABASE_URL ?? '' };
      return { dir, env, location };
    }

    it('exits 0 and prints the count when the trail is intact', async () => {
      const { dir, env } = await nodeWithEvents('intact');
      try {
        const r = await runMain(['audit', 'verify', '--data', dir], env);
        assert.equal(r.code, 0, r.stderr);
        assert.equal(
          r.stdout.trim(),
          'audit trail intact: 10 events, every hash and link checks out',
        );
      } finally {
        await pg?.drop();
      }
    });

    for (const [kind, tamper] of Object.entries(TAMPERING)) {
      it(`exits 1 and names event ${tamper.firstBroken} when a row was ${kind}`, async () => {
        const { dir, env, location } = await nodeWithEvents(kind);
        try {
          for (const statement of [...DROP_GUARDS[dialect], ...tamper.sql])
            await rawConnection(location, statement);
          const r = await runMain(['audit', 'verify', '--data', dir], env);
          assert.equal(r.code, 1, r.stdout + r.stderr);
          assert.match(
            r.stdout,
            new RegExp(`^audit trail BROKEN at event ${tamper.firstBroken}: `),
          );
          const json = await runMain(['audit', 'verify', '--data', dir, '--json'], env);
          assert.equal(json.code, 1);
          assert.equal(JSON.parse(json.stdout).firstBrokenSeq, tamper.firstBroken);
        } finally {
          await pg?.drop();
        }
      });
    }

    it('detects a deleted tail through the recorded head', async () => {
      const { dir, env, location } = await nodeWithEvents('tail');
      try {
        for (const statement of [
          ...DROP_GUARDS[dialect],
          sql`delete from audit_events where seq >= 9`,
        ])
          await rawConnection(location, statement);
        const r = await runMain(['audit', 'verify', '--data', dir, '--json'], env);
        assert.equal(r.code, 1);
        assert.deepEqual(JSON.parse(r.stdout), {
          intact: false,
          count: 8,
          firstBrokenSeq: 9,
          reason: 'truncated',
        });
      } finally {
        await pg?.drop();
      }
    });

    if (dialect === 'postgres') {
      it('verifies a database named only by DATABASE_URL', async () => {
        const { env } = await nodeWithEvents('url-only');
        try {
          const r = await runMain(['audit', 'verify', '--json'], {
            ...env,
            CONCORD_DATA: join(root, 'none'),
          });
          assert.equal(r.code, 0, r.stderr);
          assert.deepEqual(JSON.parse(r.stdout), { intact: true, count: 10 });
        } finally {
          await pg?.drop();
        }
      });
    }
  });
}
