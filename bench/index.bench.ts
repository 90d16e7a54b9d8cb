// `npm run bench -- index [--size N] [--queries Q] [--brute B] [--seed S] [--skewed]`:
// the 256-bit similarity index against the brute-force oracle (a flat JS scan
// with early exit), on uniform random hashes with near-duplicates planted
// within radius 31 of every query. Default sizes 1M and 10M; 10M needs ~2 GB
// of array buffers (no heap flag: they live outside the JS heap).
// Per size: build_s; bytes_per_hash (array-buffer growth across the build,
// after GCs); p50_ms and p99_ms per query (1000 queries); recall against brute
// force, with `identical` when every result list matched exactly; and
// bruteforce_p50_ms on the same queries (the first B of them with --brute).
// `--skewed` draws a third of the rows from 1000 tight clusters and a third
// with biased bits (a quarter set), to see the cost of non-uniform data.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import {
  createBruteForceIndex,
  createMihIndex,
  type Hash256Index,
  type Hash256Match,
  type PackedHash256Entries,
} from '../packages/core/src/match-index/index.ts';
import type { Bench, BenchLine } from './run.ts';

const RADIUS = 31;

setFlagsFromString('--expose-gc');
// With --expose-gc set, a fresh context's global `gc` is V8's collector.
const gc = runInNewContext('gc') as () => void;

/** Collects garbage until freed array buffers are really released (V8 sweeps them lazily). */
async function settle(): Promise<void> {
  for (let i = 0; i < 3; i++) {
    gc();
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function option(args: readonly string[], name: string): number | undefined {
  const i = args.indexOf(`--${name}`);
  if (i < 0) return undefined;
  const n = Number(args[i + 1]?.replace(/_/g, ''));
  if (!Number.isInteger(n) || n <= 0) throw new Error(`--${name} needs a positive integer`);
  return n;
}

/** splitmix32: seeded, so every run measures the same data. */
function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

function hex(words: Uint32Array, base: number): string {
  let s = '';
  for (let i = 0; i < 8; i++) s += (words[base + i] ?? 0).toString(16).padStart(8, '0');
  return s;
}

/** Copies the row at `from` to `to` with exactly `k` distinct bits flipped. */
function plant(
  random: () => number,
  words: Uint32Array,
  from: Uint32Array,
  base: number,
  to: number,
  k: number,
): void {
  for (let i = 0; i < 8; i++) words[to * 8 + i] = from[base + i] ?? 0;
  const bits = new Set<number>();
  while (bits.size < k) bits.add(random() & 255);
  for (const b of bits)
    words[to * 8 + (b >>> 5)] = (words[to * 8 + (b >>> 5)] ?? 0) ^ (1 << (b & 31));
}

/**
 * `size` random rows (uniform, or skewed: see the header); `queries` query
 * hashes, each 0..31 bits from a random row, with three more rows planted at
 * 0..31 bits from it (one at exactly 31).
 */
function dataset(
  size: number,
  queries: number,
  seed: number,
  skewed: boolean,
): { packed: PackedHash256Entries; queries: string[] } {
  const random = seeded(seed);
  const words = new Uint32Array(size * 8);
  for (let i = 0; i < words.length; i++) words[i] = random();
  if (skewed) {
    // Rows 0..999 stay uniform and serve as the cluster centres.
    for (let row = 1000; row < size; row++) {
      const kind = random() % 3;
      if (kind === 0) {
        const centre = (random() % 1000) * 8;
        words.copyWithin(row * 8, centre, centre + 8);
        for (let k = random() % 40; k > 0; k--) {
          const b = random() & 255;
          words[row * 8 + (b >>> 5)] = (words[row * 8 + (b >>> 5)] ?? 0) ^ (1 << (b & 31));
        }
      } else if (kind === 1) {
        for (let i = row * 8; i < row * 8 + 8; i++) words[i] = random() & random();
      }
    }
  }
  const ids = new Uint32Array(size);
  for (let i = 0; i < size; i++) ids[i] = i;
  const q = new Uint32Array(8);
  const out: string[] = [];
  for (let n = 0; n < queries; n++) {
    plant(random, q, words, (random() % size) * 8, 0, random() % (RADIUS + 1));
    for (const k of [RADIUS, random() % (RADIUS + 1), random() % (RADIUS + 1)]) {
      plant(random, words, q, 0, random() % size, k);
    }
    out.push(hex(q, 0));
  }
  return { packed: { ids, words }, queries: out };
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
}

function timedSearches(
  index: Hash256Index,
  queries: readonly string[],
): { ms: number[]; results: (readonly Hash256Match[])[] } {
  const ms: number[] = [];
  const results: (readonly Hash256Match[])[] = [];
  for (const query of queries) {
    const t = performance.now();
    const r = index.search(query, RADIUS);
    ms.push(performance.now() - t);
    if (!r.ok) throw new Error(r.error.message);
    results.push(r.value);
  }
  return { ms, results };
}

async function runSize(
  size: number,
  options: { queryCount: number; bruteLimit: number; seed: number; skewed: boolean },
  emit: (line: BenchLine) => void,
): Promise<void> {
  const { queryCount, bruteLimit, seed, skewed } = options;
  const line = (
    metric: string,
    value: number,
    unit: string,
    extra: Record<string, string | number | boolean> = {},
  ): void =>
    emit({
      bench: 'index',
      size,
      metric,
      value,
      unit,
      radius: RADIUS,
      ...(skewed ? { data: 'skewed' } : {}),
      ...extra,
    });
  const data = dataset(size, queryCount, seed, skewed);
  await settle();
  const before = process.memoryUsage().arrayBuffers;
  const t0 = performance.now();
  const index = createMihIndex(data.packed);
  const buildS = (performance.now() - t0) / 1000;
  await settle();
  const bytes = process.memoryUsage().arrayBuffers - before;
  line('build_s', Number(buildS.toFixed(2)), 's');
  line('bytes_per_hash', Number((bytes / size).toFixed(1)), 'B');

  timedSearches(index, data.queries.slice(0, 100)); // warm-up: JIT and caches
  const mih = timedSearches(index, data.queries);
  const sorted = [...mih.ms].sort((a, b) => a - b);
  line('p50_ms', Number(percentile(sorted, 0.5).toFixed(3)), 'ms', { queries: queryCount });
  line('p99_ms', Number(percentile(sorted, 0.99).toFixed(3)), 'ms', { queries: queryCount });

  const bruteCount = Math.min(queryCount, bruteLimit);
  const oracle = createBruteForceIndex(data.packed);
  timedSearches(oracle, data.queries.slice(0, 3));
  const brute = timedSearches(oracle, data.queries.slice(0, bruteCount));
  let expected = 0;
  let found = 0;
  let identical = true;
  brute.results.forEach((truth, i) => {
    const got = new Map((mih.results[i] ?? []).map((m) => [m.id, m.distance]));
    for (const m of truth) if (got.get(m.id) === m.distance) found++;
    expected += truth.length;
    if (JSON.stringify(truth) !== JSON.stringify(mih.results[i])) identical = false;
  });
  line('recall', expected === 0 ? 1 : found / expected, 'ratio', {
    queries: bruteCount,
    matches: expected,
    identical,
  });
  const bruteSorted = [...brute.ms].sort((a, b) => a - b);
  const bruteP50 = percentile(bruteSorted, 0.5);
  line('bruteforce_p50_ms', Number(bruteP50.toFixed(2)), 'ms', {
    queries: bruteCount,
    speedup: Number((bruteP50 / percentile(sorted, 0.5)).toFixed(1)),
  });
}

const bench: Bench = async (args, emit) => {
  const size = option(args, 'size');
  const queryCount = option(args, 'queries') ?? 1000;
  const bruteLimit = option(args, 'brute') ?? queryCount;
  const seed = option(args, 'seed') ?? 1;
  const skewed = args.includes('--skewed');
  for (const n of size ? [size] : [1_000_000, 10_000_000]) {
    await runSize(n, { queryCount, bruteLimit, seed, skewed }, emit);
    await settle();
  }
};

export default bench;
