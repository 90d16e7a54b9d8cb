import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { deflateSync } from 'node:zlib';
import sharp from 'sharp';
import { runMain, startCli } from './run-cli.ts';

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const b of bytes) {
    crc ^= b;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const out = Buffer.alloc(8 + data.length + 4);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), 8 + data.length);
  return out;
}

/**
 * A decompression bomb: a valid 20000 x 20000 one-bit PNG of zeros, about
 * 50 KB on disk and 400 million pixels (1.2 GB as RGB) once decoded.
 */
function pixelBomb(): Buffer {
  const side = 20000;
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(side, 0);
  ihdr.writeUInt32BE(side, 4);
  ihdr.set([1, 0, 0, 0, 0], 8);
  const rows = Buffer.alloc(side * (1 + side / 8));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', deflateSync(rows)),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Benign generated pictures: each a different pattern, so each has its own PDQ hash. */
async function picture(path: string, seed: number, rotate = 0): Promise<void> {
  const w = 160;
  const h = 120;
  const raw = Buffer.alloc(w * h * 3);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const i = (y * w + x) * 3;
      raw[i] = ((x * (seed + 2)) ^ (y * 3)) & 255;
      raw[i + 1] = (Math.sin((x + seed * 7) / (5 + seed)) * 120 + 128) & 255;
      raw[i + 2] = ((y * (seed + 1)) >> 1) & 255;
    }
  }
  await sharp(raw, { raw: { width: w, height: h, channels: 3 } })
    .rotate(rotate)
    .png()
    .toFile(path);
}

describe('concord scan', () => {
  let root: string;
  let media: string;
  let bankFile: string;
  const pdqOf = async (path: string) => {
    const r = await runMain(['hash', '--json', path]);
    return JSON.parse(r.stdout).pdq as string;
  };

  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'concord-scan-cli-'));
    media = join(root, 'seized');
    mkdirSync(join(media, 'sub'), { recursive: true });
    for (let i = 0; i < 8; i++) await picture(join(media, `photo-${i}.png`), i);
    await picture(join(media, 'sub', 'turned.png'), 3, 90);
    writeFileSync(join(media, 'empty.jpg'), '');
    writeFileSync(join(media, 'sub', 'notes.txt'), 'meeting notes');
    writeFileSync(join(media, 'bomb.png'), pixelBomb());
    const whole = readFileSync(join(media, 'photo-7.png'));
    writeFileSync(join(media, 'cut.png'), whole.subarray(0, whole.length >> 1));
    symlinkSync(media, join(media, 'sub', 'back-to-top'));
    // A bank in INTERPOL ICSE CSV, graded Baseline, holding two of the pictures and the notes file.
    const [p1, p3] = [
      await pdqOf(join(media, 'photo-1.png')),
      await pdqOf(join(media, 'photo-3.png')),
    ];
    const notes = JSON.parse(
      (await runMain(['hash', '--json', join(media, 'sub', 'notes.txt')])).stdout,
    );
    bankFile = join(root, 'icse.csv');
    writeFileSync(bankFile, ['pdq ' + p1, 'pdq ' + p3, 'md5 ' + notes.md5].join('\n') + '\n');
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  const scan = (...extra: string[]) =>
    runMain([
      'scan',
      media,
      '--bank',
      bankFile,
      '--workers',
      '2',
      '--state',
      join(root, 'state'),
      '--data',
      join(root, 'no-node'),
      '--quiet',
      ...extra,
    ]);

  it('finds known pictures, their rotated copies and exact digests, and lists what it could not hash', async () => {
    const report = join(root, 'report.json');
    const r = await scan('--report', report, '--fresh');
    assert.equal(r.code, 0, r.stderr);
    const json = JSON.parse(readFileSync(report, 'utf8'));
    const matched = [
      ...new Set(json.matches.map((m: { path: string }) => m.path.slice(media.length))),
    ].sort();
    assert.deepEqual(matched, [
      '/photo-1.png',
      '/photo-3.png',
      '/sub/notes.txt',
      '/sub/turned.png',
    ]);
    const turned = json.matches.find((m: { path: string }) => m.path.endsWith('turned.png'));
    assert.equal(turned.type, 'pdq');
    assert.ok(turned.distance <= 31);
    const problems = Object.fromEntries(
      json.problems.map((p: { path: string; code: string }) => [
        p.path.slice(media.length),
        p.code,
      ]),
    );
    assert.deepEqual(problems, {
      '/bomb.png': 'pixel_limit_exceeded',
      '/cut.png': 'truncated',
      '/empty.jpg': 'empty_file',
      '/sub/back-to-top': 'symlink_loop',
    });
    assert.equal(json.totals.files, 13);
    assert.equal(json.scan.policy, 'reference_512');
    assert.match(json.scan.implementations.pdq, /^concord-pdq\/\d+$/);
    assert.deepEqual(json.totals.byGrade, { ungraded: 4 });
    assert.match(r.stdout, /^13 files: 4 matched, 4 problems/);
  });

  it('does not match rotated copies with --no-dihedral', async () => {
    const report = join(root, 'plain.json');
    await scan('--report', report, '--no-dihedral', '--fresh');
    const json = JSON.parse(readFileSync(report, 'utf8'));
    assert.ok(!json.matches.some((m: { path: string }) => m.path.endsWith('turned.png')));
  });

  it('writes CSV and HTML reports with matches and totals, and no images', async () => {
    await scan('--report', join(root, 'report.csv'));
    const csv = readFileSync(join(root, 'report.csv'), 'utf8').trim().split('\n');
    assert.equal(
      csv[0],
      'kind,path,signal_type,distance,grade_scheme,grade,series,bank,quality,detail',
    );
    assert.equal(csv.filter((l) => l.startsWith('match,')).length, 4);
    assert.ok(csv.includes('total_by_grade,,,,,ungraded,,,,4'));
    await scan('--report', join(root, 'report.html'));
    const html = readFileSync(join(root, 'report.html'), 'utf8');
    assert.match(html, /<h2>Matches<\/h2>/);
    assert.doesNotMatch(html, /<img|<script/i);
  });

  it('resumes after being killed, without hashing finished files again', async () => {
    const state = join(root, 'kill-state');
    const args = [
      'scan',
      media,
      '--bank',
      bankFile,
      '--workers',
      '1',
      '--state',
      state,
      '--data',
      join(root, 'no-node'),
    ];
    const first = startCli(args, {}, /scan: [1-9]\d*\/13 files/);
    await first.started.catch(() => undefined);
    first.child.kill('SIGKILL');
    await first.exited;
    const second = await runMain([...args, '--json']);
    assert.equal(second.code, 0, second.stderr);
    const totals = JSON.parse(second.stdout).totals;
    assert.ok(totals.resumed >= 1, `resumed ${totals.resumed}`);
    assert.equal(totals.resumed + totals.hashed, 13);
    assert.equal(totals.matchedFiles, 4, 'the same matches as an uninterrupted scan');
  });

  it('explains a missing bank and a bad report name', async () => {
    const missing = await runMain([
      'scan',
      media,
      '--bank',
      join(root, 'nope.csv'),
      '--data',
      join(root, 'no-node'),
    ]);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /nope\.csv is not a file, and the node's banks cannot be read/);
    const badReport = await runMain([
      'scan',
      media,
      '--bank',
      bankFile,
      '--report',
      join(root, 'r.pdf'),
    ]);
    assert.equal(badReport.code, 2);
  });
});
