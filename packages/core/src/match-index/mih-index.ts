// The multi-index hashing index. The 256 bits are split into 11 disjoint
// chunks (chunk-layout.ts), one table per chunk. If a row is within r of the
// query, then some chunk j is within t_j of the query's chunk j whenever
// sum(t_j + 1) >= r + 1 (pigeonhole), so probing every table within its t_j and
// verifying each candidate's full distance returns exactly what a scan returns.
// probe-plan.ts picks the t_j per query; mih-segment.ts holds the tables
// (~44 bytes per row: 11 entries of 4 bytes), row-store.ts the rows (32 bytes
// of hash and a 4-byte id).
//
// Segments are immutable and log-structured: new rows collect in an unindexed
// tail that is scanned, then sealed into a segment; segments of similar size
// merge, so each row is re-indexed O(log n) times (a merge of large segments
// blocks `add` for seconds: about 0.45 s per million rows). Removal marks a
// row deleted; compaction drops deleted rows once they are a quarter of all.
import { err, ok, type Result } from '../result.ts';
import {
  HASH256_WORDS,
  checkId,
  checkRadius,
  parseHash256Into,
  parseQueries,
  type Hash256IndexError,
} from './hash256.ts';
import {
  assertPacked,
  toSortedMatches,
  type Hash256Index,
  type Hash256Match,
  type PackedHash256Entries,
} from './hash256-index.ts';
import { Prober, type MatchSink } from './mih-probe.ts';
import { COST } from './probe-plan.ts';
import { MAX_SEGMENT_ROWS, MihSegment } from './mih-segment.ts';
import { RowStore } from './row-store.ts';

/** Knobs that tests turn down to reach merges and compaction with few rows. */
export interface MihTuning {
  /** Rows added after the last segment are scanned until there are this many, then sealed. */
  readonly tailLimit: number;
  readonly maxSegmentRows: number;
  /** Compaction waits for at least this many deleted rows. */
  readonly compactMinDeleted: number;
}

export const DEFAULT_TUNING: MihTuning = {
  tailLimit: 2048,
  maxSegmentRows: MAX_SEGMENT_ROWS,
  compactMinDeleted: 4096,
};

export class MihIndex implements Hash256Index {
  private store: RowStore;
  private segments: MihSegment[] = [];
  private readonly prober = new Prober();
  private readonly scratch = new Uint32Array(HASH256_WORDS);

  constructor(
    initial: PackedHash256Entries,
    private readonly tuning: MihTuning = DEFAULT_TUNING,
  ) {
    assertPacked(initial);
    if (tuning.maxSegmentRows < 1 || tuning.maxSegmentRows > MAX_SEGMENT_ROWS) {
      throw new RangeError(`maxSegmentRows must be in 1..${MAX_SEGMENT_ROWS}`);
    }
    this.store = RowStore.fromPacked(initial);
    this.indexAll();
  }

  get size(): number {
    return this.store.liveCount;
  }

  /** Bytes held in typed arrays: rows, ids, deleted bitmap and every segment. */
  get byteLength(): number {
    return this.segments.reduce((n, s) => n + s.byteLength, this.store.byteLength);
  }

  /** Segment sizes, oldest first (for tests and diagnostics). */
  get segmentSizes(): readonly number[] {
    return this.segments.map((s) => s.size);
  }

  add(id: number, hash: string): Result<void, Hash256IndexError> {
    const problem = checkId(id) ?? parseHash256Into(hash, this.scratch, 0);
    if (problem) return err(problem.code, problem.message);
    this.store.append(id, this.scratch, 0);
    if (this.store.count - this.tailStart() >= this.tuning.tailLimit) this.seal();
    return ok(undefined);
  }

  remove(id: number, hash: string): Result<number, Hash256IndexError> {
    const problem = checkId(id) ?? parseHash256Into(hash, this.scratch, 0);
    if (problem) return err(problem.code, problem.message);
    const store = this.store;
    const slots: number[] = [];
    this.searchOne(this.scratch, 0, 0, (slot) => {
      if (store.ids[slot] === id) slots.push(slot);
    });
    const before = store.deletedCount;
    for (const slot of slots) store.markDeleted(slot);
    const removed = store.deletedCount - before;
    if (
      store.deletedCount >= this.tuning.compactMinDeleted &&
      store.deletedCount * 4 >= store.count
    ) {
      this.store = store.compacted();
      this.indexAll();
    }
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
    const ids = this.store.ids;
    const best = new Map<number, number>();
    const keep: MatchSink = (slot, distance) => {
      const id = ids[slot] ?? 0;
      const previous = best.get(id);
      if (previous === undefined || distance < previous) best.set(id, distance);
    };
    for (let base = 0; base < q.length; base += HASH256_WORDS) {
      this.searchOne(q, base, radius, keep);
    }
    return ok(toSortedMatches(best));
  }

  /** Reports every live row within `radius` of the hash at `q[qBase..]`. */
  private searchOne(q: Uint32Array, qBase: number, radius: number, onMatch: MatchSink): void {
    this.prober.begin(this.store, q, qBase, radius, onMatch);
    for (const seg of this.segments) {
      const plan = seg.plan(q, qBase, radius);
      const scanCost = seg.size * COST.row;
      if (!plan || !this.prober.probe(seg, plan.thresholds, scanCost)) {
        this.prober.scan(seg.start, seg.start + seg.size);
      }
    }
    this.prober.scan(this.tailStart(), this.store.count);
  }

  private tailStart(): number {
    const last = this.segments[this.segments.length - 1];
    return last ? last.start + last.size : 0;
  }

  /** Indexes every row from scratch, in segments of at most `maxSegmentRows`. */
  private indexAll(): void {
    this.segments = [];
    const { count, words } = this.store;
    for (let start = 0; start < count; start += this.tuning.maxSegmentRows) {
      const size = Math.min(this.tuning.maxSegmentRows, count - start);
      this.segments.push(MihSegment.build(words, start, size));
    }
  }

  /** Turns the tail into a segment, then merges the newest segments while of similar size. */
  private seal(): void {
    const words = this.store.words;
    let start = this.tailStart();
    while (start < this.store.count) {
      const size = Math.min(this.tuning.maxSegmentRows, this.store.count - start);
      this.segments.push(MihSegment.build(words, start, size));
      start += size;
    }
    for (;;) {
      const older = this.segments[this.segments.length - 2];
      const newer = this.segments[this.segments.length - 1];
      if (!older || !newer) break;
      if (older.size > 2 * newer.size) break;
      if (older.size + newer.size > this.tuning.maxSegmentRows) break;
      this.segments.splice(-2, 2, MihSegment.build(words, older.start, older.size + newer.size));
    }
  }
}

/**
 * An exact radius index over 256-bit hashes using multi-index hashing.
 *
 * @example
 * const index = createMihIndex();
 * index.add(1, 'f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22');
 * const hits = index.search(dihedralVariants, 31); // ok([{ id: 1, distance: 4 }])
 */
export function createMihIndex(initial?: PackedHash256Entries): Hash256Index {
  return new MihIndex(initial ?? { ids: new Uint32Array(0), words: new Uint32Array(0) });
}
