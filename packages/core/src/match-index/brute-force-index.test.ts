import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createBruteForceIndex } from './brute-force-index.ts';
import { hash256IndexContract } from './hash256-index-contract.test.ts';
import { seededRandom, uniformFixture } from './hash256-fixtures.test.ts';

hash256IndexContract('brute force', createBruteForceIndex, { rows: 20_000 });

/** Distance the slow, obvious way: compare the hex digits bit by bit. */
function naiveDistance(a: string, b: string): number {
  let d = 0;
  for (let i = 0; i < a.length; i++) {
    const x = parseInt(a[i] ?? '0', 16) ^ parseInt(b[i] ?? '0', 16);
    for (let bit = 0; bit < 4; bit++) d += (x >> bit) & 1;
  }
  return d;
}

describe('createBruteForceIndex', () => {
  it('agrees with a bit-by-bit comparison of the hex digits', () => {
    const fixture = uniformFixture(seededRandom(11), 500, 4);
    const oracle = createBruteForceIndex(fixture.rows);
    const rows = Array.from(fixture.rows.ids, (id, i) => ({
      id,
      hash: Array.from(fixture.rows.words.subarray(i * 8, i * 8 + 8), (w) =>
        w.toString(16).padStart(8, '0'),
      ).join(''),
    }));
    for (const query of fixture.queries) {
      for (const radius of [0, 16, 31, 128]) {
        const expected = rows
          .map((r) => ({ id: r.id, distance: naiveDistance(r.hash, query) }))
          .filter((m) => m.distance <= radius)
          .sort((a, b) => a.distance - b.distance || a.id - b.id);
        const actual = oracle.search(query, radius);
        assert.ok(actual.ok);
        assert.deepEqual(actual.value, expected);
      }
    }
  });
});
