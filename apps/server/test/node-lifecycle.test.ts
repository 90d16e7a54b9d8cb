import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { createPostgresTestDatabase, rawConnection } from '@concord/storage/testing';
import { sql } from 'kysely';
import { initNode } from '../src/node/init-node.ts';
import { openNode } from '../src/node/open-node.ts';
import { TestBrowser, startTestNode, testClock } from '../src/testing/test-node.ts';

const SECRET = 'a secret of at least sixteen characters';

describe('initNode and openNode', () => {
  let root: string;
  let dir: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'concord-life-'));
    dir = join(root, 'node');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const init = (
    env: NodeJS.ProcessEnv = {},
    over: { jurisdiction?: string; dataDir?: string } = {},
  ) =>
    initNode({
      dataDir: over.dataDir ?? dir,
      name: 'Unit',
      jurisdiction: over.jurisdiction ?? 'KE',
      env,
      clock: testClock(),
    });

  it('keeps private keys encrypted with a 0600 key file and warns about it', async () => {
    const r = await init();
    assert.ok(r.ok);
    assert.equal(statSync(join(dir, 'secret.key')).mode & 0o777, 0o600);
    assert.match(r.value.warnings[0] ?? '', /CONCORD_SECRET/);
    const opened = await openNode(dir, {});
    assert.ok(opened.ok);
    assert.equal(opened.value.signingKey.asymmetricKeyType, 'ed25519');
    assert.equal(opened.value.encryptionKey.asymmetricKeyType, 'x25519');
    const db = readFileSync(join(dir, 'concord.db'));
    const pkcs8 = opened.value.signingKey.export({ format: 'der', type: 'pkcs8' });
    assert.equal(
      db.includes(pkcs8.subarray(-32)),
      false,
      'the raw private key is not in the database file',
    );
    await opened.value.storage.close();
  });

  it('derives the key from CONCORD_SECRET when set, and refuses a wrong or missing secret', async () => {
    const r = await init({ CONCORD_SECRET: SECRET });
    assert.ok(r.ok);
    assert.deepEqual(r.value.warnings, []);
    assert.throws(() => statSync(join(dir, 'secret.key')));
    const wrong = await openNode(dir, { CONCORD_SECRET: 'another secret of enough length' });
    assert.equal(!wrong.ok && wrong.error.code, 'secret_wrong');
    const missing = await openNode(dir, {});
    assert.equal(!missing.ok && missing.error.code, 'secret_missing');
    const right = await openNode(dir, { CONCORD_SECRET: SECRET });
    assert.ok(right.ok);
    await right.value.storage.close();
  });

  it('refuses a short secret, a bad jurisdiction, a second init and a busy directory, leaving nothing behind', async () => {
    const short = await init({ CONCORD_SECRET: 'short' });
    assert.equal(!short.ok && short.error.code, 'secret_too_short');
    assert.throws(() => statSync(dir), 'no directory left behind');
    const bad = await init({}, { jurisdiction: 'ZZ' });
    assert.equal(!bad.ok && bad.error.code, 'invalid_jurisdiction');
    assert.ok((await init()).ok);
    const again = await init();
    assert.equal(!again.ok && again.error.code, 'already_initialised');
    writeFileSync(join(root, 'placeholder'), 'x');
    const r = await init({}, { dataDir: root });
    assert.equal(!r.ok && r.error.code, 'data_dir_not_empty');
    assert.equal(readFileSync(join(root, 'placeholder'), 'utf8'), 'x');
  });

  it('explains a missing node, a broken config, a lost key file and a corrupt database', async () => {
    const none = await openNode(dir, {});
    assert.equal(!none.ok && none.error.code, 'not_initialised');
    assert.ok((await init()).ok);
    const config = readFileSync(join(dir, 'config.json'), 'utf8');

    writeFileSync(join(dir, 'config.json'), '{ not json');
    assert.equal(((r) => !r.ok && r.error.code)(await openNode(dir, {})), 'config_invalid');
    writeFileSync(join(dir, 'config.json'), config.replace('"KE"', '"XX"'));
    const badJurisdiction = await openNode(dir, {});
    assert.equal(!badJurisdiction.ok && badJurisdiction.error.code, 'config_invalid');
    assert.match(!badJurisdiction.ok ? badJurisdiction.error.message : '', /jurisdiction/);
    writeFileSync(join(dir, 'config.json'), config);

    const key = readFileSync(join(dir, 'secret.key'));
    rmSync(join(dir, 'secret.key'));
    assert.equal(((r) => !r.ok && r.error.code)(await openNode(dir, {})), 'key_file_unreadable');
    writeFileSync(join(dir, 'secret.key'), key, { mode: 0o600 });

    const dbFile = join(dir, 'concord.db');
    rmSync(`${dbFile}-wal`, { force: true });
    rmSync(`${dbFile}-shm`, { force: true });
    const original = readFileSync(dbFile);
    writeFileSync(
      dbFile,
      Buffer.concat([Buffer.from('garbage!'.repeat(16)), original.subarray(128)]),
    );
    const corrupt = await openNode(dir, {});
    assert.equal(!corrupt.ok && corrupt.error.code, 'database_corrupt');
  });
});

describe('a node on PostgreSQL', () => {
  it('initialises, serves the API, and audits, exactly as on SQLite', async () => {
    const node = await startTestNode({ database: 'postgres' });
    try {
      assert.equal(node.ctx.storage.dialect, 'postgres');
      const health = await node.app.inject({ method: 'GET', url: '/api/v1/health' });
      assert.equal(health.json().database, 'postgres');
      const admin = new TestBrowser(node.app);
      await admin.signInFully('admin', node.adminOneTimePassword, 'correct horse battery staple');
      const created = await admin.request('POST', '/api/v1/users', {
        username: 'pat',
        displayName: 'Pat',
        role: 'coordinator',
      });
      assert.equal(created.statusCode, 201);
      const verdict = await admin.request('GET', '/api/v1/audit/verify');
      assert.equal(verdict.json().intact, true);
      assert.ok(verdict.json().count >= 5);
    } finally {
      await node.close();
    }
  });

  it('refuses to start without DATABASE_URL, and refuses a second node on the same database', async () => {
    const pg = await createPostgresTestDatabase();
    const root = mkdtempSync(join(tmpdir(), 'concord-pg-'));
    try {
      const url = pg.location.kind === 'postgres' ? pg.location.url : '';
      const first = await initNode({
        dataDir: join(root, 'a'),
        name: 'A',
        jurisdiction: 'BR',
        env: { DATABASE_URL: url },
      });
      assert.ok(first.ok);
      const opened = await openNode(join(root, 'a'), {});
      assert.equal(!opened.ok && opened.error.code, 'database_url_missing');
      const second = await initNode({
        dataDir: join(root, 'b'),
        name: 'B',
        jurisdiction: 'BR',
        env: { DATABASE_URL: url },
      });
      assert.equal(!second.ok && second.error.code, 'database_in_use');
      assert.equal(
        (
          (await rawConnection(pg.location, sql`select count(*)::int as n from users`)) as {
            n: number;
          }[]
        )[0]?.n,
        1,
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
      await pg.drop();
    }
  });
});
