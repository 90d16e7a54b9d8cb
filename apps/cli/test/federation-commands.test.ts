import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runMain } from './run-cli.ts';

const md5 = (n: number) => n.toString(16).padStart(32, '0');

/** Two nodes that never talk over a network: cards by file, signals by signed bundle. */
describe('concord node, peer and bundle', () => {
  let root: string;
  const data = { a: '', b: '' };
  const ids = { a: '', b: '' };
  const fingerprints = { a: '', b: '' };

  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'concord-fed-cli-'));
    for (const [n, port, iso] of [
      ['a', 4710, 'FR'],
      ['b', 4711, 'KE'],
    ] as const) {
      data[n] = join(root, n);
      const init = await runMain([
        'init',
        '--data',
        data[n],
        '--jurisdiction',
        iso,
        '--name',
        `Unit ${n.toUpperCase()}`,
        '--json',
      ]);
      assert.equal(init.code, 0, init.stderr);
      ids[n] = JSON.parse(init.stdout).nodeId;
      const configured = await runMain([
        'node',
        'configure',
        '--data',
        data[n],
        '--endpoint',
        `http://127.0.0.1:${port}`,
        '--organisation',
        `Fictional agency ${n}`,
        '--kind',
        'police',
      ]);
      assert.equal(configured.code, 0, configured.stderr);
      const card = await runMain([
        'node',
        'card',
        '--data',
        data[n],
        '--out',
        join(root, `${n}.card.json`),
      ]);
      assert.equal(card.code, 0, card.stderr);
      fingerprints[n] =
        /fingerprint \(read it aloud to the other administrator\): ([\d ]+)/
          .exec(card.stderr)?.[1]
          ?.trim() ?? '';
      assert.match(fingerprints[n], /^(\d{5} ){11}\d{5}$/);
    }
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('refuses a card whose fingerprint is not the one read out, and adds it when it is', async () => {
    const wrong = await runMain([
      'peer',
      'add',
      join(root, 'a.card.json'),
      '--data',
      data.b,
      '--fingerprint',
      '12345 12345 12345',
    ]);
    assert.equal(wrong.code, 1);
    assert.match(wrong.stderr, /\[fingerprint_mismatch\]/);
    const unconfirmed = await runMain(['peer', 'add', join(root, 'a.card.json'), '--data', data.b]);
    assert.equal(unconfirmed.code, 2, 'not at a terminal: --fingerprint is required');
    for (const [me, them] of [
      ['b', 'a'],
      ['a', 'b'],
    ] as const) {
      const r = await runMain([
        'peer',
        'add',
        join(root, `${them}.card.json`),
        '--data',
        data[me],
        '--fingerprint',
        fingerprints[them],
      ]);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, new RegExp(`added peer Unit ${them.toUpperCase()}`));
    }
    const listed = (await runMain(['peer', 'list', '--data', data.a, '--json'])).stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    assert.deepEqual(
      listed.map((p) => [p.name, p.status, p.jurisdiction]),
      [['Unit B', 'active', 'KE']],
    );
  });

  it('moves a shared bank by signed bundle, applying it as sync would, and refuses a tampered one', async () => {
    assert.equal(
      (await runMain(['bank', 'create', 'shared', '--data', data.a, '--tlp', 'GREEN'])).code,
      0,
    );
    writeFileSync(
      join(root, 'list.csv'),
      [
        'type,value,grade_scheme,grade,series',
        `md5,${md5(1)},caid,A,Harbour`,
        `md5,${md5(2)},caid,B,Harbour`,
      ].join('\n') + '\n',
    );
    assert.equal(
      (await runMain(['bank', 'import', 'shared', join(root, 'list.csv'), '--data', data.a])).code,
      0,
    );
    const shared = await runMain([
      'bank',
      'share',
      'shared',
      '--data',
      data.a,
      '--peer',
      ids.b,
      '--max-tlp',
      'GREEN',
    ]);
    assert.equal(shared.code, 0, shared.stderr);

    const file = join(root, 'shared.bundle');
    const exported = await runMain([
      'bundle',
      'export',
      file,
      '--data',
      data.a,
      '--peer',
      ids.b,
      '--bank',
      'shared',
    ]);
    assert.equal(exported.code, 0, exported.stderr);
    assert.match(exported.stdout, /2 signals, 0 tombstones/);
    const text = readFileSync(file, 'utf8');
    assert.doesNotMatch(text, new RegExp(md5(1)), 'hashes travel encrypted');

    const tampered = join(root, 'tampered.bundle');
    const [header, page] = text.trim().split('\n');
    const envelope = JSON.parse(page ?? '{}').envelope as string;
    const flipped =
      envelope.slice(0, 200) + (envelope[200] === 'A' ? 'B' : 'A') + envelope.slice(201);
    writeFileSync(tampered, `${header}\n${JSON.stringify({ envelope: flipped })}\n`);
    const refused = await runMain(['bundle', 'import', tampered, '--data', data.b]);
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /page 1 is refused/);

    const imported = await runMain(['bundle', 'import', file, '--data', data.b]);
    assert.equal(imported.code, 0, imported.stderr);
    assert.match(imported.stdout, /applied 1 pages up to change 2: 2 signals/);
    const banks = (await runMain(['bank', 'list', '--data', data.b, '--json'])).stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    assert.deepEqual(
      banks.map((b) => [b.name, b.signalCount, b.origin]),
      [['shared', 2, ids.a]],
    );
    const again = await runMain(['bundle', 'import', file, '--data', data.b]);
    assert.equal(again.code, 0, 'importing the same bundle twice changes nothing');
    assert.match(again.stdout, /0 signals/);
  });
  it("rotates A's keys, and B takes A's re-issued card because the old key vouches for it", async () => {
    const refused = await runMain(['node', 'rotate-keys', '--data', data.a, '--overlap-days', '3']);
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /--overlap-days must be a whole number from 7 to 90/);

    const rotated = await runMain([
      'node',
      'rotate-keys',
      '--data',
      data.a,
      '--overlap-days',
      '10',
      '--json',
    ]);
    assert.equal(rotated.code, 0, rotated.stderr);
    const report = JSON.parse(rotated.stdout);
    assert.notEqual(report.fingerprint, fingerprints.a);
    assert.notEqual(report.newSigningKid, report.oldSigningKid);

    const card = JSON.parse((await runMain(['node', 'card', '--data', data.a, '--json'])).stdout);
    assert.equal(card.fingerprint, report.fingerprint);
    assert.equal(card.card.card.signingKeys.length, 2, 'both keys during the overlap');
    const file = join(root, 'a.rotated.card.json');
    writeFileSync(file, JSON.stringify(card.card));

    // The old fingerprint no longer matches; the new one does, and the rotation links them.
    const stale = await runMain([
      'peer',
      'add',
      file,
      '--data',
      data.b,
      '--fingerprint',
      fingerprints.a,
    ]);
    assert.equal(stale.code, 1);
    assert.match(stale.stderr, /\[fingerprint_mismatch\]/);
    const updated = await runMain([
      'peer',
      'add',
      file,
      '--data',
      data.b,
      '--fingerprint',
      report.fingerprint,
    ]);
    assert.equal(updated.code, 0, updated.stderr);
    const peers = (await runMain(['peer', 'list', '--data', data.b, '--json'])).stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    assert.equal(peers.length, 1);
    assert.equal(peers[0].nodeId, ids.a);
    assert.equal(peers[0].fingerprint, report.fingerprint);
  });
});
