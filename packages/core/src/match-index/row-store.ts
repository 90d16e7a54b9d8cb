// The hashes themselves: one flat Uint32Array (8 words per row), the id of each
// row, and a bitmap of removed rows. Rows are only appended; removal sets a bit
// and compaction copies the live rows into a new store.
import { HASH256_WORDS } from './hash256.ts';
import type { PackedHash256Entries } from './hash256-index.ts';

const MIN_CAPACITY = 1024;

export class RowStore {
  words: Uint32Array;
  ids: Uint32Array;
  /** Bit `slot` is set when the row was removed. */
  deleted: Uint32Array;
  /** Rows written, removed ones included. */
  count = 0;
  deletedCount = 0;

  constructor(capacity: number) {
    this.words = new Uint32Array(capacity * HASH256_WORDS);
    this.ids = new Uint32Array(capacity);
    this.deleted = new Uint32Array(Math.ceil(capacity / 32));
  }

  /** A store holding a copy of `packed`, sized exactly. */
  static fromPacked(packed: PackedHash256Entries): RowStore {
    const store = new RowStore(packed.ids.length);
    store.words.set(packed.words);
    store.ids.set(packed.ids);
    store.count = packed.ids.length;
    return store;
  }

  get capacity(): number {
    return this.ids.length;
  }

  get liveCount(): number {
    return this.count - this.deletedCount;
  }

  /** Appends one row copied from `src[offset..offset+8)`; returns its slot. */
  append(id: number, src: Uint32Array, offset: number): number {
    if (this.count === this.capacity) this.grow();
    const slot = this.count++;
    this.words.set(src.subarray(offset, offset + HASH256_WORDS), slot * HASH256_WORDS);
    this.ids[slot] = id;
    return slot;
  }

  isDeleted(slot: number): boolean {
    return (((this.deleted[slot >>> 5] ?? 0) >>> (slot & 31)) & 1) === 1;
  }

  markDeleted(slot: number): void {
    if (this.isDeleted(slot)) return;
    this.deleted[slot >>> 5] = (this.deleted[slot >>> 5] ?? 0) | (1 << (slot & 31));
    this.deletedCount++;
  }

  /** A new store, sized exactly, holding the live rows in slot order. */
  compacted(): RowStore {
    const out = new RowStore(this.liveCount);
    for (let slot = 0; slot < this.count; slot++) {
      if (this.isDeleted(slot)) continue;
      const n = out.count++;
      out.ids[n] = this.ids[slot] ?? 0;
      out.words.set(
        this.words.subarray(slot * HASH256_WORDS, (slot + 1) * HASH256_WORDS),
        n * HASH256_WORDS,
      );
    }
    return out;
  }

  get byteLength(): number {
    return this.words.byteLength + this.ids.byteLength + this.deleted.byteLength;
  }

  /** Grows by a quarter: at 10M rows a doubling would strand 360 MB. */
  private grow(): void {
    const capacity = Math.max(MIN_CAPACITY, Math.ceil(this.capacity * 1.25));
    const words = new Uint32Array(capacity * HASH256_WORDS);
    words.set(this.words);
    const ids = new Uint32Array(capacity);
    ids.set(this.ids);
    const deleted = new Uint32Array(Math.ceil(capacity / 32));
    deleted.set(this.deleted);
    this.words = words;
    this.ids = ids;
    this.deleted = deleted;
  }
}
