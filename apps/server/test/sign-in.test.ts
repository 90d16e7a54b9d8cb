import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { TestBrowser, startTestNode, totpCode, type TestNode } from '../src/testing/test-node.ts';

const NEW_PASSWORD = 'a long and good passphrase';

describe('sign-in', () => {
  let node: TestNode;
  beforeEach(async () => {
    node = await startTestNode();
  });
  afterEach(() => node.close());

  it('makes the first admin change the one-time password before anything else', async () => {
    const b = new TestBrowser(node.app);
    const r = await b.request('POST', '/api/v1/session', {
      username: 'admin',
      password: node.adminOneTimePassword,
    });
    assert.equal(r.statusCode, 200);
    assert.equal(r.json().state, 'password_change_required');
    const cookie = r.cookies.find((c) => c.name === 'concord_session');
    assert.equal(cookie?.httpOnly, true);
    assert.equal(cookie?.sameSite, 'Strict');
    assert.equal(cookie?.secure, undefined, 'no Secure flag on plain HTTP');

    const blocked = await b.request('GET', '/api/v1/users');
    assert.equal(blocked.statusCode, 403);
    assert.equal(blocked.json().error.code, 'password_change_required');

    const change = await b.request('POST', '/api/v1/me/password', {
      currentPassword: node.adminOneTimePassword,
      newPassword: NEW_PASSWORD,
    });
    assert.equal(change.statusCode, 200, change.body);
    assert.equal(change.json().mustChangePassword, false);
    const session = await b.request('GET', '/api/v1/session');
    assert.equal(session.json().state, 'active');
    assert.equal((await b.request('GET', '/api/v1/users')).statusCode, 200);
  });

  it('answers a wrong password and an unknown user with the same error', async () => {
    const b = new TestBrowser(node.app);
    const wrong = await b.request('POST', '/api/v1/session', {
      username: 'admin',
      password: 'nope',
    });
    const unknown = await b.request('POST', '/api/v1/session', {
      username: 'nobody',
      password: 'nope',
    });
    assert.equal(wrong.statusCode, 401);
    assert.deepEqual(wrong.json(), unknown.json());
    assert.equal(wrong.json().error.code, 'invalid_credentials');
  });

  it('locks an account after five failures, for fifteen minutes, and audits it', async () => {
    const b = new TestBrowser(node.app);
    for (let i = 0; i < 5; i++)
      await b.request('POST', '/api/v1/session', { username: 'admin', password: `wrong ${i}` });
    const locked = await b.request('POST', '/api/v1/session', {
      username: 'admin',
      password: node.adminOneTimePassword,
    });
    assert.equal(locked.statusCode, 423);
    assert.equal(locked.json().error.code, 'account_locked');
    assert.equal(locked.headers['retry-after'], '900');
    node.clock.advance(15 * 60_000 + 1000);
    const after = await b.request('POST', '/api/v1/session', {
      username: 'admin',
      password: node.adminOneTimePassword,
    });
    assert.equal(after.statusCode, 200);
    const failures = await node.ctx.storage.audit.list(
      { action: 'session.sign_in', outcome: 'failure' },
      { offset: 0, limit: 50 },
    );
    assert.deepEqual(
      failures.items.map((e) => e.details.reason).sort(),
      ['account_locked', ...Array(5).fill('wrong_password')].sort(),
    );
  });

  it('slows down an address that fails too often, whatever the usernames', async () => {
    const b = new TestBrowser(node.app);
    for (let i = 0; i < 20; i++)
      await b.request('POST', '/api/v1/session', { username: `user${i}`, password: 'x' });
    const r = await b.request('POST', '/api/v1/session', {
      username: 'admin',
      password: node.adminOneTimePassword,
    });
    assert.equal(r.statusCode, 429);
    assert.equal(r.json().error.code, 'too_many_attempts');
    assert.ok(Number(r.headers['retry-after']) > 0);
  });

  it('ends an idle session and says so', async () => {
    const b = new TestBrowser(node.app);
    await b.signInFully('admin', node.adminOneTimePassword, NEW_PASSWORD);
    node.clock.advance(61 * 60_000);
    const r = await b.request('GET', '/api/v1/me');
    assert.equal(r.statusCode, 401);
    assert.equal(r.json().error.code, 'session_expired');
  });

  it('keeps an active session alive, but not past twelve hours', async () => {
    const b = new TestBrowser(node.app);
    await b.signInFully('admin', node.adminOneTimePassword, NEW_PASSWORD);
    for (let h = 0; h < 23; h++) {
      node.clock.advance(30 * 60_000);
      assert.equal(
        (await b.request('GET', '/api/v1/me')).statusCode,
        200,
        `after ${(h + 1) / 2} h`,
      );
    }
    node.clock.advance(30 * 60_000);
    assert.equal((await b.request('GET', '/api/v1/me')).json().error.code, 'session_expired');
  });

  it('refuses changes without the CSRF token', async () => {
    const b = new TestBrowser(node.app);
    await b.signInFully('admin', node.adminOneTimePassword, NEW_PASSWORD);
    b.csrf = 'forged';
    const r = await b.request('POST', '/api/v1/users', {
      username: 'eve',
      displayName: 'Eve',
      role: 'analyst',
    });
    assert.equal(r.statusCode, 403);
    assert.equal(r.json().error.code, 'csrf_failed');
    assert.equal(await node.ctx.storage.users.count(), 1);
  });

  it('signs out and forgets the session', async () => {
    const b = new TestBrowser(node.app);
    await b.signInFully('admin', node.adminOneTimePassword, NEW_PASSWORD);
    const cookie = b.cookie;
    assert.equal((await b.request('DELETE', '/api/v1/session')).statusCode, 204);
    b.cookie = cookie;
    assert.equal((await b.request('GET', '/api/v1/me')).json().error.code, 'unauthenticated');
  });
});

describe('TOTP second factor', () => {
  let node: TestNode;
  beforeEach(async () => {
    node = await startTestNode();
  });
  afterEach(() => node.close());

  async function enrol(b: TestBrowser): Promise<string> {
    const start = await b.request('POST', '/api/v1/me/totp');
    assert.equal(start.statusCode, 200, start.body);
    const { secret, otpauthUri } = start.json();
    assert.match(otpauthUri, /^otpauth:\/\/totp\//);
    const confirm = await b.request('POST', '/api/v1/me/totp/confirm', {
      code: totpCode(secret, node.clock),
    });
    assert.equal(confirm.statusCode, 200, confirm.body);
    assert.equal(confirm.json().totpEnabled, true);
    return secret;
  }

  it('asks for a code after the password once enrolled, and accepts each code once', async () => {
    const b = new TestBrowser(node.app);
    await b.signInFully('admin', node.adminOneTimePassword, NEW_PASSWORD);
    const secret = await enrol(b);
    node.clock.advance(60_000);

    const second = new TestBrowser(node.app);
    const r = await second.request('POST', '/api/v1/session', {
      username: 'admin',
      password: NEW_PASSWORD,
    });
    assert.equal(r.json().state, 'second_factor_pending');
    assert.equal(
      (await second.request('GET', '/api/v1/node')).json().error.code,
      'second_factor_required',
    );
    const wrong = await second.request('POST', '/api/v1/session/second-factor', {
      code: '000000' === totpCode(secret, node.clock) ? '111111' : '000000',
    });
    assert.equal(wrong.json().error.code, 'invalid_second_factor');
    const code = totpCode(secret, node.clock);
    const ok = await second.request('POST', '/api/v1/session/second-factor', { code });
    assert.equal(ok.statusCode, 200, ok.body);
    assert.equal(ok.json().state, 'active');

    const third = new TestBrowser(node.app);
    await third.request('POST', '/api/v1/session', { username: 'admin', password: NEW_PASSWORD });
    const reused = await third.request('POST', '/api/v1/session/second-factor', { code });
    assert.equal(reused.statusCode, 401);
    assert.equal(reused.json().error.code, 'second_factor_reused');
  });

  it('gives up on a session that waits too long for its code', async () => {
    const b = new TestBrowser(node.app);
    await b.signInFully('admin', node.adminOneTimePassword, NEW_PASSWORD);
    const secret = await enrol(b);
    const second = new TestBrowser(node.app);
    await second.request('POST', '/api/v1/session', { username: 'admin', password: NEW_PASSWORD });
    node.clock.advance(6 * 60_000);
    const late = await second.request('POST', '/api/v1/session/second-factor', {
      code: totpCode(secret, node.clock),
    });
    assert.equal(late.json().error.code, 'session_expired');
  });

  it('makes a user whose admin requires TOTP set it up before anything else', async () => {
    const admin = new TestBrowser(node.app);
    await admin.signInFully('admin', node.adminOneTimePassword, NEW_PASSWORD);
    const created = await admin.request('POST', '/api/v1/users', {
      username: 'vic',
      displayName: 'Vic',
      role: 'victim_id',
      totpRequired: true,
    });
    assert.equal(created.statusCode, 201, created.body);
    const vic = new TestBrowser(node.app);
    await vic.signInFully('vic', created.json().oneTimePassword, 'a different long password');
    assert.equal(
      (await vic.request('GET', '/api/v1/session')).json().state,
      'second_factor_setup_required',
    );
    assert.equal(
      (await vic.request('GET', '/api/v1/node')).json().error.code,
      'second_factor_setup_required',
    );
    await enrol(vic);
    assert.equal((await vic.request('GET', '/api/v1/session')).json().state, 'active');
    const disable = await vic.request('POST', '/api/v1/me/totp/disable', {
      password: 'a different long password',
    });
    assert.equal(disable.json().error.code, 'second_factor_required_by_admin');
  });

  it('locks the account after five wrong codes', async () => {
    const b = new TestBrowser(node.app);
    await b.signInFully('admin', node.adminOneTimePassword, NEW_PASSWORD);
    const secret = await enrol(b);
    const other = new TestBrowser(node.app);
    await other.request('POST', '/api/v1/session', { username: 'admin', password: NEW_PASSWORD });
    const bad = totpCode(secret, node.clock) === '123456' ? '654321' : '123456';
    for (let i = 0; i < 5; i++)
      await other.request('POST', '/api/v1/session/second-factor', { code: bad });
    const r = await other.request('POST', '/api/v1/session/second-factor', {
      code: totpCode(secret, node.clock, 1),
    });
    assert.equal(r.json().error.code, 'account_locked');
  });
});
