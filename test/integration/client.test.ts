import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { ConcordApiError, createClient } from '@concord/client';
import { startTestNode, type TestNode } from '@concord/server/testing';

/** The typed client against a real node over real HTTP, as scripts and the web UI use it. */
describe('@concord/client against a running node', () => {
  let node: TestNode;
  let baseUrl: string;
  before(async () => {
    node = await startTestNode();
    await node.app.listen({ host: '127.0.0.1', port: 0 });
    baseUrl = `http://127.0.0.1:${(node.app.server.address() as AddressInfo).port}`;
  });
  after(() => node.close());

  it('throws the server’s error code and message', async () => {
    const client = createClient({ baseUrl });
    await assert.rejects(
      client.users.list(1, 10),
      (e: unknown) =>
        e instanceof ConcordApiError && e.status === 401 && e.code === 'unauthenticated',
    );
    const bad = await client.session.signIn('admin', 'wrong').catch((e: unknown) => e);
    assert.ok(bad instanceof ConcordApiError);
    assert.equal(bad.code, 'invalid_credentials');
  });

  it('works with an API token made by a browser session', async () => {
    // A browser would hold the cookie; here a fetch wrapper plays that part.
    let cookie = '';
    const browserFetch: typeof fetch = async (input, init) => {
      const headers = new Headers(init?.headers);
      if (cookie) headers.set('cookie', cookie);
      const response = await fetch(input, { ...init, headers });
      const set = response.headers.get('set-cookie');
      if (set) cookie = set.split(';')[0] ?? '';
      return response;
    };
    const browser = createClient({ baseUrl, fetch: browserFetch });
    const first = await browser.session.signIn('admin', node.adminOneTimePassword);
    assert.equal(first.state, 'password_change_required');
    await browser.me.changePassword(node.adminOneTimePassword, 'correct horse battery staple');
    const created = await browser.me.createToken({
      name: 'script',
      scopes: ['node:read', 'audit:read'],
      expiresInDays: 7,
    });

    const script = createClient({ baseUrl, token: created.token });
    const info = await script.node();
    assert.equal(info.jurisdiction, 'FR');
    assert.match(info.signingKey.fingerprint, /^([0-9A-F]{4} ){7}[0-9A-F]{4}$/);
    const audit = await script.audit.list({ action: 'token.create' });
    assert.equal(audit.total, 1);
    await assert.rejects(
      script.users.list(1, 10),
      (e: unknown) => e instanceof ConcordApiError && e.code === 'forbidden',
    );
  });
});
