// The port: what a similarity index over 256-bit hashes offers, whatever its
// implementation (multi-index hashing, brute force, a native adapter later).
import { err, ok, type Result } from '../result.ts';
import { HASH256_WORDS, checkId, parseHash256Into, type Hash256IndexError } from './hash256.ts';

/** One hash to index: `hash` is 64 hex digits (PDQ's format), `id` an unsigned 32-bit integer. */
export interface Hash256Entry {
  readonly id: number;
  readonly hash: string;
}

/** An indexed id within the search radius, at its smallest distance over all query hashes. */
export interface Hash256Match {
  readonly id: number;
  readonly distance: number;
}

/**
 * Entries already parsed: `words` holds 8 big-endian 32-bit words per hash,
 * `ids[i]` belongs to `words[8i..8i+8)`. Storage adapters load hash lists in this
 * form without building one string per hash.
 */
export interface PackedHash256Entries {
  readonly ids: Uint32Array;
  readonly words: Uint32Array;
}

/**
 * An exact Hamming-radius index over 256-bit hashes. Results are exactly the
 * set a brute-force scan returns, for every radius.
 */
export interface Hash256Index {
  /** Entries added and not removed. */
  readonly size: number;
  /** Adds one entry. The same hash may be added under several ids, and an id under several hashes. */
  add(id: number, hash: string): Result<void, Hash256IndexError>;
  /** Removes every entry with this id and exactly this hash; returns how many there were. */
  remove(id: number, hash: string): Result<number, Hash256IndexError>;
  /**
   * Ids within `radius` (0..256) of any of the query hashes (for example the 8
   * dihedral variants of one image), each once with its smallest distance,
   * ordered by distance then id.
   */
  search(
    query: string | readonly string[],
    radius: number,
  ): Result<readonly Hash256Match[], Hash256IndexError>;
}

/** Builds an index holding `initial`; the contract suite runs against every factory. */
export type Hash256IndexFactory = (initial: PackedHash256Entries) => Hash256Index;

/**
 * Parses entries into the packed form the index factories take.
 *
 * @example
 * const packed = packHash256Entries([{ id: 7, hash: 'f8f8...' }]);
 * if (packed.ok) index = createMihIndex(packed.value);
 */
export function packHash256Entries(
  entries: Iterable<Hash256Entry>,
): Result<PackedHash256Entries, Hash256IndexError> {
  const list: readonly Hash256Entry[] = Array.isArray(entries) ? entries : [...entries];
  const ids = new Uint32Array(list.length);
  const words = new Uint32Array(list.length * HASH256_WORDS);
  for (let i = 0; i < list.length; i++) {
    const entry = list[i];
    if (entry === undefined) continue;
    const idError = checkId(entry.id);
    if (idError) return err(idError.code, `entry ${i}: ${idError.message}`);
    const hashError = parseHash256Into(entry.hash, words, i * HASH256_WORDS);
    if (hashError) return err(hashError.code, `entry ${i}: ${hashError.message}`);
    ids[i] = entry.id;
  }
  return ok({ ids, words });
}

/** Throws when the packed arrays disagree in length: that is a bug in the caller. */
export function assertPacked(packed: PackedHash256Entries): void {
  if (packed.words.length !== packed.ids.length * HASH256_WORDS) {
    throw new RangeError(
      `packed entries: ${packed.words.length} words for ${packed.ids.length} ids (need 8 per id)`,
    );
  }
}

/** Sorts merged matches by distance, then id. */
export function toSortedMatches(best: ReadonlyMap<number, number>): Hash256Match[] {
  const out: Hash256Match[] = [];
  for (const [id, distance] of best) out.push({ id, distance });
  out.sort((a, b) => a.distance - b.distance || a.id - b.id);
  return out;
}
