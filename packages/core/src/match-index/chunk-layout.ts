// How the multi-index splits a 256-bit hash: 11 disjoint substrings ("chunks")
// of 23 or 24 bits. With m disjoint chunks, a hash within distance r of the
// query has some chunk j within t_j of the query's chunk j whenever
// sum(t_j + 1) >= r + 1 (pigeonhole), so 11 tables at t = 2 (one at t = 1)
// cover r = 31. Eleven is about 256 / log2(10M): long enough chunks that few
// hashes share a neighbourhood, few enough tables that memory stays bounded.

/** Bits in each chunk, in order from the most significant bit of word 0. */
export const CHUNK_BITS: readonly number[] = [24, 24, 24, 23, 23, 23, 23, 23, 23, 23, 23];
export const CHUNK_COUNT = CHUNK_BITS.length;
/** Largest per-chunk threshold the planner uses; beyond it a linear scan is cheaper. */
export const MAX_THRESHOLD = 4;

/** Where each chunk starts: word index and bit offset from that word's most significant bit. */
const CHUNK_STARTS: readonly { readonly word: number; readonly shift: number }[] = (() => {
  const starts: { word: number; shift: number }[] = [];
  let bit = 0;
  for (const bits of CHUNK_BITS) {
    starts.push({ word: bit >>> 5, shift: bit & 31 });
    bit += bits;
  }
  if (bit !== 256) throw new Error('chunk layout must cover 256 bits');
  return starts;
})();

/** Location of chunk j, for loops that extract it from many rows. */
export interface ChunkPlace {
  readonly word: number;
  readonly shift: number;
  readonly bits: number;
}

export function chunkPlace(j: number): ChunkPlace {
  const start = CHUNK_STARTS[j];
  if (!start) throw new RangeError(`no chunk ${j}`);
  return { word: start.word, shift: start.shift, bits: CHUNK_BITS[j] ?? 0 };
}

/** Value of the chunk at `place` of the hash stored at `words[base..base+8)`. */
export function chunkAt(words: Uint32Array, base: number, place: ChunkPlace): number {
  const { word, shift, bits } = place;
  const high = ((words[base + word] ?? 0) << shift) >>> (32 - bits);
  if (shift + bits <= 32) return high;
  return (high | ((words[base + word + 1] ?? 0) >>> (64 - shift - bits))) >>> 0;
}

const binomials: number[][] = [];

/** n choose k, for the small n (at most 24) the index needs. */
export function binomial(n: number, k: number): number {
  if (k < 0 || k > n) return 0;
  let row = binomials[n];
  if (!row) {
    row = [1];
    for (let i = 1; i <= n; i++) row.push(((row[i - 1] ?? 0) * (n - i + 1)) / i);
    binomials[n] = row;
  }
  return row[k] ?? 0;
}

const masksCache = new Map<number, Uint32Array>();

/** Every `bits`-bit value with exactly `weight` bits set, ascending (cached). */
export function flipMasks(bits: number, weight: number): Uint32Array {
  const key = bits * 64 + weight;
  let masks = masksCache.get(key);
  if (masks) return masks;
  const out = new Uint32Array(binomial(bits, weight));
  let n = 0;
  const visit = (prefix: number, from: number, left: number): void => {
    if (left === 0) {
      out[n++] = prefix;
      return;
    }
    for (let b = from; b <= bits - left; b++) visit(prefix | (1 << b), b + 1, left - 1);
  };
  visit(0, 0, weight);
  out.sort();
  masks = out;
  masksCache.set(key, masks);
  return masks;
}
