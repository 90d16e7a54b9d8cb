import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ConcordApiError, createClient } from '@concord/client';
import { startTestNode, type TestNode } from '@concord/server/testing';

const CLI = new URL('../../apps/cli/bin/concord.js', import.meta.url).pathname;
const VECTORS = join(
  new URL('../..', import.meta.url).pathname,
  '..',
  'shared',
  'vectors',
  'pdq',
  'images',
  'bridge-mods',
);

/** From a scan on the analyst's machine to the team's summary on the node, through the real binary and API. */
describe('a concord scan report uploaded to the node', () => {
  let node: TestNode;
  let dir: string;
  let token: string;
  let baseUrl: string;
  before(async () => {
    node = await startTestNode();
    await node.app.listen({ host: '127.0.0.1', port: 0 });
    baseUrl = `http://127.0.0.1:${(node.app.server.address() as AddressInfo).port}`;
    dir = mkdtempSync(join(tmpdir(), 'concord-upload-'));
    mkdirSync(join(dir, 'exhibit'));
    for (const name of ['aaa-orig.jpg', 'blur-a-lot.jpg', 'square-256x256.jpg'])
      writeFileSync(join(dir, 'exhibit', name), readFileSync(join(VECTORS, name)));
    writeFileSync(join(dir, 'exhibit', 'readme.txt'), 'not media');
    writeFileSync(
      join(dir, 'bank.csv'),
      'type,value,grade_scheme,grade,series\npdq,d8f8f0cee0f4a84f0637022a078f67f0b36e2ed596621e1d33e6339c4e9c9b22,caid,B,Bridge\n',
    );
    let cookie = '';
    const browser = createClient({
      baseUrl,
      fetch: async (input, init) => {
        const headers = new Headers(init?.headers);
        if (cookie) headers.set('cookie', cookie);
        const response = await fetch(input, { ...init, headers });
        cookie = response.headers.get('set-cookie')?.split(';')[0] ?? cookie;
        return response;
      },
    });
    await browser.session.signIn('admin', node.adminOneTimePassword);
    await browser.me.changePassword(node.adminOneTimePassword, 'correct horse battery staple');
    const created = await browser.users.create({
      username: 'ana',
      displayName: 'Ana',
      role: 'analyst',
    });
    await browser.session.signOut();
    await browser.session.signIn('ana', created.oneTimePassword);
    await browser.me.changePassword(created.oneTimePassword, 'her own long passphrase');
    token = (
      await browser.me.createToken({ name: 'scans', scopes: ['match:run'], expiresInDays: 1 })
    ).token;
  });
  after(async () => {
    await node.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps the totals by grade and series and the matches, and lists it', async () => {
    const reportPath = join(dir, 'report.json');
    const scan = spawnSync(
      process.execPath,
      [
        CLI,
        'scan',
        join(dir, 'exhibit'),
        '--bank',
        join(dir, 'bank.csv'),
        '--report',
        reportPath,
        '--state',
        join(dir, 'state'),
        '--quiet',
      ],
      { encoding: 'utf8' },
    );
    assert.equal(scan.status, 0, scan.stderr);
    const client = createClient({ baseUrl, token });
    const uploaded = await client.scanReports.upload(
      'exhibit 7',
      JSON.parse(readFileSync(reportPath, 'utf8')),
    );
    assert.equal(uploaded.files, 4);
    assert.equal(uploaded.matchedFiles, 3);
    assert.deepEqual(uploaded.byGrade, { 'caid:B': 3 });
    assert.deepEqual(uploaded.bySeries, { Bridge: 3 });
    const listed = await client.scanReports.list(1, 10);
    assert.deepEqual(
      listed.items.map((r) => r.label),
      ['exhibit 7'],
    );
    const detail = await client.scanReports.get(uploaded.id);
    assert.equal(detail.matches.length, 3);
    assert.ok(detail.matches.every((m) => m.grade?.value === 'B'));
  });

  it('refuses a document that is not a scan report, naming the field', async () => {
    const client = createClient({ baseUrl, token });
    const error = await client.scanReports
      .upload('bad', { totals: {} } as never)
      .catch((e: unknown) => e);
    assert.ok(error instanceof ConcordApiError);
    assert.equal(error.code, 'invalid_request');
    assert.match(error.message, /report\./);
  });
});
