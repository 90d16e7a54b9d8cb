import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { TestBrowser, startTestNode, type TestNode } from '../src/testing/test-node.ts';

describe('audit trail over the API', () => {
  let node: TestNode;
  let admin: TestBrowser;
  let auditor: TestBrowser;
  beforeEach(async () => {
    node = await startTestNode();
    admin = new TestBrowser(node.app);
    await admin.signInFully('admin', node.adminOneTimePassword, 'correct horse battery staple');
    const made = await admin.request('POST', '/api/v1/users', {
      username: 'olga',
      displayName: 'Olga',
      role: 'auditor',
    });
    auditor = new TestBrowser(node.app);
    await auditor.signInFully('olga', made.json().oneTimePassword, 'an auditor passphrase');
  });
  afterEach(() => node.close());

  it('records sign-ins, failures, changes and reads, with actor, role, object, outcome and address', async () => {
    await new TestBrowser(node.app).request('POST', '/api/v1/session', {
      username: 'olga',
      password: 'wrong',
    });
    await admin.request('GET', '/api/v1/users');
    const r = await auditor.request('GET', '/api/v1/audit?pageSize=100');
    assert.equal(r.statusCode, 200, r.body);
    const actions = r.json().items.map((e: { action: string }) => e.action);
    for (const a of [
      'node.init',
      'user.create',
      'session.sign_in',
      'account.password_change',
      'user.list',
    ]) {
      assert.ok(actions.includes(a), `${a} in ${actions.join(', ')}`);
    }
    const failed = r
      .json()
      .items.find(
        (e: { action: string; outcome: string }) =>
          e.action === 'session.sign_in' && e.outcome === 'failure',
      );
    assert.equal(failed.actorName, 'olga');
    assert.equal(failed.details.reason, 'wrong_password');
    assert.equal(failed.clientAddress, '127.0.0.1');
    const created = r
      .json()
      .items.find(
        (e: { action: string; details: { username?: string } }) =>
          e.action === 'user.create' && e.details.username === 'olga',
      );
    assert.equal(created.actorName, 'admin');
    assert.equal(created.actorRole, 'admin');
    assert.equal(created.objectType, 'user');
    const seqs = r.json().items.map((e: { seq: number }) => e.seq);
    assert.deepEqual(
      seqs,
      [...seqs].sort((a: number, b: number) => b - a),
      'newest first',
    );
  });

  it('records each read of the trail in the trail', async () => {
    await auditor.request('GET', '/api/v1/audit?action=user.');
    const r = await auditor.request('GET', '/api/v1/audit?action=audit.read');
    assert.equal(r.json().items[0].details.action, 'user.');
    assert.equal(r.json().items[0].actorName, 'olga');
  });

  it('filters by actor, action family, object, outcome and time, and pages', async () => {
    const byActor = (
      await auditor.request('GET', '/api/v1/audit?actor=admin&action=user.create')
    ).json();
    assert.equal(byActor.total, 1);
    const me = (await auditor.request('GET', '/api/v1/me')).json();
    const byObject = (
      await auditor.request('GET', `/api/v1/audit?objectType=user&objectId=${me.id}`)
    ).json();
    assert.ok(byObject.items.length >= 2);
    assert.ok(byObject.items.every((e: { objectId: string }) => e.objectId === me.id));
    const future = (
      await auditor.request('GET', '/api/v1/audit?from=2030-01-01T00:00:00.000Z')
    ).json();
    assert.equal(future.total, 0);
    const page2 = (await auditor.request('GET', '/api/v1/audit?page=2&pageSize=2')).json();
    assert.equal(page2.page, 2);
    assert.equal(page2.items.length, 2);
    const bad = await auditor.request('GET', '/api/v1/audit?outcome=maybe');
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().error.code, 'invalid_request');
  });

  it('exports CSV only with a stated purpose, and records it', async () => {
    const missing = await auditor.request('GET', '/api/v1/audit/export');
    assert.equal(missing.statusCode, 400);
    assert.match(missing.json().error.message, /purpose/);
    const r = await auditor.request('GET', '/api/v1/audit/export?purpose=oversight');
    assert.equal(r.statusCode, 200);
    assert.match(String(r.headers['content-type']), /text\/csv/);
    assert.match(String(r.headers['content-disposition']), /attachment; filename="concord-audit-/);
    const lines = r.body.trim().split('\n');
    assert.equal(
      lines[0],
      'seq,at,actorName,actorRole,action,objectType,objectId,purpose,outcome,clientAddress,details,hash',
    );
    assert.match(lines[1] ?? '', /audit\.export,audit_trail,,oversight,success/);
    assert.ok(lines.length > 8);
  });

  it('defuses spreadsheet formulas in exported cells', async () => {
    await new TestBrowser(node.app).request('POST', '/api/v1/session', {
      username: '=cmd|calc',
      password: 'x',
    });
    const csv = (
      await auditor.request('GET', '/api/v1/audit/export?purpose=oversight&action=session.sign_in')
    ).body;
    assert.ok(csv.includes(`'=cmd|calc`), csv);
    assert.ok(!/(^|,)=cmd/m.test(csv));
  });

  it('verifies the chain on request and records the check', async () => {
    const r = await auditor.request('GET', '/api/v1/audit/verify');
    assert.equal(r.json().intact, true);
    assert.ok(r.json().count > 5);
    assert.equal(r.json().firstBrokenSeq, null);
  });

  it('offers no way to edit or delete events', async () => {
    for (const method of ['DELETE', 'PATCH'] as const) {
      const r = await admin.request(
        method,
        '/api/v1/audit/1',
        method === 'PATCH' ? { outcome: 'success' } : undefined,
      );
      assert.equal(r.statusCode, 404, method);
    }
    const paths = Object.keys((await admin.request('GET', '/api/v1/openapi.json')).json().paths);
    const auditOps = paths.filter((p) => p.startsWith('/api/v1/audit'));
    const doc = (await admin.request('GET', '/api/v1/openapi.json')).json();
    for (const p of auditOps) assert.deepEqual(Object.keys(doc.paths[p]), ['get'], p);
  });
});
