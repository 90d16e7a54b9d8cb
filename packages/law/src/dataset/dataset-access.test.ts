import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { countries, findSource, instrument, instruments, partyStatus } from './dataset-access.ts';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));

describe('dataset accessors', () => {
  it('list the 25 jurisdictions of the party matrix', () => {
    const list = countries();
    assert.equal(list.length, 25);
    assert.deepEqual(list[0], { iso2: 'US', name: 'United States' });
  });

  it('give an instrument with its kind, application, provision topics and allowed reservations', () => {
    const budapest = instrument('BUDAPEST');
    assert.ok(budapest.ok);
    assert.equal(budapest.value.kind, 'coe_treaty');
    assert.deepEqual(budapest.value.application, {
      kind: 'from',
      date: '2004-07-01',
      basis: 'direct',
      sources: ['BUD_NOTIF_2011'],
    });
    assert.deepEqual(budapest.value.provisions.find((p) => p.article === '35')?.topics, [
      'network_24_7',
      'preservation',
    ]);
    assert.deepEqual(
      budapest.value.allowedReservations.map((r) => r.article),
      ['9(4)', '29(4)', '22(2)'],
    );
    assert.deepEqual(
      budapest.value.deadlines.map((d) => [d.article, d.value]),
      [
        ['29(7)', 60],
        ['16(2)', 90],
        ['24(1)(a)', 1],
      ],
    );
    assert.equal(instruments().length, 12);
  });

  it('refuses an unknown instrument id with unknown_instrument', () => {
    const result = instrument('LANZAROTE2');
    assert.equal(result.ok ? null : result.error.code, 'unknown_instrument');
  });

  it('give a party cell with its basis, sources and the reservations recorded', () => {
    const jp = partyStatus('JP', 'CETS224');
    assert.ok(jp.ok);
    assert.deepEqual([jp.value.status, jp.value.year, jp.value.basis], ['party', 2023, 'direct']);
    assert.deepEqual(
      jp.value.reservations.map((r) => r.article),
      ['7'],
    );
  });

  it('derive EU and CLOUD standing from the rules, and leave UNTOC status unknown', () => {
    const status = (iso: string, id: string) => {
      const r = partyStatus(iso, id);
      return r.ok ? [r.value.status, r.value.basis] : r.error.code;
    };
    assert.deepEqual(status('DE', 'EU_EIO'), ['party', 'derived']);
    assert.deepEqual(status('IE', 'EU_EIO'), ['not_party', 'direct']);
    assert.deepEqual(status('GB', 'EU_EIO'), ['not_party', 'direct']);
    assert.deepEqual(status('DK', 'EU_EEVIDENCE'), ['unknown', 'none']);
    assert.deepEqual(status('GB', 'US_CLOUD'), ['party', 'direct']);
    assert.deepEqual(status('CA', 'US_CLOUD'), ['not_party', 'derived']);
    assert.deepEqual(status('FR', 'UNTOC_TIP'), ['unknown', 'none']);
    assert.deepEqual(status('NZ', 'BUDAPEST'), ['unknown', 'none']);
    assert.equal(status('XX', 'BUDAPEST'), 'unknown_jurisdiction');
    assert.equal(status('FR', 'ETS185'), 'unknown_instrument');
  });

  it('find sources from the dataset and from the package rules', () => {
    assert.equal(findSource('BUD_TEXT')?.reliability, 'primary text');
    assert.match(findSource('EU_COUNTRIES')?.reliability ?? '', /added by @concord\/law rules/);
    assert.equal(findSource('NOWHERE'), undefined);
  });
});

describe('scripts/build-law-dataset.ts', () => {
  it('finds the checked-in module up to date', () => {
    const run = spawnSync('node', ['--import', 'tsx', 'scripts/build-law-dataset.ts', '--check'], {
      cwd: repoRoot,
      encoding: 'utf8',
    });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /is up to date/);
  });

  it('fails with a clear message when the shared research file is missing', () => {
    const empty = mkdtempSync(join(tmpdir(), 'concord-law-'));
    try {
      const run = spawnSync(
        'node',
        ['--import', 'tsx', 'scripts/build-law-dataset.ts', '--check'],
        {
          cwd: repoRoot,
          encoding: 'utf8',
          env: { ...process.env, CONCORD_SHARED_DIR: empty },
        },
      );
      assert.equal(run.status, 1);
      assert.match(
        run.stderr,
        /legal-data\.json not found: put shared\/ beside the repository or set CONCORD_SHARED_DIR/,
      );
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
