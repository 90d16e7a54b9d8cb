import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runMain } from './run-cli.ts';

const vectors = join(
  new URL('../../..', import.meta.url).pathname,
  '..',
  'shared',
  'vectors',
  'pdq',
);
const KEYS = ['path', 'size', 'md5', 'sha1', 'sha256', 'pdq', 'quality', 'vpdqFrames'];

describe('concord hash', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'concord-hash-'));
    writeFileSync(join(dir, 'notes.txt'), 'abc');
    // A benign three-second test pattern, hashed at one frame per second.
    execFileSync('/usr/bin/ffmpeg', [
      '-v',
      'error',
      '-f',
      'lavfi',
      '-i',
      'testsrc=duration=3:size=160x120:rate=10',
      '-pix_fmt',
      'yuv420p',
      join(dir, 'clip.mp4'),
    ]);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('prints one JSON object per file with exactly the documented keys', async () => {
    const image = join(vectors, 'images', 'bridge-mods', 'aaa-orig.jpg');
    const r = await runMain([
      'hash',
      '--json',
      image,
      join(dir, 'notes.txt'),
      join(dir, 'clip.mp4'),
    ]);
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    assert.equal(lines.length, 3);
    for (const line of lines) assert.deepEqual(Object.keys(line), KEYS);
    assert.equal(
      lines[0].pdq,
      'd8f8f0cee0f4a84f0637022a078f67f0b36e2ed596621e1d33e6339c4e9c9b22',
      'the reference hash from expected.tsv',
    );
    assert.equal(lines[0].quality, 100);
    assert.equal(lines[0].vpdqFrames, null);
    assert.deepEqual(
      [lines[1].md5, lines[1].sha1, lines[1].size],
      ['900150983cd24fb0d6963f7d28e17f72', 'a9993e364706816aba3e25717850c26c9cd0d89d', 3],
    );
    assert.equal(lines[1].pdq, null);
    assert.equal(lines[1].quality, null);
    assert.equal(lines[2].pdq, null);
    assert.equal(lines[2].vpdqFrames, 3);
  });

  it('reports a missing file on one line, hashes the rest, and exits 1', async () => {
    const r = await runMain(['hash', '--json', join(dir, 'missing.jpg'), join(dir, 'notes.txt')]);
    assert.equal(r.code, 1);
    assert.equal(r.stdout.trim().split('\n').length, 1);
    assert.match(r.stderr, /^concord: .*missing\.jpg: .* \[file_not_found\]\n$/);
  });

  it('hashes a truncated image by its digests and says why there is no PDQ', async () => {
    const whole = execFileSync('/usr/bin/ffmpeg', [
      '-v',
      'error',
      '-f',
      'lavfi',
      '-i',
      'testsrc=size=320x240',
      '-frames:v',
      '1',
      '-f',
      'image2pipe',
      '-c:v',
      'mjpeg',
      '-',
    ]);
    writeFileSync(join(dir, 'cut.jpg'), whole.subarray(0, Math.floor(whole.length / 2)));
    const r = await runMain(['hash', join(dir, 'cut.jpg')]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /sha256 {2}[0-9a-f]{64}/);
    assert.match(r.stdout, /media {3}not hashed: .*\[truncated\]/);
  });
});
