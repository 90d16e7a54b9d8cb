// The oracle: every search compares the query with every row. Obviously right,
// so the contract suite checks the multi-index against it; and, scanning a flat
// Uint32Array, it is also the baseline the benchmark measures the index against.
import { err, ok, type Result } from '../result.ts';
import {
  HASH256_WORDS,
  checkId,
  checkRadius,
  parseHash256Into,
  parseQueries,
  popcount32,
  type Hash256IndexError,
} from './hash256.ts';
import {
  assertPacked,
  type Hash256Index,
  type Hash256Match,
  type PackedHash256Entries,
} from './hash256-index.ts';

class BruteForceIndex implements Hash256Index {
  private words: Uint32Array;
  private ids: Uint32Array;
  private live: Uint8Array;
  private count: number;
  private liveCount: number;
  private readonly scratch = new Uint32Array(HASH256_WORDS);

  constructor(initial: PackedHash256Entries) {
    assertPacked(initial);
    this.words = initial.words.slice();
    this.ids = initial.ids.slice();
    this.live = new Uint8Array(initial.ids.length).fill(1);
    this.count = this.liveCount = initial.ids.length;
  }

  get size(): number {
    return this.liveCount;
  }

  add(id: number, hash: string): Result<void, Hash256IndexError> {
    const problem = checkId(id) ?? parseHash256Into(hash, this.scratch, 0);
    if (problem) return err(problem.code, problem.message);
    if (this.count === this.ids.length) this.grow();
    this.words.set(this.scratch, this.count * HASH256_WORDS);
    this.ids[this.count] = id;
    this.live[this.count] = 1;
    this.count++;
    this.liveCount++;
    return ok(undefined);
  }

  remove(id: number, hash: string): Result<number, Hash256IndexError> {
    const problem = checkId(id) ?? parseHash256Into(hash, this.scratch, 0);
    if (problem) return err(problem.code, problem.message);
    let removed = 0;
    for (let row = 0; row < this.count; row++) {
      if (
        this.live[row] === 1 &&
        this.ids[row] === id &&
        this.distance(row, this.scratch, 0) === 0
      ) {
        this.live[row] = 0;
        removed++;
      }
    }
    this.liveCount -= removed;
    return ok(removed);
  }

  search(
    query: string | readonly string[],
    radius: number,
  ): Result<readonly Hash256Match[], Hash256IndexError> {
    const radiusError = checkRadius(radius);
    if (radiusError) return err(radiusError.code, radiusError.message);
    const q = parseQueries(query);
    if (!(q instanceof Uint32Array)) return err(q.code, q.message);
    const best = new Map<number, number>();
    for (let base = 0; base < q.length; base += HASH256_WORDS) this.scan(q, base, radius, best);
    const matches = [...best].map(([id, distance]) => ({ id, distance }));
    return ok(matches.sort((a, b) => a.distance - b.distance || a.id - b.id));
  }

  /**
   * Adds every live row within `radius` of the hash at `q[qBase..]` to `best`
   * (id → least distance). Skips a row once its first 128 bits differ by more
   * than `radius`: a plain loop that is as fast as JavaScript scans get.
   */
  private scan(q: Uint32Array, qBase: number, radius: number, best: Map<number, number>): void {
    const { words: w, live, ids, count } = this;
    const q0 = q[qBase] ?? 0;
    const q1 = q[qBase + 1] ?? 0;
    const q2 = q[qBase + 2] ?? 0;
    const q3 = q[qBase + 3] ?? 0;
    const q4 = q[qBase + 4] ?? 0;
    const q5 = q[qBase + 5] ?? 0;
    const q6 = q[qBase + 6] ?? 0;
    const q7 = q[qBase + 7] ?? 0;
    for (let row = 0, b = 0; row < count; row++, b += HASH256_WORDS) {
      let d =
        popcount32((w[b] ?? 0) ^ q0) +
        popcount32((w[b + 1] ?? 0) ^ q1) +
        popcount32((w[b + 2] ?? 0) ^ q2) +
        popcount32((w[b + 3] ?? 0) ^ q3);
      if (d > radius) continue;
      d +=
        popcount32((w[b + 4] ?? 0) ^ q4) +
        popcount32((w[b + 5] ?? 0) ^ q5) +
        popcount32((w[b + 6] ?? 0) ^ q6) +
        popcount32((w[b + 7] ?? 0) ^ q7);
      if (d > radius || live[row] !== 1) continue;
      const id = ids[row] ?? 0;
      const previous = best.get(id);
      if (previous === undefined || d < previous) best.set(id, d);
    }
  }

  /** Full Hamming distance from row `row` to the hash at `q[qBase..]`. */
  private distance(row: number, q: Uint32Array, qBase: number): number {
    const w = this.words;
    const b = row * HASH256_WORDS;
    let d = 0;
    for (let i = 0; i < HASH256_WORDS; i++) d += popcount32((w[b + i] ?? 0) ^ (q[qBase + i] ?? 0));
    return d;
  }

  private grow(): void {
    const capacity = Math.max(1024, this.ids.length * 2);
    const words = new Uint32Array(capacity * HASH256_WORDS);
    words.set(this.words);
    const ids = new Uint32Array(capacity);
    ids.set(this.ids);
    const live = new Uint8Array(capacity);
    live.set(this.live);
    this.words = words;
    this.ids = ids;
    this.live = live;
  }
}

/**
 * The brute-force index: exact by construction, O(n) per query hash.
 *
 * @example
 * const oracle = createBruteForceIndex(packed);
 * oracle.search(hash, 31); // the reference answer for any other index
 */
export function createBruteForceIndex(initial?: PackedHash256Entries): Hash256Index {
  return new BruteForceIndex(initial ?? { ids: new Uint32Array(0), words: new Uint32Array(0) });
}
