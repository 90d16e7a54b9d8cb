import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import {
  appendFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import sharp from 'sharp';
import { createHashPool } from '../pool/hash-pool.ts';
import { runScan, type ScanEvent } from './run-scan.ts';
import { ScanJournal } from './scan-journal.ts';
import { walkFiles, type WalkEntry } from './walk-files.ts';

async function collect<T>(source: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of source) out.push(item);
  return out;
}

describe('walkFiles', () => {
  let root: string;
  before(() => {
    root = mkdtempSync(join(tmpdir(), 'concord-walk-'));
    mkdirSync(join(root, 'b', 'deep'), { recursive: true });
    writeFileSync(join(root, 'a.txt'), 'a');
    writeFileSync(join(root, 'b', 'deep', 'c.txt'), 'cc');
    symlinkSync(root, join(root, 'b', 'loop'));
    symlinkSync(join(root, 'nowhere'), join(root, 'broken'));
    symlinkSync(join(root, 'a.txt'), join(root, 'link-to-a'));
    execFileSync('mkfifo', [join(root, 'pipe')]);
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('lists regular files in name order, follows file links, and skips loops, broken links and pipes with reasons', async () => {
    const entries = await collect(walkFiles(root));
    const summary = entries.map((e: WalkEntry) =>
      e.kind === 'file'
        ? `file ${e.path.slice(root.length)} ${e.size}`
        : `skip ${e.path.slice(root.length)} ${e.code}`,
    );
    assert.deepEqual(summary, [
      'file /a.txt 1',
      'file /b/deep/c.txt 2',
      'skip /b/loop symlink_loop',
      'skip /broken broken_symlink',
      'file /link-to-a 1',
      'skip /pipe not_a_regular_file',
    ]);
  });

  it('reports a root that does not exist instead of throwing', async () => {
    const entries = await collect(walkFiles(join(root, 'absent')));
    assert.equal(entries.length, 1);
    assert.equal(entries[0]?.kind === 'skipped' && entries[0].code, 'unreadable');
  });
});

describe('runScan and its journal', () => {
  let root: string;
  let state: string;
  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'concord-scan-'));
    state = mkdtempSync(join(tmpdir(), 'concord-scan-state-'));
    for (let i = 0; i < 5; i++) {
      const raw = Buffer.alloc(80 * 60 * 3, i * 40);
      for (let p = 0; p < raw.length; p += 7) raw[p] = (p * (i + 3)) & 255;
      await sharp(raw, { raw: { width: 80, height: 60, channels: 3 } })
        .png()
        .toFile(join(root, `img-${i}.png`));
    }
    writeFileSync(join(root, 'notes.txt'), 'text');
    writeFileSync(join(root, 'broken.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]));
  });
  after(() => {
    rmSync(root, { recursive: true, force: true });
    rmSync(state, { recursive: true, force: true });
  });

  async function scan(journalPath: string, settings = { dihedral: true }) {
    const pool = createHashPool({ workers: 0 });
    const journal = await ScanJournal.open(journalPath, settings);
    const events = await collect(
      runScan({ root, pool, journal, hashOptions: { dihedral: settings.dihedral } }),
    );
    await pool.close();
    return events;
  }
  const files = (events: ScanEvent[]) =>
    events.filter((e): e is Extract<ScanEvent, { kind: 'file' }> => e.kind === 'file');

  it('hashes every file once, reports the ones it cannot, and ends with full progress', async () => {
    const events = await scan(join(state, 'first.jsonl'));
    const done = files(events);
    assert.equal(done.length, 7);
    assert.equal(
      done.filter(
        (e) => e.outcome.kind === 'hashed' && e.outcome.hashes.media.kind === 'image_dihedral',
      ).length,
      5,
    );
    const broken = done.find((e) => e.path.endsWith('broken.jpg'));
    assert.equal(
      broken?.outcome.kind === 'hashed' && broken.outcome.hashes.media.kind,
      'unhashable',
    );
    const last = events.at(-1);
    assert.equal(last?.kind === 'progress' && last.progress.done, 7);
    assert.equal(last?.kind === 'progress' && last.progress.failed, 1);
  });

  it('does not hash unchanged files again after an interruption, and rehashes changed ones', async () => {
    const path = join(state, 'resume.jsonl');
    const first = await scan(path);
    // Simulate a crash that cut the journal's last line short.
    appendFileSync(path, '{"path":"/half-writ');
    utimesSync(join(root, 'notes.txt'), new Date(), new Date(Date.now() + 5000));
    const second = await scan(path);
    const resumed = files(second)
      .filter((e) => e.resumed)
      .map((e) => e.path.slice(root.length))
      .sort();
    assert.deepEqual(resumed, [
      '/broken.jpg',
      '/img-0.png',
      '/img-1.png',
      '/img-2.png',
      '/img-3.png',
      '/img-4.png',
    ]);
    assert.deepEqual(
      files(second)
        .filter((e) => !e.resumed)
        .map((e) => e.path.slice(root.length)),
      ['/notes.txt'],
    );
    assert.deepEqual(
      files(second)
        .map((e) => e.outcome)
        .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
      files(first)
        .map((e) => e.outcome)
        .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
      'a resumed scan gives the same outcomes',
    );
  });

  it('sets aside a journal made with other hash settings', async () => {
    const path = join(state, 'settings.jsonl');
    await scan(path, { dihedral: true });
    const other = await scan(path, { dihedral: false });
    assert.equal(files(other).filter((e) => e.resumed).length, 0);
    assert.match(readFileSync(path, 'utf8').split('\n')[0] ?? '', /"dihedral":false/);
  });
});
