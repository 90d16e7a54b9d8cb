import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hash256IndexContract } from './hash256-index-contract.test.ts';
import {
  flipBits,
  hex,
  randomWords,
  seededRandom,
  uniformFixture,
} from './hash256-fixtures.test.ts';
import { MihIndex, createMihIndex } from './mih-index.ts';
import { createBruteForceIndex } from './brute-force-index.ts';

hash256IndexContract('multi-index hashing', createMihIndex, { rows: 40_000 });

// Small tails and segments: many seals, merges, several bulk segments and compactions.
const tiny = { tailLimit: 64, maxSegmentRows: 7_000, compactMinDeleted: 50 };
hash256IndexContract('multi-index hashing, tiny segments', (p) => new MihIndex(p, tiny), {
  rows: 20_000,
  seed: 2,
});

describe('MihIndex', () => {
  it('keeps segments few and shrinking by size as rows arrive one by one', () => {
    const index = new MihIndex(
      { ids: new Uint32Array(0), words: new Uint32Array(0) },
      {
        ...tiny,
        maxSegmentRows: 1 << 24,
      },
    );
    const random = seededRandom(21);
    for (let i = 0; i < 20_000; i++) index.add(i, hex(randomWords(random)));
    const sizes = index.segmentSizes;
    assert.equal(sizes.reduce((a, b) => a + b, 0) + (20_000 % 64), 20_000);
    assert.ok(sizes.length <= 12, `segments ${sizes.join(',')}`);
    for (let i = 1; i < sizes.length; i++) assert.ok((sizes[i - 1] ?? 0) > 2 * (sizes[i] ?? 0));
  });

  it('splits a bulk build into segments of at most maxSegmentRows', () => {
    const fixture = uniformFixture(seededRandom(22), 15_000, 2);
    const index = new MihIndex(fixture.rows, tiny);
    assert.deepEqual(index.segmentSizes, [7_000, 7_000, fixture.rows.ids.length - 14_000]);
  });

  it('compacts once a quarter of the rows are removed, and still answers exactly', () => {
    const random = seededRandom(23);
    const fixture = uniformFixture(random, 2_000, 4);
    const index = new MihIndex(fixture.rows, tiny);
    const oracle = createBruteForceIndex(fixture.rows);
    const bytesBefore = index.byteLength;
    for (let i = 0; i < 800; i++) {
      const h = hex(fixture.rows.words.subarray(i * 8, i * 8 + 8));
      assert.deepEqual(index.remove(i, h), oracle.remove(i, h));
    }
    assert.ok(index.byteLength < bytesBefore, 'removed rows are freed');
    for (const q of fixture.queries) {
      for (const radius of [0, 16, 31, 32]) {
        assert.deepEqual(index.search(q, radius), oracle.search(q, radius));
      }
    }
  });

  it('answers exactly when many rows crowd into the same buckets with varied residues', () => {
    const random = seededRandom(25);
    const fixture = uniformFixture(random, 20_000, 8);
    const { ids, words } = fixture.rows;
    for (let row = 0; row < ids.length; row += 3) {
      words[row * 8] = (words[row * 8] ?? 0) & 0x0000ff00; // chunk 0's top 16 bits zero
      words[row * 8 + 1] = (words[row * 8 + 1] ?? 0) & 0x00ffffff; // and chunk 1's top 16
    }
    const index = createMihIndex(fixture.rows);
    const oracle = createBruteForceIndex(fixture.rows);
    const queries = [
      ...fixture.queries,
      ...[0, 3, 6].map((row) => hex(flipBits(random, words.subarray(row * 8, row * 8 + 8), 12))),
    ];
    for (const q of queries) {
      for (const radius of [8, 16, 31, 32]) {
        assert.deepEqual(index.search(q, radius), oracle.search(q, radius));
      }
    }
  });

  it('finds a near-duplicate at distance 31 among 100k rows built at once', () => {
    const random = seededRandom(24);
    const fixture = uniformFixture(random, 100_000, 0);
    const index = createMihIndex(fixture.rows);
    const row = fixture.rows.words.subarray(77 * 8, 78 * 8);
    const near = hex(flipBits(random, row, 31));
    assert.deepEqual(index.search(near, 31), { ok: true, value: [{ id: 77, distance: 31 }] });
    assert.deepEqual(index.search(near, 30), { ok: true, value: [] });
  });
});
