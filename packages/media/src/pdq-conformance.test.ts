// Conformance of the whole file -> PDQ path with Meta's reference CLI
// (pdq-photo-hasher), on the public vectors in shared/vectors/pdq (see its
// README for provenance). Under the default policy every row must reproduce
// hash and quality exactly, plain and dihedral, with no departure recorded.
// The full_resolution policy's reading of 16-bit samples, which departs from
// the reference on purpose, is documented on I16.png at the end.

import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import {
  DIHEDRAL_TRANSFORMS,
  PDQ_MATCH_THRESHOLD,
  parsePdqHash,
  pdqHammingDistance,
  pdqHash,
  type PdqHash,
} from '@concord/core';
import { hashImageFile, hashImageFileDihedral } from './index.ts';

function findRepoRoot(from: string): string {
  for (let dir = from; dir !== dirname(dir); dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && 'workspaces' in JSON.parse(readFileSync(manifest, 'utf8'))) {
      return dir;
    }
  }
  throw new Error(`no workspace root above ${from}`);
}

const repoRoot = findRepoRoot(dirname(fileURLToPath(import.meta.url)));
const sharedDir = process.env.CONCORD_SHARED_DIR ?? join(repoRoot, '..', 'shared');
const vectorsDir = join(sharedDir, 'vectors', 'pdq');
const imagesDir = join(vectorsDir, 'images');

function tsvRows(file: string): string[][] {
  const lines = readFileSync(join(vectorsDir, file), 'utf8').trim().split('\n');
  return lines.slice(1).map((line) => line.split('\t'));
}

function hash(text: string | undefined): PdqHash {
  const r = parsePdqHash(text ?? '');
  assert.ok(r.ok, `bad hash in vectors: ${text}`);
  return r.value;
}

it('finds the PDQ conformance vectors', () => {
  assert.ok(
    existsSync(join(vectorsDir, 'expected.tsv')),
    `PDQ vectors not found at ${vectorsDir}: put shared/ beside the repository or set CONCORD_SHARED_DIR`,
  );
});

if (existsSync(join(vectorsDir, 'expected.tsv'))) {
  describe('hashImageFile reproduces expected.tsv', () => {
    const rows = tsvRows('expected.tsv');
    it('covers every image of the vectors', () => assert.equal(rows.length, 49));

    for (const [file = '', expected, quality] of rows) {
      it(`${file}`, async () => {
        const r = await hashImageFile(join(imagesDir, file));
        assert.ok(r.ok, r.ok ? '' : r.error.message);
        assert.equal(r.value.hash, expected);
        assert.equal(String(r.value.quality), quality);
        assert.deepEqual(r.value.departures, []);
        assert.equal(r.value.policy, 'reference_512');
        assert.equal(r.value.implementation, 'concord-pdq/1');
      });
    }
  });

  describe('hashImageFileDihedral reproduces expected-dihedral.tsv', () => {
    for (const [file = '', quality, ...expected] of tsvRows('expected-dihedral.tsv')) {
      it(`${file}`, async () => {
        const r = await hashImageFileDihedral(join(imagesDir, file));
        assert.ok(r.ok);
        assert.equal(String(r.value.quality), quality);
        assert.deepEqual(r.value.departures, []);
        DIHEDRAL_TRANSFORMS.forEach((t, i) =>
          assert.equal(r.value.hashes[t], hash(expected[i]), t),
        );
      });
    }
  });

  describe('16-bit samples under full_resolution (I16.png)', () => {
    // I16.png is 256x256 full-range 16-bit grey noise. The reference keeps the
    // low byte of each sample, which the default policy reproduces (its row
    // above is exact). full_resolution scales v / 257 instead, as a library
    // reading 16-bit images should, and records that. python-threatexchange
    // (PIL) clips the samples to 255 instead, so the picture is almost white
    // (quality 36). The three readings are three unrelated images, so the
    // hashes are far apart; the distances were measured when this was written.
    const file = 'pytx-resources/I16.png';
    const cell = (tsv: string, column: number) => tsvRows(tsv).find(([f]) => f === file)?.[column];

    it('scales the samples, says so, and lands 130 bits from the reference and 118 from python-threatexchange', async () => {
      const r = await hashImageFile(join(imagesDir, file), { policy: 'full_resolution' });
      assert.ok(r.ok);
      assert.equal(r.value.policy, 'full_resolution');
      assert.deepEqual(r.value.departures, ['sixteen_bit_scaled']);
      assert.equal(
        r.value.hash,
        '628dbaa85045ffef9b101e3214f156c24b1dbefba74d25a5c90d046c6b54e536',
      );
      assert.equal(r.value.quality, 100);
      assert.equal(pdqHammingDistance(r.value.hash, hash(cell('expected.tsv', 1))), 130);
      const pytx = tsvRows('expected-other-pipelines.tsv').find(
        ([f, source]) => f === file && source?.startsWith('python-threatexchange/'),
      );
      assert.equal(pdqHammingDistance(r.value.hash, hash(pytx?.[3])), 118);
    });

    it('is the 16-to-8-bit reading alone: scaled samples through the reference pipeline give the same hash', async () => {
      const { data, info } = await sharp(join(imagesDir, file))
        .toColourspace('grey16')
        .raw({ depth: 'ushort' })
        .toBuffer({ resolveWithObject: true });
      const samples = new Uint16Array(data.buffer, data.byteOffset, data.length / 2);
      const scaled = Uint8Array.from(samples, (v) => Math.round(v / 257));
      const image = { kind: 'luma', width: info.width, height: info.height, data: scaled } as const;
      const r = await hashImageFile(join(imagesDir, file), { policy: 'full_resolution' });
      assert.ok(r.ok);
      assert.equal(r.value.hash, pdqHash(image).hash);
      // At 256x256 the two policies size the image alike: only the reading differs.
      const lowByte = Uint8Array.from(samples, (v) => v & 0xff);
      assert.equal(pdqHash({ ...image, data: lowByte }).hash, cell('expected.tsv', 1));
    });
  });

  describe('the dih/ bridge images', () => {
    it('each hash closest to, and within the threshold of, its dihedral prediction', async () => {
      const names = [
        'original',
        'rotate-90',
        'rotate-180',
        'rotate-270',
        'flipx',
        'flipy',
        'flip-plus-1',
        'flip-minus-1',
      ];
      const source = await hashImageFileDihedral(
        join(imagesDir, 'reg-test-input/dih/bridge-1-original.jpg'),
      );
      assert.ok(source.ok);
      for (const i of DIHEDRAL_TRANSFORMS.keys()) {
        const file = `reg-test-input/dih/bridge-${i + 1}-${names[i]}.jpg`;
        const r = await hashImageFile(join(imagesDir, file));
        assert.ok(r.ok);
        const distances: number[] = DIHEDRAL_TRANSFORMS.map((u) =>
          pdqHammingDistance(r.value.hash, source.value.hashes[u]),
        );
        assert.ok((distances[i] ?? 256) <= PDQ_MATCH_THRESHOLD, `${file}: ${distances.join(',')}`);
        assert.equal(Math.min(...distances), distances[i], file);
      }
    });
  });

  describe('Hamming distance on needles.txt x haystack.txt', () => {
    it('finds exactly the 250 listed pairs within 32 bits, at the listed distances', () => {
      const lines = (file: string) =>
        readFileSync(join(vectorsDir, 'hashes', file), 'utf8')
          .trim()
          .split('\n')
          .map(hash);
      const needles = lines('needles.txt');
      const haystack = lines('haystack.txt');
      const found: string[] = [];
      needles.forEach((n, i) =>
        haystack.forEach((h, j) => {
          const d = pdqHammingDistance(n, h);
          if (d <= 32) found.push(`${i + 1}\t${j + 1}\t${d}`);
        }),
      );
      const listed = tsvRows('hashes/needles-vs-haystack-d32.tsv').map((r) => r.join('\t'));
      assert.equal(listed.length, 250);
      assert.deepEqual(found.sort(), listed.sort());
    });
  });
}
