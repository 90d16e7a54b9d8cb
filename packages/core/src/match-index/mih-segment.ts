// One immutable multi-index over a contiguous run of rows. Per chunk j, the
// rows are sorted by chunk value and stored as one Uint32Array of entries
// `residue << slotBits | localSlot` in CSR layout: the top `dirBits` bits of the
// chunk pick a bucket through `offsets`, and the remaining `residue` bits sit in
// the entry, so most non-matching rows are rejected without touching their row
// (a random access costs ~120 ns on the reference machine, a sequential read ~1).
// Typed-array indices are in bounds by construction; `!` spares a branch per read.
import { CHUNK_COUNT, MAX_THRESHOLD, chunkAt, chunkPlace, flipMasks } from './chunk-layout.ts';
import type { ChunkPlace } from './chunk-layout.ts';
import { HASH256_WORDS } from './hash256.ts';
import { COST, planThresholds, tableCost, type ProbePlan } from './probe-plan.ts';

/** Rows per segment: local slots take at most 24 bits, leaving 8 for the residue. */
export const MAX_SEGMENT_ROWS = 1 << 24;
/** Largest bucket directory: 2^16 offsets (256 KiB) per table. */
const MAX_DIR_BITS = 16;
/** Bucket sizes are read exactly up to this directory distance, estimated beyond. */
const EXACT_DISTANCE = 2;
/** A bucket is crowded above this many times the mean size (and at least CROWDED_MIN). */
const CROWDED_FACTOR = 8;
const CROWDED_MIN = 32;

export class MihSegment {
  /** Chunk layout, per table. */
  readonly places: readonly ChunkPlace[];
  /** Bits of each chunk kept in the entry (chunk bits minus `dirBits`). */
  readonly residueBits: readonly number[];
  /** Per table: bucket b holds entries[offsets[b]..offsets[b + 1]). */
  readonly offsets: readonly Uint32Array[];
  /** Per table: `residue << slotBits | localSlot`, sorted. */
  readonly entries: readonly Uint32Array[];

  private constructor(
    /** First row (global slot) of the segment. */
    readonly start: number,
    readonly size: number,
    readonly slotBits: number,
    readonly dirBits: number,
    tables: { places: ChunkPlace[]; offsets: Uint32Array[]; entries: Uint32Array[] },
  ) {
    this.places = tables.places;
    this.offsets = tables.offsets;
    this.entries = tables.entries;
    this.residueBits = tables.places.map((p) => p.bits - dirBits);
  }

  /** Indexes rows [start, start + size) of `words`; O(size) per table (radix sort). */
  static build(words: Uint32Array, start: number, size: number): MihSegment {
    if (size < 1 || size > MAX_SEGMENT_ROWS) throw new RangeError(`segment size ${size}`);
    const slotBits = Math.max(1, Math.ceil(Math.log2(size)));
    // About four rows per bucket in small segments, at most 2^16 buckets.
    const dirBits = Math.min(MAX_DIR_BITS, Math.max(0, slotBits - 2));
    const keys = new Uint32Array(size);
    const byLow = { keys: new Uint32Array(size), slots: new Uint32Array(size) };
    const tables = {
      places: [] as ChunkPlace[],
      offsets: [] as Uint32Array[],
      entries: [] as Uint32Array[],
    };
    for (let j = 0; j < CHUNK_COUNT; j++) {
      const place = chunkPlace(j);
      for (let i = 0; i < size; i++) keys[i] = chunkAt(words, (start + i) * HASH256_WORDS, place);
      const residueBits = place.bits - dirBits;
      const residueMask = (1 << residueBits) - 1;
      const offsets = new Uint32Array((1 << dirBits) + 1);
      const entries = new Uint32Array(size);
      // LSD radix sort by (chunk, slot): the low 12 bits, then the rest. Keys
      // travel with their slots so that no pass reads keys at random.
      const low = countStarts(keys, 0, 12);
      for (let i = 0; i < size; i++) {
        const key = keys[i]!;
        const at = low[key & 0xfff]!++;
        byLow.keys[at] = key;
        byLow.slots[at] = i;
      }
      const high = countStarts(keys, 12, place.bits - 12);
      for (let x = 0; x < size; x++) {
        const key = byLow.keys[x]!;
        offsets[(key >>> residueBits) + 1]!++;
        entries[high[key >>> 12]!++] = ((key & residueMask) << slotBits) | byLow.slots[x]!;
      }
      for (let b = 0; b < 1 << dirBits; b++) offsets[b + 1]! += offsets[b]!;
      tables.places.push(place);
      tables.offsets.push(offsets);
      tables.entries.push(entries);
    }
    return new MihSegment(start, size, slotBits, dirBits, tables);
  }

  get byteLength(): number {
    let bytes = 0;
    for (let j = 0; j < CHUNK_COUNT; j++) {
      bytes += (this.offsets[j]?.byteLength ?? 0) + (this.entries[j]?.byteLength ?? 0);
    }
    return bytes;
  }

  /**
   * Thresholds for searching `radius` around the hash at `q[qBase..]`, or null
   * when scanning the segment's rows is cheaper (or no plan covers the radius).
   */
  plan(q: Uint32Array, qBase: number, radius: number): ProbePlan | null {
    const units = radius + 1;
    const maxT = Math.min(MAX_THRESHOLD, radius);
    const costs = new Float64Array(CHUNK_COUNT * (maxT + 1));
    const entriesAt = new Float64Array(maxT + 1);
    const crowdedAt = new Float64Array(maxT + 1);
    const perBucket = this.size / 2 ** this.dirBits;
    const crowd = Math.max(CROWDED_MIN, CROWDED_FACTOR * perBucket);
    for (let j = 0; j < CHUNK_COUNT; j++) {
      const place = this.places[j]!;
      const residueBits = this.residueBits[j]!;
      const top = chunkAt(q, qBase, place) >>> residueBits;
      const offsets = this.offsets[j]!;
      for (let d = 0; d <= maxT; d++) {
        entriesAt[d] = 0;
        crowdedAt[d] = 0;
        if (d > this.dirBits) continue;
        const masks = flipMasks(this.dirBits, d);
        if (d > EXACT_DISTANCE) {
          entriesAt[d] = masks.length * perBucket;
          continue;
        }
        for (const m of masks) {
          const n = offsets[(top ^ m) + 1]! - offsets[top ^ m]!;
          entriesAt[d]! += n;
          if (n > crowd) crowdedAt[d]! += n;
        }
      }
      for (let t = 0; t <= maxT; t++) {
        costs[j * (maxT + 1) + t] = tableCost(this.dirBits, residueBits, entriesAt, crowdedAt, t);
      }
    }
    const plan = planThresholds(costs, CHUNK_COUNT, maxT, units);
    if (!plan || plan.cost >= this.size * COST.row) return null;
    return plan;
  }
}

/** Start position of each `bits`-bit digit (at `shift`) of `keys` in a counting sort. */
function countStarts(keys: Uint32Array, shift: number, bits: number): Uint32Array {
  const mask = (1 << bits) - 1;
  const starts = new Uint32Array((1 << bits) + 1);
  for (let i = 0; i < keys.length; i++) starts[((keys[i]! >>> shift) & mask) + 1]!++;
  for (let b = 0; b < 1 << bits; b++) starts[b + 1]! += starts[b]!;
  return starts;
}
