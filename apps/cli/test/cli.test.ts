import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runCli, startCli } from './run-cli.ts';

const NO_STACK = /\n\s+at .+:\d+:\d+/;

describe('concord command line', () => {
  let root: string;
  before(() => {
    root = mkdtempSync(join(tmpdir(), 'concord-cli-'));
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('has --help for every command', () => {
    for (const args of [
      [],
      ['init'],
      ['serve'],
      ['demo'],
      ['hash'],
      ['scan'],
      ['bank'],
      ['bank', 'import'],
      ['bank', 'export'],
      ['bank', 'share'],
      ['node', 'card'],
      ['peer', 'add'],
      ['anchor', 'add'],
      ['bundle', 'export'],
      ['bundle', 'import'],
      ['law'],
      ['law', 'plan'],
      ['law', 'gaps'],
      ['law', 'profile', 'import'],
      ['audit'],
      ['audit', 'verify'],
      ['user'],
      ['user', 'reset-password'],
      ['user', 'unlock'],
    ]) {
      const r = runCli([...args, '--help']);
      assert.equal(r.code, 0, `${args.join(' ')}: ${r.stderr}`);
      assert.match(r.stdout, /Usage: concord/);
    }
  });

  it('prints its version', () => {
    const r = runCli(['--version']);
    assert.equal(r.code, 0);
    assert.match(r.stdout.trim(), /^\d+\.\d+\.\d+$/);
  });

  it('answers unknown commands, unknown flags and bad values with one line and exit 2', () => {
    for (const args of [
      ['nosuch'],
      ['audit', 'verify', '--bogus'],
      ['init', '--jurisdiction', 'XX'],
      ['serve', '--port', '70000'],
      ['serve', '--log-level', 'loud'],
      ['init'],
    ]) {
      const r = runCli(args, { CONCORD_DATA: join(root, 'unused') });
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.stdout} ${r.stderr}`);
      assert.equal(r.stderr.trim().split('\n').length <= 2, true, r.stderr);
      assert.match(r.stderr, /^error: /);
      assert.doesNotMatch(r.stderr, NO_STACK);
    }
  });

  it('initialises a node and prints the one-time admin password once; a second init fails clearly', () => {
    const dir = join(root, 'a');
    const r = runCli(['init', '--data', dir, '--name', 'Fictional Unit', '--jurisdiction', 'ke']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /Created node "Fictional Unit" \(KE\)/);
    assert.match(r.stdout, /username: admin\n {2}password: [a-z2-9]{5}(-[a-z2-9]{5}){3}\n/);
    assert.match(r.stderr, /warning: private keys are encrypted with a key stored beside them/);
    const again = runCli(['init', '--data', dir, '--jurisdiction', 'KE']);
    assert.equal(again.code, 1);
    assert.equal(
      again.stderr.trim(),
      `concord: ${join(dir, 'config.json')} already exists: this directory holds a node [already_initialised]`,
    );
  });

  it('prints init results as JSON with --json', () => {
    const r = runCli(['init', '--data', join(root, 'b'), '--jurisdiction', 'BR', '--json'], {
      CONCORD_SECRET: 'sixteen characters at least',
    });
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.deepEqual(
      Object.keys(out).sort(),
      [
        'adminOneTimePassword',
        'adminUsername',
        'dataDir',
        'database',
        'jurisdiction',
        'name',
        'nodeId',
      ].sort(),
    );
    assert.equal(out.database, 'sqlite');
    assert.equal(r.stderr, '', 'no key-file warning when CONCORD_SECRET is set');
  });

  it('says a directory holds no node', () => {
    const r = runCli(['audit', 'verify', '--data', join(root, 'empty')]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /no Concord node in .*: create one with 'concord init/);
  });

  it('resets a lost admin password from the command line, audited as the OS user', () => {
    const dir = join(root, 'c');
    assert.equal(runCli(['init', '--data', dir, '--jurisdiction', 'FR']).code, 0);
    const r = runCli(['user', 'reset-password', 'admin', '--data', dir, '--json']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(JSON.parse(r.stdout).oneTimePassword, /^[a-z2-9-]{23}$/);
    assert.equal(
      runCli(['user', 'reset-password', 'nobody', '--data', dir]).stderr.trim(),
      'concord: no user named nobody',
    );
    const verify = runCli(['audit', 'verify', '--data', dir, '--json']);
    assert.deepEqual(JSON.parse(verify.stdout), { intact: true, count: 3 });
  });

  it('serves until told to stop, then closes cleanly', async () => {
    const dir = join(root, 'd');
    const port = 40000 + Math.floor(Math.random() * 20000);
    const node = startCli(
      [
        'serve',
        '--init',
        '--data',
        dir,
        '--jurisdiction',
        'NL',
        '--name',
        'Served Unit',
        '--port',
        String(port),
      ],
      {},
      /Press Ctrl\+C/,
    );
    const out = await node.started;
    assert.match(out, /password: /, 'initialised on first start');
    assert.match(out, new RegExp(`open: +http://127\\.0\\.0\\.1:${port}/`));
    assert.match(out, /crypto: +libsodium\n/);
    const health = await fetch(`http://127.0.0.1:${port}/api/v1/health`);
    assert.equal(health.status, 200);
    node.child.kill('SIGTERM');
    assert.equal(await node.exited, 0);
    assert.match(node.output().stdout, /stopping/);

    // Reopened with node:crypto asked for: the same keys, and the report says which library.
    const again = startCli(
      ['serve', '--init', '--data', dir, '--jurisdiction', 'NL', '--port', String(port)],
      { CONCORD_CRYPTO: 'node' },
      /Press Ctrl\+C/,
    );
    const restarted = await again.started;
    assert.match(restarted, /crypto: +node:crypto \(CONCORD_CRYPTO=node: using node:crypto\)\n/);
    const card = await fetch(`http://127.0.0.1:${port}/federation/v1/card`);
    assert.equal(card.status, 200);
    assert.doesNotMatch(restarted, /password: /, 'an existing node is not initialised again');
    assert.match(restarted, /lost it\? npx concord user reset-password admin --data /);
    const busy = runCli(['serve', '--data', dir, '--port', String(port)]);
    assert.equal(busy.code, 1);
    assert.match(busy.stderr, /port \d+ on 127\.0\.0\.1 is in use/);
    again.child.kill('SIGINT');
    assert.equal(await again.exited, 0);
  });
});
