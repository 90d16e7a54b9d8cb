import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runMain } from './run-cli.ts';

const md5 = (n: number) => n.toString(16).padStart(32, '0');

describe('concord bank', () => {
  let root: string;
  let data: string;
  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'concord-bank-cli-'));
    data = join(root, 'node');
    assert.equal((await runMain(['init', '--data', data, '--jurisdiction', 'BE'])).code, 0);
    writeFileSync(
      join(root, 'graded.csv'),
      [
        'type,value,grade_scheme,grade,series',
        `md5,${md5(1)},caid,A,Harbour`,
        'md5,not-a-hash,caid,B,Harbour',
        `md5,${md5(3)},caid,C,Lake`,
      ].join('\n') + '\n',
    );
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('creates a bank and lists it', async () => {
    const created = await runMain([
      'bank',
      'create',
      'unit-known',
      '--data',
      data,
      '--description',
      'graded here',
      '--tlp',
      'GREEN',
    ]);
    assert.equal(created.code, 0, created.stderr);
    assert.match(created.stdout, /created bank unit-known \(TLP:GREEN, PAP:AMBER\)/);
    const listed = await runMain(['bank', 'list', '--data', data, '--json']);
    assert.deepEqual(JSON.parse(listed.stdout.trim()), {
      name: 'unit-known',
      signalCount: 0,
      origin: JSON.parse(listed.stdout.trim()).origin,
      tlp: 'GREEN',
      description: 'graded here',
    });
    const bad = await runMain(['bank', 'create', 'Not A Slug', '--data', data]);
    assert.equal(bad.code, 2);
  });

  it('refuses the whole file with --strict, naming the bad row', async () => {
    const r = await runMain([
      'bank',
      'import',
      'unit-known',
      join(root, 'graded.csv'),
      '--data',
      data,
      '--strict',
    ]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /graded\.csv:3 .*\[invalid_signal_value\]/);
    assert.match(r.stdout, /nothing imported: --strict and 1 rows have problems/);
    assert.match(
      (await runMain(['bank', 'list', '--data', data])).stdout,
      /unit-known {2}0 signals/,
    );
  });

  it('imports the good rows otherwise, detecting the format', async () => {
    const r = await runMain([
      'bank',
      'import',
      'unit-known',
      join(root, 'graded.csv'),
      '--data',
      data,
      '--json',
    ]);
    assert.equal(r.code, 0, r.stderr);
    const report = JSON.parse(r.stdout);
    assert.deepEqual(
      [report.format, report.inserted, report.problems.length, report.applied],
      ['csv', 2, 1, true],
    );
    assert.equal(report.problems[0].line, 3);
  });

  it('exports with a purpose, and refuses to without one', async () => {
    const out = join(root, 'export.txt');
    const missing = await runMain([
      'bank',
      'export',
      'unit-known',
      out,
      '--data',
      data,
      '--format',
      'hash_list',
    ]);
    assert.equal(missing.code, 2);
    const r = await runMain([
      'bank',
      'export',
      'unit-known',
      out,
      '--data',
      data,
      '--format',
      'hash_list',
      '--purpose',
      'investigation',
    ]);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(
      readFileSync(out, 'utf8')
        .trim()
        .split('\n')
        .filter((l) => !l.startsWith('#'))
        .sort(),
      [md5(1), md5(3)],
    );
    const verify = await runMain(['audit', 'verify', '--data', data, '--json']);
    assert.equal(JSON.parse(verify.stdout).intact, true);
  });

  it('scans against a bank of the node by its name', async () => {
    const media = join(root, 'media');
    mkdirSync(media);
    writeFileSync(join(media, 'a.dat'), 'not media at all');
    const r = await runMain([
      'scan',
      media,
      '--bank',
      'unit-known',
      '--data',
      data,
      '--state',
      join(root, 'state'),
      '--quiet',
      '--json',
    ]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(JSON.parse(r.stdout).totals.files, 1);
  });

  it('says which bank does not exist', async () => {
    const r = await runMain(['bank', 'import', 'nope', join(root, 'graded.csv'), '--data', data]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /concord: no bank nope/);
  });
});
