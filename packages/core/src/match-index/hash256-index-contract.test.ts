// The contract every Hash256Index implementation passes: its results equal the
// brute-force oracle's on the same data, for every radius checked. Run by each
// implementation's own test file with its factory.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createBruteForceIndex } from './brute-force-index.ts';
import {
  flipBits,
  hex,
  randomWords,
  seededRandom,
  skewedFixture,
  uniformFixture,
  type Fixture,
  type Random,
} from './hash256-fixtures.test.ts';
import type { Hash256Index, Hash256IndexFactory, Hash256Match } from './hash256-index.ts';

const RADII = [0, 8, 16, 31, 32] as const;
const EMPTY = { ids: new Uint32Array(0), words: new Uint32Array(0) };

function value<T>(r: { ok: true; value: T } | { ok: false; error: { code: string } }): T {
  if (!r.ok) assert.fail(`unexpected error ${r.error.code}`);
  return r.value;
}

/** Asserts that `index` and `oracle` answer every query identically at every radius. */
function assertSameAsOracle(
  index: Hash256Index,
  oracle: Hash256Index,
  queries: readonly (string | readonly string[])[],
  radii: readonly number[],
): void {
  assert.equal(index.size, oracle.size, 'size');
  for (const radius of radii) {
    for (const query of queries) {
      const expected = value(oracle.search(query, radius));
      const actual = value(index.search(query, radius));
      assert.deepEqual(actual, expected, `radius ${radius}, query ${String(query)}`);
    }
  }
}

function assertPlantedFound(index: Hash256Index, fixture: Fixture, radius: number): void {
  fixture.queries.forEach((query, q) => {
    const found = new Map(value(index.search(query, radius)).map((m) => [m.id, m.distance]));
    for (const p of fixture.planted.filter((p) => p.query === q)) {
      assert.equal(found.get(p.id), p.distance <= radius ? p.distance : undefined, `id ${p.id}`);
    }
  });
}

/**
 * Runs the Hash256Index contract against `factory`. `rows` sets the size of
 * the random data (keep unit runs in the tens of thousands).
 */
export function hash256IndexContract(
  name: string,
  factory: Hash256IndexFactory,
  { rows = 30_000, seed = 1 }: { rows?: number; seed?: number } = {},
): void {
  describe(`Hash256Index contract: ${name}`, () => {
    const random: Random = seededRandom(seed);
    const uniform = uniformFixture(random, rows, 24);
    const built = factory(uniform.rows);
    const oracle = createBruteForceIndex(uniform.rows);

    it('returns what a scan returns at radii 0, 8, 16, 31 and 32 on random data', () => {
      assertSameAsOracle(built, oracle, uniform.queries, RADII);
    });

    it('finds near-duplicates planted at exact distances, and only within the radius', () => {
      for (const radius of RADII) assertPlantedFound(built, uniform, radius);
    });

    it('returns what a scan returns on skewed data (clusters, biased bits, duplicates)', () => {
      const skewed = skewedFixture(seededRandom(seed + 1), Math.min(rows, 20_000), 24);
      const radii = [...RADII, 40, 64, 100];
      assertSameAsOracle(
        factory(skewed.rows),
        createBruteForceIndex(skewed.rows),
        skewed.queries,
        radii,
      );
    });

    it('merges several query hashes, keeping each id once at its least distance', () => {
      const variants = uniform.queries.slice(0, 8);
      const merged = value(built.search(variants, 31));
      const byId = new Map<number, number>();
      for (const v of variants) {
        for (const m of value(built.search(v, 31))) {
          byId.set(m.id, Math.min(m.distance, byId.get(m.id) ?? Infinity));
        }
      }
      const expected: Hash256Match[] = [...byId].map(([id, distance]) => ({ id, distance }));
      expected.sort((a, b) => a.distance - b.distance || a.id - b.id);
      assert.deepEqual(merged, expected);
      assert.ok(merged.length >= 8 * 11, 'every variant brings its planted rows');
    });

    it('adds after the build and answers like an oracle given everything at once', () => {
      const r = seededRandom(seed + 2);
      const fixture = uniformFixture(r, Math.floor(rows / 2), 12);
      const half = Math.floor(fixture.rows.ids.length / 2);
      const index = factory({
        ids: fixture.rows.ids.subarray(0, half),
        words: fixture.rows.words.subarray(0, half * 8),
      });
      for (let i = half; i < fixture.rows.ids.length; i++) {
        value(
          index.add(fixture.rows.ids[i] ?? 0, hex(fixture.rows.words.subarray(i * 8, i * 8 + 8))),
        );
      }
      assertSameAsOracle(index, createBruteForceIndex(fixture.rows), fixture.queries, RADII);
    });

    it('answers like the oracle through interleaved adds and removes', () => {
      const r = seededRandom(seed + 3);
      const index = factory(EMPTY);
      const oracle = createBruteForceIndex();
      const centre = randomWords(r);
      const live: { id: number; hash: string }[] = [];
      for (let step = 0; step < 12_000; step++) {
        if (live.length > 0 && r() % 4 === 0) {
          const [gone] = live.splice(r() % live.length, 1);
          if (!gone) continue;
          assert.equal(
            value(index.remove(gone.id, gone.hash)),
            value(oracle.remove(gone.id, gone.hash)),
          );
        } else {
          const hash = hex(r() % 2 ? flipBits(r, centre, r() % 48) : randomWords(r));
          const entry = { id: r() % 5000, hash };
          live.push(entry);
          value(index.add(entry.id, entry.hash));
          value(oracle.add(entry.id, entry.hash));
        }
      }
      const queries = [hex(centre), hex(flipBits(r, centre, 10)), hex(randomWords(r))];
      assertSameAsOracle(index, oracle, queries, [...RADII, 48]);
    });

    it('returns one hash under every id it was added with', () => {
      const index = factory(EMPTY);
      const h = hex(randomWords(seededRandom(seed + 4)));
      for (const id of [9, 3, 7]) value(index.add(id, h));
      assert.deepEqual(
        value(index.search(h, 0)),
        [3, 7, 9].map((id) => ({ id, distance: 0 })),
      );
    });

    it('reports an id added under several hashes once, at its least distance', () => {
      const r = seededRandom(seed + 5);
      const q = randomWords(r);
      const index = factory(EMPTY);
      for (const d of [12, 3, 20]) value(index.add(42, hex(flipBits(r, q, d))));
      assert.deepEqual(value(index.search(hex(q), 31)), [{ id: 42, distance: 3 }]);
    });

    it('removes only the given id and hash, and counts what it removed', () => {
      const r = seededRandom(seed + 6);
      const a = hex(randomWords(r));
      const b = hex(randomWords(r));
      const index = factory(EMPTY);
      for (const [id, h] of [
        [1, a],
        [2, a],
        [1, b],
        [1, a],
      ] as const)
        value(index.add(id, h));
      assert.equal(value(index.remove(1, a)), 2);
      assert.equal(value(index.remove(1, a)), 0);
      assert.equal(value(index.remove(3, b)), 0);
      assert.equal(index.size, 2);
      assert.deepEqual(value(index.search(a, 0)), [{ id: 2, distance: 0 }]);
      assert.deepEqual(value(index.search(b, 0)), [{ id: 1, distance: 0 }]);
      value(index.add(1, a));
      assert.deepEqual(
        value(index.search(a, 0)).map((m) => m.id),
        [1, 2],
      );
    });

    it('answers an empty index, and one emptied by removals, with no matches', () => {
      const index = factory(EMPTY);
      const h = hex(randomWords(seededRandom(seed + 7)));
      assert.equal(index.size, 0);
      assert.deepEqual(value(index.search(h, 256)), []);
      value(index.add(5, h));
      value(index.remove(5, h));
      assert.equal(index.size, 0);
      assert.deepEqual(value(index.search([h, h], 256)), []);
    });

    it('returns every live id at radius 256', () => {
      const small = factory({
        ids: uniform.rows.ids.subarray(0, 300),
        words: uniform.rows.words.subarray(0, 300 * 8),
      });
      assert.equal(value(small.search(uniform.queries[0] ?? '', 256)).length, 300);
    });

    it('treats uppercase hex as the same hash', () => {
      const q = uniform.queries[0] ?? '';
      assert.deepEqual(value(built.search(q.toUpperCase(), 16)), value(built.search(q, 16)));
    });

    it('rejects malformed hashes, ids and radii with coded errors and changes nothing', () => {
      const index = factory(EMPTY);
      const good = 'ab'.repeat(32);
      const code = (r: { ok: boolean; error?: { code: string } }): string | undefined =>
        r.error?.code;
      for (const bad of ['', 'ab'.repeat(31) + 'a', good + '0', ' ' + good.slice(1)]) {
        const expected = bad.length === 64 ? 'invalid_hash_chars' : 'invalid_hash_length';
        assert.equal(code(index.add(1, bad)), expected, JSON.stringify(bad));
        assert.equal(code(index.remove(1, bad)), expected);
        assert.equal(code(index.search(bad, 8)), expected);
        assert.equal(code(index.search([good, bad], 8)), expected);
      }
      for (const bad of ['g'.repeat(64), good.slice(0, 63) + 'x', good.slice(0, 62) + 'é0']) {
        assert.equal(code(index.add(1, bad)), 'invalid_hash_chars');
      }
      for (const id of [-1, 1.5, 2 ** 32, Number.NaN]) {
        assert.equal(code(index.add(id, good)), 'invalid_id');
        assert.equal(code(index.remove(id, good)), 'invalid_id');
      }
      for (const radius of [-1, 0.5, 257, Number.NaN, Infinity]) {
        assert.equal(code(index.search(good, radius)), 'invalid_radius');
      }
      assert.equal(index.size, 0);
      assert.deepEqual(value(index.search(good, 256)), []);
    });
  });
}
