// Seeded test data for the match-index suites: uniform random hashes with
// near-duplicates planted at exact distances, and deliberately skewed hashes
// (clusters, biased bits, duplicates) like real PDQ lists. No tests here.
import { HASH256_WORDS, formatHash256 } from './hash256.ts';
import type { PackedHash256Entries } from './hash256-index.ts';

/** A seeded source of uint32 values (splitmix32): tests inject it, runs reproduce. */
export type Random = () => number;

export function seededRandom(seed: number): Random {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/** A random hash, as 8 words. */
export function randomWords(random: Random): Uint32Array {
  const w = new Uint32Array(HASH256_WORDS);
  for (let i = 0; i < HASH256_WORDS; i++) w[i] = random();
  return w;
}

/** A copy of `words` with exactly `k` distinct bits flipped. */
export function flipBits(random: Random, words: Uint32Array, k: number): Uint32Array {
  const out = words.slice();
  const bits = new Set<number>();
  while (bits.size < k) bits.add(random() & 255);
  for (const b of bits) out[b >>> 5] = (out[b >>> 5] ?? 0) ^ (1 << (b & 31));
  return out;
}

export function hex(words: Uint32Array): string {
  return formatHash256(words, 0);
}

/** Collects rows, then packs them for an index factory. */
export class RowBuilder {
  readonly ids: number[] = [];
  private readonly rows: Uint32Array[] = [];

  add(id: number, words: Uint32Array): void {
    this.ids.push(id);
    this.rows.push(words);
  }

  packed(): PackedHash256Entries {
    const words = new Uint32Array(this.rows.length * HASH256_WORDS);
    this.rows.forEach((row, i) => words.set(row, i * HASH256_WORDS));
    return { ids: Uint32Array.from(this.ids), words };
  }
}

export interface Planted {
  readonly query: number;
  readonly id: number;
  readonly distance: number;
}

export interface Fixture {
  readonly rows: PackedHash256Entries;
  readonly queries: readonly string[];
  /** Rows planted near each query at an exact distance. */
  readonly planted: readonly Planted[];
}

/** Distances planted around every query: both sides of the radii the suite checks. */
export const PLANTED_DISTANCES = [0, 1, 7, 8, 9, 15, 16, 17, 24, 30, 31, 32, 33, 40] as const;

/**
 * `rowCount` uniform random rows (ids 0..), then for each of `queryCount`
 * random query hashes one planted row per PLANTED_DISTANCES entry.
 */
export function uniformFixture(random: Random, rowCount: number, queryCount: number): Fixture {
  const rows = new RowBuilder();
  for (let i = 0; i < rowCount; i++) rows.add(i, randomWords(random));
  const queries: string[] = [];
  const planted: Planted[] = [];
  for (let query = 0; query < queryCount; query++) {
    const q = randomWords(random);
    queries.push(hex(q));
    for (const distance of PLANTED_DISTANCES) {
      const id = rows.ids.length;
      rows.add(id, flipBits(random, q, distance));
      planted.push({ query, id, distance });
    }
  }
  return { rows: rows.packed(), queries, planted };
}

/**
 * Hashes far from uniform: tight clusters around a few centres, rows whose
 * bits are mostly 0, the all-zero hash many times, and exact duplicates under
 * other ids. Queries sit in and between the clusters.
 */
export function skewedFixture(random: Random, rowCount: number, queryCount: number): Fixture {
  const centres = Array.from({ length: 12 }, () => randomWords(random));
  const biased = (): Uint32Array => {
    const w = new Uint32Array(HASH256_WORDS);
    for (let i = 0; i < HASH256_WORDS; i++) w[i] = random() & random() & random() & random();
    return w;
  };
  const rows = new RowBuilder();
  const pick = <T>(list: readonly T[]): T => {
    const item = list[random() % list.length];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  };
  for (let i = 0; i < rowCount; i++) {
    const kind = random() % 10;
    if (kind < 5) rows.add(i, flipBits(random, pick(centres), random() % 40));
    else if (kind < 8) rows.add(i, biased());
    else if (kind < 9) rows.add(i, new Uint32Array(HASH256_WORDS));
    else rows.add(i, flipBits(random, pick(centres), 0));
  }
  const queries: string[] = [];
  for (let i = 0; i < queryCount; i++) {
    const kind = i % 4;
    if (kind === 0) queries.push(hex(flipBits(random, pick(centres), random() % 24)));
    else if (kind === 1) queries.push(hex(biased()));
    else if (kind === 2) queries.push(hex(flipBits(random, new Uint32Array(8), random() % 20)));
    else queries.push(hex(randomWords(random)));
  }
  return { rows: rows.packed(), queries, planted: [] };
}
