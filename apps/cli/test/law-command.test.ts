import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { countries, harmonisationReport, plan } from '@concord/law';
import { buildApp, openNode } from '@concord/server';
import { TestBrowser } from '@concord/server/testing';
import { runCli, runMain } from './run-cli.ts';

const PLAN = [
  'law',
  'plan',
  '--from',
  'DE',
  '--to',
  'FR',
  '--conduct',
  'csam.possession',
  '--conduct',
  'grooming.sexual_communication',
  '--measure',
  'preservation',
  '--measure',
  'content_data',
];

describe('concord law', () => {
  it('prints the plan as JSON exactly as the planner makes it, routine or urgent', async () => {
    const r = await runMain([...PLAN, '--urgent', '--json']);
    assert.equal(r.code, 0, r.stderr);
    const expected = plan({
      requesting: 'DE',
      requested: 'FR',
      conducts: ['csam.possession', 'grooming.sexual_communication'],
      measures: ['preservation', 'content_data'],
      urgency: 'urgent',
    });
    assert.ok(expected.ok);
    assert.deepEqual(JSON.parse(r.stdout), JSON.parse(JSON.stringify(expected.value)));
    const routine = await runMain([...PLAN, '--json']);
    const expectedRoutine = plan({
      requesting: 'DE',
      requested: 'FR',
      conducts: ['csam.possession', 'grooming.sexual_communication'],
      measures: ['preservation', 'content_data'],
    });
    assert.ok(expectedRoutine.ok);
    assert.deepEqual(JSON.parse(routine.stdout), JSON.parse(JSON.stringify(expectedRoutine.value)));
  });

  it('passes --urgent to the planner (an urgent Budapest request may go by fax or e-mail)', async () => {
    const args = ['law', 'plan', '--from', 'US', '--to', 'JP', '--conduct', 'csam.possession'];
    const urgent = await runMain([...args, '--measure', 'content_data', '--urgent']);
    const routine = await runMain([...args, '--measure', 'content_data']);
    assert.match(urgent.stdout, /being urgent, it may go by fax or e-mail/);
    assert.doesNotMatch(routine.stdout, /being urgent/);
  });

  it('prints a readable plan with its steps, warnings and resolved sources', async () => {
    const r = await runMain(PLAN);
    assert.equal(r.code, 0, r.stderr);
    for (const heading of ['Legal bases', 'Steps', 'Dual criminality', 'Warnings', 'Sources'])
      assert.match(r.stdout, new RegExp(`^${heading}$`, 'm'));
    assert.match(r.stdout, /^ {2}1\. preservation under [A-Z_0-9]+ Art\. /m);
    assert.match(r.stdout, /^ {2}\[BUD_TEXT\] /m);
  });

  it('exits 0 for a plan full of unknowns and 1, with the code, for invalid input', async () => {
    const far = await runMain([
      'law',
      'plan',
      '--from',
      'NZ',
      '--to',
      'MN',
      '--conduct',
      'sextortion',
      '--measure',
      'jit',
      '--json',
    ]);
    assert.equal(far.code, 0, far.stderr);
    assert.ok(JSON.parse(far.stdout).warnings.length > 0);
    for (const [args, code] of [
      [
        ['--from', 'XX', '--to', 'FR', '--conduct', 'sextortion', '--measure', 'jit'],
        'unknown_jurisdiction',
      ],
      [
        ['--from', 'FR', '--to', 'FR', '--conduct', 'sextortion', '--measure', 'jit'],
        'same_jurisdiction',
      ],
      [['--from', 'DE', '--to', 'FR', '--conduct', 'nope', '--measure', 'jit'], 'unknown_conduct'],
      [
        ['--from', 'DE', '--to', 'FR', '--conduct', 'sextortion', '--measure', 'nope'],
        'unknown_measure',
      ],
    ] as const) {
      const r = await runMain(['law', 'plan', ...args]);
      assert.equal(r.code, 1, args.join(' '));
      assert.match(r.stderr, new RegExp(`\\[${code}\\]`));
      assert.equal(r.stdout, '');
    }
    const missing = await runMain(['law', 'plan', '--from', 'DE', '--to', 'FR']);
    assert.equal(missing.code, 2, 'a missing option is a usage error');
  });

  it('lists countries, shows an instrument and reports gaps as JSON and CSV', async () => {
    const listed = await runMain(['law', 'countries', '--json']);
    assert.deepEqual(
      JSON.parse(listed.stdout).map((c: { iso2: string }) => c.iso2),
      countries().map((c) => c.iso2),
    );
    const budapest = await runMain(['law', 'instrument', 'BUDAPEST']);
    assert.match(budapest.stdout, /^BUDAPEST: /);
    assert.match(budapest.stdout, /Art\. 29/);
    const unknown = await runMain(['law', 'instrument', 'NOPE']);
    assert.equal(unknown.code, 1);
    assert.match(unknown.stderr, /\[unknown_instrument\]/);
    const report = harmonisationReport('PH');
    assert.ok(report.ok);
    const json = await runMain(['law', 'gaps', 'PH', '--json']);
    assert.deepEqual(JSON.parse(json.stdout).totals, report.value.totals);
    const csv = await runMain(['law', 'gaps', 'PH', '--csv']);
    assert.equal(csv.stdout.trimEnd().split('\r\n').length, report.value.rows.length + 1);
    const bad = await runMain(['law', 'gaps', 'ZZ']);
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /\[unknown_jurisdiction\]/);
  });

  it('runs as the real binary', () => {
    const r = runCli([...PLAN, '--json']);
    assert.equal(r.code, 0, r.stderr);
    assert.ok(Array.isArray(JSON.parse(r.stdout).steps));
  });
});

describe('concord law profile export and import', () => {
  let root: string;
  const data = { de: '', fr: '' };

  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'concord-law-cli-'));
    const init: Record<string, { nodeId: string; adminOneTimePassword: string }> = {};
    for (const [n, iso] of [
      ['de', 'DE'],
      ['fr', 'FR'],
    ] as const) {
      data[n] = join(root, n);
      const r = await runMain([
        'init',
        '--data',
        data[n],
        '--jurisdiction',
        iso,
        '--name',
        `Unit ${iso}`,
        '--json',
      ]);
      assert.equal(r.code, 0, r.stderr);
      init[n] = JSON.parse(r.stdout);
      const card = await runMain([
        'node',
        'card',
        '--data',
        data[n],
        '--out',
        join(root, `${n}.card.json`),
      ]);
      assert.equal(card.code, 0, card.stderr);
    }
    // The German administrator publishes through the API, as in the web UI.
    const opened = await openNode(data.de, {});
    assert.ok(opened.ok);
    const app = await buildApp(opened.value, {
      webRoot: null,
      trustProxy: false,
      logLevel: 'silent',
    });
    const admin = new TestBrowser(app);
    await admin.signInFully(
      'admin',
      init.de?.adminOneTimePassword ?? '',
      'correct horse battery staple',
    );
    const published = await admin.request('POST', '/api/v1/law/profile', {
      sources: [
        {
          id: 'STGB',
          title: 'Criminal code (fictional test citation)',
          ref: 'https://example.org/stgb',
        },
      ],
      values: {
        extraditesNationals: { value: 'partial', sources: ['STGB'], note: 'EU Member States only' },
      },
    });
    assert.equal(published.statusCode, 201, published.body);
    await app.close();
    await opened.value.storage.close();
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('exports the signed file, which a peer imports once; a changed or unsigned one is refused', async () => {
    const file = join(root, 'de.profile.json');
    const exported = await runMain(['law', 'profile', 'export', file, '--data', data.de]);
    assert.equal(exported.code, 0, exported.stderr);
    const signed = JSON.parse(readFileSync(file, 'utf8'));
    assert.equal(signed.profile.jurisdiction, 'DE');
    assert.equal(signed.signature.alg, 'Ed25519');

    const stranger = await runMain(['law', 'profile', 'import', file, '--data', data.fr]);
    assert.equal(stranger.code, 1);
    assert.match(stranger.stderr, /nothing changed \[unknown_signer\]/);
    const fingerprint = await runMain(['node', 'card', '--data', data.de, '--json']);
    const added = await runMain([
      'peer',
      'add',
      join(root, 'de.card.json'),
      '--data',
      data.fr,
      '--fingerprint',
      JSON.parse(fingerprint.stdout).fingerprint,
    ]);
    assert.equal(added.code, 0, added.stderr);

    const changed = join(root, 'changed.json');
    writeFileSync(
      changed,
      JSON.stringify({
        ...signed,
        profile: { ...signed.profile, publishedAt: '2030-01-01T00:00:00Z' },
      }),
    );
    const tampered = await runMain(['law', 'profile', 'import', changed, '--data', data.fr]);
    assert.match(tampered.stderr, /\[bad_signature\]/);
    writeFileSync(changed, JSON.stringify({ profile: signed.profile }));
    const unsigned = await runMain(['law', 'profile', 'import', changed, '--data', data.fr]);
    assert.match(unsigned.stderr, /\[unsigned_profile\]/);
    writeFileSync(changed, '{"profile": ');
    const broken = await runMain(['law', 'profile', 'import', changed, '--data', data.fr]);
    assert.match(broken.stderr, /\[invalid_profile\]/);

    const imported = await runMain(['law', 'profile', 'import', file, '--data', data.fr]);
    assert.equal(imported.code, 0, imported.stderr);
    assert.match(
      imported.stdout,
      /imported the profile of DE published by Unit DE .*\(now authoritative\)/,
    );
    const again = await runMain(['law', 'profile', 'import', file, '--data', data.fr]);
    assert.match(again.stdout, /already holds that version/);
  });

  it('says there is nothing to export before a node has published', async () => {
    const r = await runMain([
      'law',
      'profile',
      'export',
      join(root, 'none.json'),
      '--data',
      data.fr,
    ]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /publish one first \[not_found\]/);
  });
});
