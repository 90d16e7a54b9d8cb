import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TestBrowser, startTestNode, type TestNode } from '../src/testing/test-node.ts';

describe('HTTP edge', () => {
  let node: TestNode;
  let admin: TestBrowser;
  before(async () => {
    node = await startTestNode();
    admin = new TestBrowser(node.app);
    await admin.signInFully('admin', node.adminOneTimePassword, 'correct horse battery staple');
  });
  after(() => node.close());

  const usersBefore = () => node.ctx.storage.users.count();

  it('answers health without signing in', async () => {
    const r = await node.app.inject({ method: 'GET', url: '/api/v1/health' });
    assert.equal(r.statusCode, 200);
    assert.deepEqual(Object.keys(r.json()).sort(), ['database', 'status', 'version']);
    assert.equal(r.json().database, 'sqlite');
  });

  it('refuses malformed JSON with a clear code and changes nothing', async () => {
    const n = await usersBefore();
    const r = await node.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: {
        cookie: admin.cookie ?? '',
        'x-csrf-token': admin.csrf ?? '',
        'content-type': 'application/json',
      },
      payload: '{"username": "x", ',
    });
    assert.equal(r.statusCode, 400);
    assert.equal(r.json().error.code, 'malformed_json');
    assert.equal(await usersBefore(), n);
  });

  it('refuses wrong types and names the field', async () => {
    const r = await admin.request('POST', '/api/v1/users', {
      username: 'x',
      displayName: 42,
      role: 'analyst',
    });
    assert.equal(r.statusCode, 400);
    assert.equal(r.json().error.code, 'invalid_request');
    assert.ok(r.json().error.issues.some((i: { path: string }) => i.path.includes('displayName')));
  });

  it('refuses unknown fields rather than ignoring them', async () => {
    const r = await admin.request('POST', '/api/v1/users', {
      username: 'sneaky',
      displayName: 'S',
      role: 'analyst',
      isSuperuser: true,
    });
    assert.equal(r.statusCode, 400);
    assert.equal(r.json().error.code, 'invalid_request');
    assert.equal(await node.ctx.storage.users.findByUsername('sneaky'), null);
  });

  it('refuses an unknown role', async () => {
    const r = await admin.request('POST', '/api/v1/users', {
      username: 'r',
      displayName: 'R',
      role: 'superadmin',
    });
    assert.equal(r.json().error.code, 'invalid_request');
  });

  it('refuses oversized bodies with 413', async () => {
    const r = await admin.request('POST', '/api/v1/users', {
      username: 'big',
      displayName: 'x'.repeat(2 * 1024 * 1024),
      role: 'analyst',
    });
    assert.equal(r.statusCode, 413);
    assert.equal(r.json().error.code, 'body_too_large');
  });

  it('refuses bodies that are not JSON with 415', async () => {
    const r = await node.app.inject({
      method: 'POST',
      url: '/api/v1/session',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'username=admin&password=x',
    });
    assert.equal(r.statusCode, 415);
    assert.equal(r.json().error.code, 'unsupported_media_type');
  });

  it('answers unknown routes with a JSON 404', async () => {
    for (const url of ['/api/v1/nope', '/api/v2/users', '/federation/v1/nothing']) {
      const r = await node.app.inject({ method: 'GET', url });
      assert.equal(r.statusCode, 404, url);
      assert.equal(r.json().error.code, 'not_found');
    }
  });

  it('requires a session for protected routes', async () => {
    const r = await node.app.inject({ method: 'GET', url: '/api/v1/users' });
    assert.equal(r.statusCode, 401);
    assert.equal(r.json().error.code, 'unauthenticated');
  });

  it('sets security headers on API responses and pages', async () => {
    for (const url of ['/api/v1/health', '/api/v1/nope', '/api/docs/']) {
      const r = await node.app.inject({ method: 'GET', url });
      assert.match(String(r.headers['content-security-policy']), /frame-ancestors 'none'/, url);
      assert.match(String(r.headers['content-security-policy']), /script-src 'self'(;|$)/, url);
      assert.equal(r.headers['x-content-type-options'], 'nosniff', url);
      assert.equal(r.headers['referrer-policy'], 'no-referrer', url);
      assert.equal(r.headers['x-frame-options'], 'DENY', url);
    }
    assert.equal(
      (await node.app.inject({ method: 'GET', url: '/api/v1/health' })).headers['cache-control'],
      'no-store',
    );
  });

  it('serves an OpenAPI document covering every route, and browsable docs', async () => {
    const r = await node.app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
    assert.equal(r.statusCode, 200);
    const doc = r.json();
    assert.equal(doc.openapi, '3.1.0');
    for (const path of [
      '/api/v1/session',
      '/api/v1/users',
      '/api/v1/users/{id}',
      '/api/v1/audit',
      '/api/v1/me/tokens',
      '/api/v1/node',
      '/api/v1/health',
    ]) {
      assert.ok(doc.paths[path], `${path} documented`);
    }
    assert.ok(doc.components.schemas.User, 'shared schemas are components');
    const created = doc.paths['/api/v1/users'].post.requestBody.content['application/json'].schema;
    assert.equal(created.additionalProperties, false, 'unknown fields are documented as refused');
    const docs = await node.app.inject({ method: 'GET', url: '/api/docs/' });
    assert.equal(docs.statusCode, 200);
    assert.match(docs.body, /swagger/i);
  });

  it('never sends a stack trace', async () => {
    const responses = await Promise.all([
      node.app.inject({
        method: 'POST',
        url: '/api/v1/session',
        headers: { 'content-type': 'application/json' },
        payload: '[',
      }),
      node.app.inject({
        method: 'POST',
        url: '/api/v1/session',
        headers: { 'content-type': 'application/json' },
        payload: '',
      }),
      node.app.inject({
        method: 'GET',
        url: '/api/v1/users?page=-1',
        headers: { cookie: admin.cookie ?? '' },
      }),
    ]);
    for (const r of responses) {
      assert.ok(r.statusCode >= 400 && r.statusCode < 500, `${r.statusCode} ${r.body}`);
      assert.doesNotMatch(r.body, /at .+\.(ts|js):\d+/);
      assert.match(r.json().error.code, /^[a-z_]+$/);
    }
  });
});

describe('behind a TLS-terminating proxy', () => {
  it('marks the session cookie Secure and sends HSTS when the proxy says HTTPS', async () => {
    const node = await startTestNode({ trustProxy: true });
    try {
      const r = await node.app.inject({
        method: 'POST',
        url: '/api/v1/session',
        headers: { 'x-forwarded-proto': 'https', 'x-forwarded-for': '203.0.113.9' },
        payload: { username: 'admin', password: node.adminOneTimePassword },
      });
      assert.equal(r.statusCode, 200);
      assert.equal(r.cookies.find((c) => c.name === 'concord_session')?.secure, true);
      assert.match(String(r.headers['strict-transport-security']), /max-age=/);
      const events = await node.ctx.storage.audit.list(
        { action: 'session.sign_in' },
        { offset: 0, limit: 1 },
      );
      assert.equal(
        events.items[0]?.clientAddress,
        '203.0.113.9',
        'the client address comes from the proxy',
      );
    } finally {
      await node.close();
    }
  });
});
