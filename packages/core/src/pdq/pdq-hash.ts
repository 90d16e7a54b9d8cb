import type { Brand } from '../brand.ts';
import { err, ok, type CodedError, type Result } from '../result.ts';

/**
 * A 256-bit PDQ hash as 64 lowercase hex digits, in the reference's text order:
 * read as one big-endian 256-bit number, bit `k` of that number is bit `k` of the
 * hash (bit `i * 16 + j` is DCT coefficient row `i`, column `j`).
 */
export type PdqHash = Brand<string, 'PdqHash'>;

/** Two hashes at Hamming distance at most this are a match (Meta's recommended threshold). */
export const PDQ_MATCH_THRESHOLD = 31;

/** Hashes with quality below this carry too little signal to be trusted for matching. */
export const PDQ_QUALITY_FLOOR = 50;

/** Number of bits in a PDQ hash. */
export const PDQ_HASH_BITS = 256;

/** Why a string is not a PDQ hash. */
export type PdqHashParseError = CodedError<'invalid_pdq_hash'>;

const HEX_64 = /^[0-9a-f]{64}$/;

/**
 * True when `value` is already in canonical form (64 lowercase hex digits).
 *
 * @example
 * if (isPdqHash(row.hash)) index.add(row.hash);
 */
export function isPdqHash(value: string): value is PdqHash {
  return HEX_64.test(value);
}

/**
 * Parses user input into a PDQ hash: surrounding whitespace is ignored and upper
 * case is folded to lower case; anything else that is not 64 hex digits fails.
 *
 * @example
 * const r = parsePdqHash(line);
 * if (r.ok) index.add(r.value);
 */
export function parsePdqHash(input: string): Result<PdqHash, PdqHashParseError> {
  const value = input.trim().toLowerCase();
  if (isPdqHash(value)) return ok(value);
  return err(
    'invalid_pdq_hash',
    `a PDQ hash is 64 hexadecimal digits; got ${value.length} characters`,
  );
}

/**
 * Builds the hash text from 256 bits, where `bits[k]` is bit `k` (the reference's
 * `setBit(k)` order). Internal to the hasher.
 */
export function pdqHashFromBits(bits: Uint8Array): PdqHash {
  if (bits.length !== PDQ_HASH_BITS) throw new RangeError('a PDQ hash has 256 bits');
  let hex = '';
  // Hex digit d (0 = leftmost) holds bits 4*(63-d) .. 4*(63-d)+3.
  for (let digit = 63; digit >= 0; digit--) {
    const base = digit * 4;
    const nibble =
      (bits[base] ?? 0) |
      ((bits[base + 1] ?? 0) << 1) |
      ((bits[base + 2] ?? 0) << 2) |
      ((bits[base + 3] ?? 0) << 3);
    hex += nibble.toString(16);
  }
  // The only place a PdqHash is minted without parsing: 64 nibbles just written.
  return hex as PdqHash;
}

function popcount32(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** The hash as eight 32-bit words (most significant first), for repeated comparisons. */
export function pdqHashWords(hash: PdqHash): Uint32Array {
  const words = new Uint32Array(8);
  for (let i = 0; i < 8; i++) words[i] = Number.parseInt(hash.slice(i * 8, i * 8 + 8), 16);
  return words;
}

/** Hamming distance between two hashes already split by `pdqHashWords`. */
export function pdqWordsDistance(a: Uint32Array, b: Uint32Array): number {
  let distance = 0;
  for (let i = 0; i < 8; i++) distance += popcount32(((a[i] ?? 0) ^ (b[i] ?? 0)) >>> 0);
  return distance;
}

/**
 * Number of differing bits between two PDQ hashes (0..256).
 *
 * @example
 * if (pdqHammingDistance(a, b) <= PDQ_MATCH_THRESHOLD) report(a, b);
 */
export function pdqHammingDistance(a: PdqHash, b: PdqHash): number {
  let distance = 0;
  for (let i = 0; i < 64; i += 8) {
    const x = Number.parseInt(a.slice(i, i + 8), 16);
    const y = Number.parseInt(b.slice(i, i + 8), 16);
    distance += popcount32((x ^ y) >>> 0);
  }
  return distance;
}
