import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import { openStorage, redact } from './open-storage.ts';
import { createSqliteTestDatabase } from './testing/index.ts';

describe('openStorage', () => {
  it('refuses a file that is not an SQLite database, with advice', async () => {
    const t = createSqliteTestDatabase();
    try {
      writeFileSync(
        t.location.kind === 'sqlite' ? t.location.path : '',
        'this is not a database, '.repeat(200),
      );
      const r = await openStorage(t.location);
      assert.equal(r.ok, false);
      assert.equal(!r.ok && r.error.code, 'database_corrupt');
      assert.match(!r.ok ? r.error.message : '', /restore it from a backup/);
    } finally {
      await t.drop();
    }
  });

  it('refuses an SQLite database that belongs to something else, and leaves it alone', async () => {
    const t = createSqliteTestDatabase();
    try {
      const path = t.location.kind === 'sqlite' ? t.location.path : '';
      const other = new BetterSqlite3(path);
      other.exec('create table invoices (id integer primary key, total real)');
      other.close();
      const r = await openStorage(t.location);
      assert.equal(!r.ok && r.error.code, 'not_a_concord_database');
      const check = new BetterSqlite3(path, { readonly: true });
      const tables = check.prepare("select name from sqlite_master where type = 'table'").all();
      check.close();
      assert.deepEqual(tables, [{ name: 'invoices' }]);
    } finally {
      await t.drop();
    }
  });

  it('says PostgreSQL is unreachable, without printing the password', async () => {
    const r = await openStorage({ kind: 'postgres', url: 'postgres://u:secret@127.0.0.1:1/db' });
    assert.equal(!r.ok && r.error.code, 'database_unreachable');
    assert.equal(!r.ok && r.error.retryable, true);
    assert.doesNotMatch(!r.ok ? r.error.message : '', /secret/);
  });

  it('rejects a DATABASE_URL that is not PostgreSQL', async () => {
    const r = await openStorage({ kind: 'postgres', url: 'mysql://x@y/z' });
    assert.equal(!r.ok && r.error.code, 'invalid_database_url');
  });

  it('redacts passwords from URLs', () => {
    assert.equal(redact('postgres://u:pw@h:5432/d'), 'postgres://u:***@h:5432/d');
    assert.equal(redact('not a url'), '(unparseable URL)');
  });
});
