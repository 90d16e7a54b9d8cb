// Runs one query hash against segments and row ranges. Random accesses
// dominate: visiting a bucket touches its entries, verifying a candidate its
// row. Both are done in small batches whose first loop only touches memory, so
// the CPU overlaps the misses (~25 ns each instead of ~120 ns one after another).
// Typed-array indices here are in bounds by construction; `!` spares a branch
// per read in the hot loops.
import { CHUNK_COUNT, chunkAt, flipMasks } from './chunk-layout.ts';
import { HASH256_WORDS, distance256, popcount32 } from './hash256.ts';
import type { MihSegment } from './mih-segment.ts';
import { COST, volume } from './probe-plan.ts';
import { SlotSet } from './slot-set.ts';
import type { RowStore } from './row-store.ts';

/** Receives a row (global slot) within the radius and its distance. */
export type MatchSink = (slot: number, distance: number) => void;

/** Accesses touched ahead of use: about the first-level TLB's reach. */
const BATCH = 48;
/**
 * A bucket with more than this many entries per qualifying residue is searched
 * residue by residue instead of read whole (matches COST.search / COST.scan).
 */
const SEARCH_FACTOR = 32;

/** Reusable buffers for one index's searches (searches are synchronous). */
export class Prober {
  private visitTable = new Uint8Array(1024);
  private visitStart = new Uint32Array(1024);
  private visitEnd = new Uint32Array(1024);
  private visitAllow = new Uint8Array(1024);
  private visitResidue = new Uint32Array(1024);
  private visitGuess = new Uint32Array(1024);
  private visits = 0;
  private candidates = new Uint32Array(4096);
  private pending = 0;
  /** Work done by the current probe, in COST units. */
  private work = 0;
  /** Rows already queued for the current query hash. */
  private readonly seen = new SlotSet();
  /** Keeps the touching loads observable so that they are not optimised away. */
  private sink = 0;
  // Set by `begin`:
  private store: RowStore | null = null;
  private q: Uint32Array = new Uint32Array(HASH256_WORDS);
  private qBase = 0;
  private radius = 0;
  private onMatch: MatchSink = () => {};

  /**
   * Starts a query for the hash at `q[qBase..]`. Every live row within `radius`
   * is reported to `onMatch` at least once (twice when a probe gave up and the
   * segment was scanned after all).
   */
  begin(store: RowStore, q: Uint32Array, qBase: number, radius: number, onMatch: MatchSink): void {
    this.store = store;
    this.q = q;
    this.qBase = qBase;
    this.radius = radius;
    this.onMatch = onMatch;
    this.seen.clear();
  }

  /**
   * Probes a segment's tables at the given per-table thresholds (-1 = skip).
   * Returns false, having reported only part of the matches, when the work
   * outgrows `budget` (in COST units): the plan misjudged skewed data, and the
   * caller should scan the segment instead, which bounds a search at about
   * twice the cost of a scan.
   */
  probe(seg: MihSegment, thresholds: Int8Array, budget: number): boolean {
    this.visits = 0;
    this.work = 0;
    for (let j = 0; j < CHUNK_COUNT; j++) {
      const t = thresholds[j]!;
      if (t >= 0) this.collectVisits(seg, j, t);
    }
    const entries = seg.entries;
    const slotBits = seg.slotBits;
    const slotMask = (1 << slotBits) - 1;
    const { visitTable, visitStart, visitEnd, visitAllow, visitResidue, visitGuess } = this;
    for (let b0 = 0; b0 < this.visits; b0 += BATCH) {
      if (this.work > budget) {
        this.flush();
        return false;
      }
      const b1 = Math.min(this.visits, b0 + BATCH);
      this.work += (b1 - b0) * COST.visit;
      let sink = 0;
      for (let v = b0; v < b1; v++) sink ^= entries[visitTable[v]!]![visitGuess[v]!]!;
      this.sink ^= sink;
      for (let v = b0; v < b1; v++) {
        const table = entries[visitTable[v]!]!;
        const start = visitStart[v]!;
        const end = visitEnd[v]!;
        const allow = visitAllow[v]!;
        const residue = visitResidue[v]!;
        if (allow === 0) {
          // Only entries with exactly the query's residue: one sorted run.
          this.run(table, start, end, residue, visitGuess[v]!, seg);
        } else {
          const residueBits = seg.residueBits[visitTable[v]!]!;
          if (end - start > SEARCH_FACTOR * volume(residueBits, allow)) {
            // A crowded bucket: look up each residue within `allow` rather than read every entry.
            for (let k = 0; k <= Math.min(allow, residueBits); k++) {
              for (const mask of flipMasks(residueBits, k)) {
                const r = residue ^ mask;
                this.work += COST.search;
                const guess = start + Math.floor(((end - start) * r) / 2 ** residueBits);
                this.run(table, start, end, r, guess, seg);
              }
            }
          } else {
            this.work += (end - start) * COST.scan;
            for (let i = start; i < end; i++) {
              const e = table[i]!;
              if (popcount32((e >>> slotBits) ^ residue) <= allow) {
                this.candidate(seg.start + (e & slotMask));
              }
            }
          }
        }
      }
    }
    this.flush();
    return true;
  }

  /** Queues the entries of `table[start..end)` whose residue is `residue`, searching from `guess`. */
  private run(
    table: Uint32Array,
    start: number,
    end: number,
    residue: number,
    guess: number,
    seg: MihSegment,
  ): void {
    const slotBits = seg.slotBits;
    const slotMask = (1 << slotBits) - 1;
    const lo = residue * 2 ** slotBits;
    const hi = lo + 2 ** slotBits;
    for (let i = lowerBound(table, start, end, lo, guess); i < end; i++) {
      const e = table[i]!;
      if (e >= hi) break;
      this.candidate(seg.start + (e & slotMask));
    }
  }

  /** Checks every row in [from, to) (the unindexed tail, or a segment cheaper to scan). */
  scan(from: number, to: number): void {
    const store = this.store!;
    const words = store.words;
    const { q, qBase, radius } = this;
    for (let slot = from; slot < to; slot++) {
      const d = distance256(words, slot * HASH256_WORDS, q, qBase, radius);
      if (d <= radius) this.match(slot, d);
    }
  }

  /** Queues the table-j buckets within threshold t of the query's chunk j. */
  private collectVisits(seg: MihSegment, j: number, t: number): void {
    const residueBits = seg.residueBits[j]!;
    const key = chunkAt(this.q, this.qBase, seg.places[j]!);
    const top = key >>> residueBits;
    const residue = key & ((1 << residueBits) - 1);
    const offsets = seg.offsets[j]!;
    const dirBits = seg.dirBits;
    for (let d = 0; d <= Math.min(t, dirBits); d++) {
      const masks = flipMasks(dirBits, d);
      this.reserveVisits(this.visits + masks.length);
      for (let m = 0; m < masks.length; m++) {
        const bucket = top ^ masks[m]!;
        const start = offsets[bucket]!;
        const end = offsets[bucket + 1]!;
        if (start === end) continue;
        const v = this.visits++;
        this.visitTable[v] = j;
        this.visitStart[v] = start;
        this.visitEnd[v] = end;
        this.visitAllow[v] = t - d;
        this.visitResidue[v] = residue;
        // Residues are near-uniform within a bucket: guess where the query's sits.
        this.visitGuess[v] =
          t === d ? start + Math.floor(((end - start) * residue) / 2 ** residueBits) : start;
      }
    }
  }

  private candidate(slot: number): void {
    if (!this.seen.add(slot)) return;
    this.work += COST.verify;
    if (this.pending === this.candidates.length) this.flush();
    this.candidates[this.pending++] = slot;
  }

  /** Verifies queued candidates against their rows. */
  private flush(): void {
    const store = this.store!;
    const words = store.words;
    const { q, qBase, radius, candidates } = this;
    for (let b0 = 0; b0 < this.pending; b0 += BATCH) {
      const b1 = Math.min(this.pending, b0 + BATCH);
      let sink = 0;
      for (let i = b0; i < b1; i++) sink ^= words[candidates[i]! * HASH256_WORDS]!;
      this.sink ^= sink;
      for (let i = b0; i < b1; i++) {
        const slot = candidates[i]!;
        const d = distance256(words, slot * HASH256_WORDS, q, qBase, radius);
        if (d <= radius) this.match(slot, d);
      }
    }
    this.pending = 0;
  }

  private match(slot: number, distance: number): void {
    if (!this.store!.isDeleted(slot)) this.onMatch(slot, distance);
  }

  private reserveVisits(n: number): void {
    if (n <= this.visitStart.length) return;
    const size = Math.max(n, this.visitStart.length * 2);
    const grow = <T extends Uint8Array | Uint32Array>(a: T, make: (n: number) => T): T => {
      const b = make(size);
      b.set(a);
      return b;
    };
    this.visitTable = grow(this.visitTable, (n) => new Uint8Array(n));
    this.visitStart = grow(this.visitStart, (n) => new Uint32Array(n));
    this.visitEnd = grow(this.visitEnd, (n) => new Uint32Array(n));
    this.visitAllow = grow(this.visitAllow, (n) => new Uint8Array(n));
    this.visitResidue = grow(this.visitResidue, (n) => new Uint32Array(n));
    this.visitGuess = grow(this.visitGuess, (n) => new Uint32Array(n));
  }
}

/**
 * First index in [from, to) whose value is >= `value` (or `to`), searching
 * outwards from `guess` (in [from, to)) and then by bisection.
 */
export function lowerBound(
  a: Uint32Array,
  from: number,
  to: number,
  value: number,
  guess: number,
): number {
  let lo: number;
  let hi: number;
  let step = 1;
  if (a[guess]! < value) {
    lo = guess + 1;
    hi = lo;
    while (hi < to && a[hi]! < value) {
      lo = hi + 1;
      hi += step;
      step *= 2;
    }
    if (hi > to) hi = to;
  } else {
    hi = guess;
    lo = hi;
    while (lo > from && a[lo - 1]! >= value) {
      hi = lo - 1;
      lo -= step;
      step *= 2;
    }
    if (lo < from) lo = from;
  }
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
