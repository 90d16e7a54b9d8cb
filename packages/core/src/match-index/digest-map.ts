// Exact lookup of cryptographic digests (md5, sha1, sha256 as hex) to the ids
// that carry them. One open-addressing table of packed words: about 30-60
// bytes per entry, against 150+ for a Map of hex strings to arrays.
import { err, ok, type CodedError, type Result } from '../result.ts';
import { MAX_ID } from './hash256.ts';

/** Digest algorithms a DigestMap holds, one algorithm per map. */
export const DIGEST_ALGORITHMS = ['md5', 'sha1', 'sha256'] as const;
export type DigestAlgorithm = (typeof DIGEST_ALGORITHMS)[number];

export type DigestMapErrorCode = 'invalid_digest_length' | 'invalid_digest_chars' | 'invalid_id';
/** An expected failure of a DigestMap operation: bad digest text or id. */
export type DigestMapError = CodedError<DigestMapErrorCode>;

/** A multimap from one algorithm's digests to ids; each (digest, id) pair is held once. */
export interface DigestMap {
  readonly algorithm: DigestAlgorithm;
  /** (digest, id) pairs held. */
  readonly size: number;
  /** Adds the pair; false when it was already there. Hex digits may be either case. */
  add(digest: string, id: number): Result<boolean, DigestMapError>;
  /** Removes the pair; false when it was not there. */
  remove(digest: string, id: number): Result<boolean, DigestMapError>;
  /** Ids carrying this digest, ascending. */
  get(digest: string): Result<readonly number[], DigestMapError>;
}

const WORDS: Readonly<Record<DigestAlgorithm, number>> = { md5: 4, sha1: 5, sha256: 8 };
const EMPTY = 0;
const USED = 1;
const REMOVED = 2;
const MIN_CAPACITY = 1024;

class OpenDigestMap implements DigestMap {
  private readonly width: number;
  private capacity = MIN_CAPACITY;
  private keys: Uint32Array;
  private ids: Uint32Array;
  private state: Uint8Array;
  private used = 0;
  private removed = 0;
  private readonly scratch: Uint32Array;

  constructor(readonly algorithm: DigestAlgorithm) {
    this.width = WORDS[algorithm];
    this.scratch = new Uint32Array(this.width);
    this.keys = new Uint32Array(this.capacity * this.width);
    this.ids = new Uint32Array(this.capacity);
    this.state = new Uint8Array(this.capacity);
  }

  get size(): number {
    return this.used;
  }

  add(digest: string, id: number): Result<boolean, DigestMapError> {
    const problem = this.parse(digest) ?? checkId(id);
    if (problem) return err(problem.code, problem.message);
    let slot = this.home();
    let free = -1;
    for (;;) {
      const s = this.state[slot];
      if (s === EMPTY) break;
      if (s === REMOVED) {
        if (free < 0) free = slot;
      } else if (this.ids[slot] === id && this.keyAt(slot)) {
        return ok(false);
      }
      slot = (slot + 1) & (this.capacity - 1);
    }
    if (free < 0) free = slot;
    else this.removed--;
    this.keys.set(this.scratch, free * this.width);
    this.ids[free] = id;
    this.state[free] = USED;
    this.used++;
    if ((this.used + this.removed) * 10 > this.capacity * 7) this.rehash();
    return ok(true);
  }

  remove(digest: string, id: number): Result<boolean, DigestMapError> {
    const problem = this.parse(digest) ?? checkId(id);
    if (problem) return err(problem.code, problem.message);
    for (
      let slot = this.home();
      this.state[slot] !== EMPTY;
      slot = (slot + 1) & (this.capacity - 1)
    ) {
      if (this.state[slot] === USED && this.ids[slot] === id && this.keyAt(slot)) {
        this.state[slot] = REMOVED;
        this.used--;
        this.removed++;
        return ok(true);
      }
    }
    return ok(false);
  }

  get(digest: string): Result<readonly number[], DigestMapError> {
    const problem = this.parse(digest);
    if (problem) return err(problem.code, problem.message);
    const found: number[] = [];
    for (
      let slot = this.home();
      this.state[slot] !== EMPTY;
      slot = (slot + 1) & (this.capacity - 1)
    ) {
      if (this.state[slot] === USED && this.keyAt(slot)) found.push(this.ids[slot] ?? 0);
    }
    return ok(found.sort((a, b) => a - b));
  }

  /** Parses `digest` into `scratch`, or returns the problem. */
  private parse(digest: string): DigestMapError | null {
    const digits = this.width * 8;
    if (digest.length !== digits) {
      return {
        code: 'invalid_digest_length',
        message: `a ${this.algorithm} digest has ${digits} hex digits, got ${digest.length}`,
      };
    }
    for (let w = 0; w < this.width; w++) {
      const chunk = digest.slice(w * 8, w * 8 + 8);
      if (!/^[0-9a-fA-F]{8}$/.test(chunk)) {
        return { code: 'invalid_digest_chars', message: `a ${this.algorithm} digest is hex only` };
      }
      this.scratch[w] = parseInt(chunk, 16);
    }
    return null;
  }

  /** Where the scratch digest's probe sequence starts. Digests are uniform: two words suffice. */
  private home(): number {
    const mixed = Math.imul(
      (this.scratch[0] ?? 0) ^ Math.imul(this.scratch[1] ?? 0, 0x85ebca6b),
      0x9e3779b1,
    );
    return (mixed >>> 0) & (this.capacity - 1);
  }

  /** True when the key at `slot` equals the scratch digest. */
  private keyAt(slot: number): boolean {
    const base = slot * this.width;
    for (let w = 0; w < this.width; w++) {
      if (this.keys[base + w] !== this.scratch[w]) return false;
    }
    return true;
  }

  /** Rebuilds the table without removed slots, doubling it when more than a third full. */
  private rehash(): void {
    const { keys, ids, state, width } = this;
    const oldCapacity = this.capacity;
    if (this.used * 3 > oldCapacity) this.capacity = oldCapacity * 2;
    this.keys = new Uint32Array(this.capacity * width);
    this.ids = new Uint32Array(this.capacity);
    this.state = new Uint8Array(this.capacity);
    this.removed = 0;
    for (let old = 0; old < oldCapacity; old++) {
      if (state[old] !== USED) continue;
      this.scratch.set(keys.subarray(old * width, old * width + width));
      let slot = this.home();
      while (this.state[slot] !== EMPTY) slot = (slot + 1) & (this.capacity - 1);
      this.keys.set(this.scratch, slot * width);
      this.ids[slot] = ids[old] ?? 0;
      this.state[slot] = USED;
    }
  }
}

function checkId(id: number): DigestMapError | null {
  if (Number.isInteger(id) && id >= 0 && id <= MAX_ID) return null;
  return { code: 'invalid_id', message: `an id is an integer in 0..${MAX_ID}, got ${id}` };
}

/**
 * An empty digest map for one algorithm.
 *
 * @example
 * const md5 = createDigestMap('md5');
 * md5.add('d41d8cd98f00b204e9800998ecf8427e', 12);
 * md5.get('D41D8CD98F00B204E9800998ECF8427E'); // ok([12])
 */
export function createDigestMap(algorithm: DigestAlgorithm): DigestMap {
  return new OpenDigestMap(algorithm);
}
