import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TestBrowser, startTestNode, type TestNode } from '../src/testing/test-node.ts';

const md5 = (n: number) => n.toString(16).padStart(32, '0');

describe('importing and exporting hash sets over the API', () => {
  let node: TestNode;
  let analyst: TestBrowser;
  before(async () => {
    node = await startTestNode();
    const admin = new TestBrowser(node.app);
    await admin.signInFully('admin', node.adminOneTimePassword, 'correct horse battery staple');
    const made = await admin.request('POST', '/api/v1/users', {
      username: 'ana',
      displayName: 'Ana',
      role: 'analyst',
    });
    analyst = new TestBrowser(node.app);
    await analyst.signInFully('ana', made.json().oneTimePassword, 'her own long passphrase');
    await analyst.request('POST', '/api/v1/banks', { name: 'imported' });
  });
  after(() => node.close());

  const upload = (query: string, body: string) =>
    node.app.inject({
      method: 'POST',
      url: `/api/v1/banks/imported/import?${query}`,
      headers: {
        cookie: analyst.cookie ?? '',
        'x-csrf-token': analyst.csrf ?? '',
        'content-type': 'application/octet-stream',
      },
      payload: Buffer.from(body),
    });

  const ICSE = [
    'MD5;SHA1;PhotoDNA;Image ID;Is distributed;Victim identified;Offender identified;Series name;Number of submissions;File Available;Media Type;Baseline',
    `${md5(1)};;;img-1;true;false;false;Series A;2;true;image;true`,
    `${md5(2)};;;img-2;false;true;false;Series B;1;true;image;false`,
    `not-a-hash;;;img-3;true;false;false;Series A;1;true;image;true`,
  ].join('\n');

  it('reports every bad row with its line, writes nothing in strict mode', async () => {
    const r = await upload('format=icse&strict=true', ICSE);
    assert.equal(r.statusCode, 200, r.body);
    assert.equal(r.json().applied, false);
    assert.deepEqual(
      r.json().problems.map((p: { line: number; code: string }) => [p.line, p.code]),
      [[4, 'invalid_signal_value']],
    );
    assert.equal((await analyst.request('GET', '/api/v1/banks/imported')).json().signalCount, 0);
  });

  it('writes the good rows otherwise, and the new hashes match at once', async () => {
    const r = await upload('format=icse&gradedBy=INTERPOL', ICSE);
    assert.equal(r.json().applied, true);
    assert.equal(r.json().inserted, 2);
    assert.equal(r.json().problems.length, 1);
    const again = await upload('format=icse&gradedBy=INTERPOL', ICSE);
    assert.deepEqual([again.json().inserted, again.json().unchanged], [0, 2]);
    const match = await analyst.request('POST', '/api/v1/match', {
      hashes: [{ type: 'md5', value: md5(1) }],
    });
    const [m] = match.json().results[0].matches;
    assert.deepEqual(
      [
        m.signal.grade.scheme,
        m.signal.grade.value,
        m.signal.grade.gradedBy,
        m.signal.series,
        m.signal.isDistributed,
      ],
      ['interpol_baseline', 'baseline', 'INTERPOL', 'Series A', true],
    );
    const audit = await node.ctx.storage.audit.list(
      { action: 'bank.import' },
      { offset: 0, limit: 5 },
    );
    assert.equal(audit.total, 3);
  });

  it('exports with a stated purpose, in another format, audited', async () => {
    const missing = await analyst.request('GET', '/api/v1/banks/imported/export?format=csv');
    assert.equal(missing.statusCode, 400);
    const r = await analyst.request(
      'GET',
      '/api/v1/banks/imported/export?format=csv&purpose=investigation',
    );
    assert.equal(r.statusCode, 200, r.body);
    assert.match(String(r.headers['content-disposition']), /attachment; filename="imported\.csv"/);
    assert.equal(r.headers['x-concord-withheld'], '0');
    assert.ok(r.body.includes(md5(1)) && r.body.includes(md5(2)));
    const exported = await node.ctx.storage.audit.list(
      { action: 'bank.export' },
      { offset: 0, limit: 1 },
    );
    assert.equal(exported.items[0]?.purpose, 'investigation');
  });

  it('refuses an unknown format and a body that is not a file upload', async () => {
    const bad = await upload('format=pdf', 'x');
    assert.equal(bad.statusCode, 400);
    assert.match(bad.json().error.message, /format/);
    const json = await analyst.request('POST', '/api/v1/banks/imported/import?format=csv', {
      not: 'a file',
    });
    assert.equal(json.statusCode, 415);
  });

  it('reads 64-hex lists only when told the type', async () => {
    const list = `${'ab'.repeat(32)}\n`;
    const guessed = await upload('format=hash_list', list);
    assert.equal(guessed.json().problems[0].code, 'ambiguous_signal_type');
    const told = await upload('format=hash_list&signalType=pdq', list);
    assert.equal(told.json().inserted, 1);
  });
});
