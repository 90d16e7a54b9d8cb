import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { ROLES } from '@concord/core';
import { TestBrowser, startTestNode, type TestNode } from '../src/testing/test-node.ts';

const ADMIN_PASSWORD = 'correct horse battery staple';

describe('users', () => {
  let node: TestNode;
  let admin: TestBrowser;
  beforeEach(async () => {
    node = await startTestNode();
    admin = new TestBrowser(node.app);
    await admin.signInFully('admin', node.adminOneTimePassword, ADMIN_PASSWORD);
  });
  afterEach(() => node.close());

  it('creates a user of every role, each with a one-time password that works once', async () => {
    for (const role of ROLES) {
      const r = await admin.request('POST', '/api/v1/users', {
        username: `u-${role}`,
        displayName: `User ${role}`,
        role,
      });
      assert.equal(r.statusCode, 201, r.body);
      assert.equal(r.json().user.role, role);
      assert.equal(r.json().user.mustChangePassword, true);
      assert.equal('passwordHash' in r.json().user, false, 'no hash leaves the server');
      const u = new TestBrowser(node.app);
      const s = await u.request('POST', '/api/v1/session', {
        username: `u-${role}`,
        password: r.json().oneTimePassword,
      });
      assert.equal(s.json().state, 'password_change_required');
    }
    const list = await admin.request('GET', '/api/v1/users?page=1&pageSize=3');
    assert.equal(list.json().total, ROLES.length + 1);
    assert.equal(list.json().items.length, 3);
  });

  it('refuses a taken username, in any case', async () => {
    await admin.request('POST', '/api/v1/users', {
      username: 'Bob',
      displayName: 'Bob',
      role: 'analyst',
    });
    const r = await admin.request('POST', '/api/v1/users', {
      username: 'bob',
      displayName: 'Bob 2',
      role: 'legal',
    });
    assert.equal(r.statusCode, 409);
    assert.equal(r.json().error.code, 'username_taken');
  });

  it('lets only admins manage users, and audits the refusal', async () => {
    const made = await admin.request('POST', '/api/v1/users', {
      username: 'ann',
      displayName: 'Ann',
      role: 'analyst',
    });
    const ann = new TestBrowser(node.app);
    await ann.signInFully('ann', made.json().oneTimePassword, 'her own long passphrase');
    for (const [method, url, body] of [
      ['GET', '/api/v1/users', undefined],
      ['POST', '/api/v1/users', { username: 'x1', displayName: 'X', role: 'admin' }],
      ['PATCH', `/api/v1/users/${made.json().user.id}`, { role: 'admin' }],
      ['GET', '/api/v1/audit', undefined],
    ] as const) {
      const r = await ann.request(method, url, body);
      assert.equal(r.statusCode, 403, `${method} ${url}`);
      assert.equal(r.json().error.code, 'forbidden');
    }
    const denied = await node.ctx.storage.audit.list(
      { action: 'access.denied', actor: 'ann' },
      { offset: 0, limit: 10 },
    );
    assert.equal(denied.total, 4);
  });

  it('changes role and status; a disabled user is signed out at once', async () => {
    const made = await admin.request('POST', '/api/v1/users', {
      username: 'carl',
      displayName: 'Carl',
      role: 'analyst',
    });
    const id = made.json().user.id;
    const carl = new TestBrowser(node.app);
    await carl.signInFully('carl', made.json().oneTimePassword, 'his own long passphrase');
    const promoted = await admin.request('PATCH', `/api/v1/users/${id}`, { role: 'auditor' });
    assert.equal(promoted.json().role, 'auditor');
    assert.equal(
      (await carl.request('GET', '/api/v1/audit')).statusCode,
      200,
      'the new role applies at once',
    );
    await admin.request('PATCH', `/api/v1/users/${id}`, { disabled: true });
    assert.equal((await carl.request('GET', '/api/v1/me')).statusCode, 401);
    const again = new TestBrowser(node.app);
    const r = await again.request('POST', '/api/v1/session', {
      username: 'carl',
      password: 'his own long passphrase',
    });
    assert.equal(r.json().error.code, 'account_disabled');
  });

  it('does not let an admin demote or disable themselves', async () => {
    const me = (await admin.request('GET', '/api/v1/me')).json();
    const r = await admin.request('PATCH', `/api/v1/users/${me.id}`, { role: 'analyst' });
    assert.equal(r.statusCode, 409);
    assert.equal(r.json().error.code, 'cannot_change_self');
  });

  it('resets a password and unlocks an account', async () => {
    const made = await admin.request('POST', '/api/v1/users', {
      username: 'dora',
      displayName: 'Dora',
      role: 'legal',
    });
    const id = made.json().user.id;
    const dora = new TestBrowser(node.app);
    for (let i = 0; i < 5; i++)
      await dora.request('POST', '/api/v1/session', { username: 'dora', password: 'wrong' });
    assert.equal(
      (
        await dora.request('POST', '/api/v1/session', {
          username: 'dora',
          password: made.json().oneTimePassword,
        })
      ).json().error.code,
      'account_locked',
    );
    assert.equal((await admin.request('POST', `/api/v1/users/${id}/unlock`)).statusCode, 200);
    const reset = await admin.request('POST', `/api/v1/users/${id}/password-reset`);
    const otp = reset.json().oneTimePassword;
    assert.notEqual(otp, made.json().oneTimePassword);
    assert.equal(
      (
        await dora.request('POST', '/api/v1/session', {
          username: 'dora',
          password: made.json().oneTimePassword,
        })
      ).statusCode,
      401,
    );
    assert.equal(
      (await dora.request('POST', '/api/v1/session', { username: 'dora', password: otp })).json()
        .state,
      'password_change_required',
    );
  });

  it('answers an unknown user id with not_found', async () => {
    const r = await admin.request('PATCH', '/api/v1/users/does-not-exist', { displayName: 'X' });
    assert.equal(r.statusCode, 404);
    assert.equal(r.json().error.code, 'not_found');
  });
});

describe('API tokens', () => {
  let node: TestNode;
  let admin: TestBrowser;
  beforeEach(async () => {
    node = await startTestNode();
    admin = new TestBrowser(node.app);
    await admin.signInFully('admin', node.adminOneTimePassword, ADMIN_PASSWORD);
  });
  afterEach(() => node.close());

  const bearer = (token: string, url: string, method: 'GET' | 'POST' = 'GET', payload?: object) =>
    node.app.inject({
      method,
      url,
      headers: { authorization: `Bearer ${token}` },
      ...(payload ? { payload } : {}),
    });

  it('shows a token once, stores only its hash, and limits it to its scopes', async () => {
    const r = await admin.request('POST', '/api/v1/me/tokens', {
      name: 'nightly export',
      scopes: ['audit:read'],
      expiresInDays: 30,
    });
    assert.equal(r.statusCode, 201, r.body);
    const { token, apiToken } = r.json();
    assert.match(token, /^concord_[A-Za-z0-9_-]{43}$/);
    const stored = await node.ctx.storage.apiTokens.listForUser(
      apiToken ? (await admin.request('GET', '/api/v1/me')).json().id : '',
    );
    assert.ok(stored.every((t) => t.tokenHash !== token && !JSON.stringify(t).includes(token)));
    assert.equal((await bearer(token, '/api/v1/audit')).statusCode, 200);
    const users = await bearer(token, '/api/v1/users');
    assert.equal(users.statusCode, 403, 'admin role, but the token is not scoped for users');
    const listed = (await admin.request('GET', '/api/v1/me/tokens')).json();
    assert.deepEqual(
      listed.map((t: { id: string }) => t.id),
      [apiToken.id],
    );
    assert.equal('token' in listed[0], false);
  });

  it('needs no CSRF token, and cannot manage the account', async () => {
    const { token } = (
      await admin.request('POST', '/api/v1/me/tokens', {
        name: 't',
        scopes: ['users:write', 'users:read'],
        expiresInDays: 1,
      })
    ).json();
    const created = await bearer(token, '/api/v1/users', 'POST', {
      username: 'scripted',
      displayName: 'S',
      role: 'analyst',
    });
    assert.equal(created.statusCode, 201, created.body);
    const tokens = await bearer(token, '/api/v1/me/tokens', 'POST', {
      name: 'x',
      scopes: ['node:read'],
      expiresInDays: 1,
    });
    assert.equal(tokens.statusCode, 403);
  });

  it('refuses scopes beyond the role', async () => {
    const made = await admin.request('POST', '/api/v1/users', {
      username: 'ana',
      displayName: 'Ana',
      role: 'analyst',
    });
    const ana = new TestBrowser(node.app);
    await ana.signInFully('ana', made.json().oneTimePassword, 'her own long passphrase');
    const r = await ana.request('POST', '/api/v1/me/tokens', {
      name: 't',
      scopes: ['users:write'],
      expiresInDays: 1,
    });
    assert.equal(r.statusCode, 403);
    assert.match(r.json().error.message, /users:write/);
  });

  it('stops working when revoked or expired, and says which', async () => {
    const a = (
      await admin.request('POST', '/api/v1/me/tokens', {
        name: 'a',
        scopes: ['node:read'],
        expiresInDays: 1,
      })
    ).json();
    const b = (
      await admin.request('POST', '/api/v1/me/tokens', {
        name: 'b',
        scopes: ['node:read'],
        expiresInDays: 2,
      })
    ).json();
    assert.equal(
      (await admin.request('DELETE', `/api/v1/me/tokens/${a.apiToken.id}`)).statusCode,
      204,
    );
    assert.equal(
      (await admin.request('DELETE', `/api/v1/me/tokens/${a.apiToken.id}`)).statusCode,
      404,
    );
    const revoked = await bearer(a.token, '/api/v1/node');
    assert.equal(revoked.statusCode, 401);
    assert.match(revoked.json().error.message, /revoked/);
    assert.equal((await bearer(b.token, '/api/v1/node')).statusCode, 200);
    node.clock.advance(2 * 86_400_000 + 1);
    const expired = await bearer(b.token, '/api/v1/node');
    assert.match(expired.json().error.message, /expired/);
    assert.equal((await bearer('concord_not-a-real-token', '/api/v1/node')).statusCode, 401);
    const rejected = await node.ctx.storage.audit.list(
      { action: 'token.use_rejected' },
      { offset: 0, limit: 10 },
    );
    assert.deepEqual(
      rejected.items.map((e) => e.details.reason),
      ['unknown', 'expired', 'revoked'],
    );
  });

  it('rejects a malformed Authorization header clearly', async () => {
    const r = await node.app.inject({
      method: 'GET',
      url: '/api/v1/node',
      headers: { authorization: 'Basic abc' },
    });
    assert.equal(r.statusCode, 401);
    assert.match(r.json().error.message, /Bearer/);
  });
});
