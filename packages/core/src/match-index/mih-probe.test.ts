import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CHUNK_COUNT, chunkAt, chunkPlace } from './chunk-layout.ts';
import { popcount32 } from './hash256.ts';
import { Prober, lowerBound } from './mih-probe.ts';
import { MihSegment } from './mih-segment.ts';
import { RowStore } from './row-store.ts';
import { randomWords, seededRandom } from './hash256-fixtures.test.ts';

describe('Prober', () => {
  it('finds through one table exactly the rows whose chunk is within its threshold', () => {
    const random = seededRandom(31);
    const rows = 20_000;
    const store = new RowStore(rows);
    for (let row = 0; row < rows; row++) {
      const w = randomWords(random);
      // Every third row crowds chunk 0's directory bucket 0, with random residues.
      if (row % 3 === 0) w[0] = (w[0] ?? 0) & 0x0007ffff;
      store.append(row, w, 0);
    }
    const segment = MihSegment.build(store.words, 0, rows);
    const place = chunkPlace(0);
    const prober = new Prober();
    for (const t of [0, 1, 2, 3]) {
      const q = store.words.slice(0, 8);
      q[0] = (q[0] ?? 0) ^ 0x00010000; // one bit from the crowded rows' chunk 0
      const found = new Set<number>();
      prober.begin(store, q, 0, 256, (slot) => found.add(slot));
      const thresholds = new Int8Array(CHUNK_COUNT).fill(-1);
      thresholds[0] = t;
      assert.equal(prober.probe(segment, thresholds, Infinity), true);
      const expected = new Set<number>();
      const qChunk = chunkAt(q, 0, place);
      for (let row = 0; row < rows; row++) {
        if (popcount32(chunkAt(store.words, row * 8, place) ^ qChunk) <= t) expected.add(row);
      }
      assert.deepEqual(
        [...found].sort((a, b) => a - b),
        [...expected].sort((a, b) => a - b),
      );
      assert.ok(t < 2 || found.size > 20, `threshold ${t} finds the crowd`);
    }
  });

  it('gives up, having reported only true matches, once the work exceeds the budget', () => {
    const random = seededRandom(32);
    const store = new RowStore(5000);
    for (let row = 0; row < 5000; row++) store.append(row, randomWords(random), 0);
    const segment = MihSegment.build(store.words, 0, 5000);
    const q = store.words.slice(8 * 10, 8 * 11);
    const found: number[] = [];
    const prober = new Prober();
    prober.begin(store, q, 0, 256, (slot) => found.push(slot));
    assert.equal(prober.probe(segment, new Int8Array(CHUNK_COUNT).fill(2), 0), false);
    assert.ok(found.length < 5000);
    assert.ok(found.every((slot) => slot >= 0 && slot < 5000));
  });
});

describe('lowerBound', () => {
  it('finds the first index at or above a value from any starting guess', () => {
    const a = Uint32Array.from([1, 3, 3, 3, 5, 8, 8, 13, 21, 2 ** 32 - 1]);
    for (const value of [0, 1, 2, 3, 4, 8, 9, 21, 22, 2 ** 32 - 1, 2 ** 32]) {
      const expected = a.findIndex((x) => x >= value);
      for (let guess = 0; guess < a.length; guess++) {
        assert.equal(lowerBound(a, 0, a.length, value, guess), expected < 0 ? a.length : expected);
      }
      for (let guess = 2; guess < 7; guess++) {
        const inner = [...a.subarray(2, 7)].findIndex((x) => x >= value);
        assert.equal(lowerBound(a, 2, 7, value, guess), inner < 0 ? 7 : inner + 2);
      }
    }
  });
});
