// The 256-bit hash as the index stores it: eight 32-bit words, big-endian
// (word 0 holds the first eight hex digits). Parsing, distance and input checks
// shared by every implementation of the index.
import type { CodedError } from '../result.ts';

/** Hex digits in a 256-bit hash (PDQ's format). */
export const HASH256_HEX_LENGTH = 64;
/** 32-bit words per stored hash. */
export const HASH256_WORDS = 8;
/** Largest meaningful search radius: every hash is within 256 bits of every other. */
export const MAX_RADIUS = 256;
/** Ids are unsigned 32-bit integers so that they fit one `Uint32Array` slot each. */
export const MAX_ID = 0xffff_ffff;

/** Stable codes of the index's expected failures. */
export type Hash256IndexErrorCode =
  'invalid_hash_length' | 'invalid_hash_chars' | 'invalid_id' | 'invalid_radius';

/** An expected failure of an index operation: bad hash text, id or radius. */
export type Hash256IndexError = CodedError<Hash256IndexErrorCode>;

/** Value of one hex digit, or -1. */
function hexValue(code: number): number {
  if (code >= 48 && code <= 57) return code - 48; // 0-9
  if (code >= 97 && code <= 102) return code - 87; // a-f
  if (code >= 65 && code <= 70) return code - 55; // A-F
  return -1;
}

/**
 * Parses 64 hex digits (either case) into `out[offset..offset+8)`. Returns the
 * error, or null when the words were written.
 */
export function parseHash256Into(
  hex: string,
  out: Uint32Array,
  offset: number,
): Hash256IndexError | null {
  if (hex.length !== HASH256_HEX_LENGTH) {
    return {
      code: 'invalid_hash_length',
      message: `a 256-bit hash has ${HASH256_HEX_LENGTH} hex digits, got ${hex.length}`,
    };
  }
  for (let w = 0; w < HASH256_WORDS; w++) {
    let word = 0;
    for (let i = w * 8; i < w * 8 + 8; i++) {
      const v = hexValue(hex.charCodeAt(i));
      if (v < 0) {
        return {
          code: 'invalid_hash_chars',
          message: `a 256-bit hash is hex only; character ${i} is not a hex digit`,
        };
      }
      word = (word << 4) | v;
    }
    out[offset + w] = word;
  }
  return null;
}

/** Lowercase hex of the hash stored at `words[offset..offset+8)`. */
export function formatHash256(words: Uint32Array, offset: number): string {
  let hex = '';
  for (let w = 0; w < HASH256_WORDS; w++) {
    hex += (words[offset + w] ?? 0).toString(16).padStart(8, '0');
  }
  return hex;
}

/** Set bits in a 32-bit integer (SWAR; a negative int32 counts its sign bit). */
export function popcount32(x: number): number {
  x = x - ((x >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/**
 * Hamming distance between the hashes at `a[ai..]` and `b[bi..]`, or any value
 * above `limit` as soon as the first half already exceeds it.
 */
export function distance256(
  a: Uint32Array,
  ai: number,
  b: Uint32Array,
  bi: number,
  limit: number,
): number {
  const d =
    popcount32((a[ai] ?? 0) ^ (b[bi] ?? 0)) +
    popcount32((a[ai + 1] ?? 0) ^ (b[bi + 1] ?? 0)) +
    popcount32((a[ai + 2] ?? 0) ^ (b[bi + 2] ?? 0)) +
    popcount32((a[ai + 3] ?? 0) ^ (b[bi + 3] ?? 0));
  if (d > limit) return d;
  return (
    d +
    popcount32((a[ai + 4] ?? 0) ^ (b[bi + 4] ?? 0)) +
    popcount32((a[ai + 5] ?? 0) ^ (b[bi + 5] ?? 0)) +
    popcount32((a[ai + 6] ?? 0) ^ (b[bi + 6] ?? 0)) +
    popcount32((a[ai + 7] ?? 0) ^ (b[bi + 7] ?? 0))
  );
}

/** Null when `id` is a valid index id (an integer in 0..2^32-1). */
export function checkId(id: number): Hash256IndexError | null {
  if (Number.isInteger(id) && id >= 0 && id <= MAX_ID) return null;
  return { code: 'invalid_id', message: `an id is an integer in 0..${MAX_ID}, got ${id}` };
}

/** Null when `radius` is a valid search radius (an integer in 0..256). */
export function checkRadius(radius: number): Hash256IndexError | null {
  if (Number.isInteger(radius) && radius >= 0 && radius <= MAX_RADIUS) return null;
  return {
    code: 'invalid_radius',
    message: `a radius is an integer in 0..${MAX_RADIUS}, got ${radius}`,
  };
}

/** Parses one or several query hashes into a packed array, or returns the first error. */
export function parseQueries(query: string | readonly string[]): Hash256IndexError | Uint32Array {
  const list = typeof query === 'string' ? [query] : query;
  const words = new Uint32Array(list.length * HASH256_WORDS);
  for (let i = 0; i < list.length; i++) {
    const e = parseHash256Into(list[i] ?? '', words, i * HASH256_WORDS);
    if (e) return e;
  }
  return words;
}
