/** Bytes of randomness a UUIDv7 takes: 12 bits of rand_a and 62 of rand_b, in 10 bytes. */
const RANDOM_BYTES = 10;
/** The largest Unix millisecond timestamp that fits the 48-bit unix_ts_ms field. */
const MAX_TIMESTAMP_MS = 2 ** 48 - 1;
/** Lower-case only: one spelling per id, so that a replay check on the text cannot be dodged. */
const UUIDV7_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/**
 * A UUID version 7 (RFC 9562 §5.7): 48 bits of Unix time in milliseconds, the version
 * nibble 7, 12 random bits, the variant bits 10 and 62 random bits, written in lower case.
 * Ids made in later milliseconds sort after earlier ones as text; within one millisecond
 * their order is random (there is no counter: this function keeps no state).
 *
 * Time and randomness are passed in so that core stays pure; `random(n)` must return `n`
 * cryptographically random bytes (on Node, `crypto.randomBytes`). Throws a RangeError for a
 * time outside 1970..10889 or a short random buffer: both are bugs in the caller.
 *
 * @example
 * uuidv7(new Date(), (n) => crypto.getRandomValues(new Uint8Array(n)))
 * // '019a3f1c-5b2e-7c3d-9e4f-0a1b2c3d4e5f'
 */
export function uuidv7(now: Date, random: (n: number) => Uint8Array): string {
  const ms = now.getTime();
  if (!Number.isInteger(ms) || ms < 0 || ms > MAX_TIMESTAMP_MS) {
    throw new RangeError(`uuidv7: time ${String(ms)} does not fit 48 bits of milliseconds`);
  }
  const rand = random(RANDOM_BYTES);
  if (rand.length < RANDOM_BYTES) {
    throw new RangeError(`uuidv7: needs ${RANDOM_BYTES} random bytes, got ${rand.length}`);
  }
  const bytes = new Uint8Array(16);
  // unix_ts_ms, big-endian. 2**48 exceeds 32-bit arithmetic, so split by division.
  const high = Math.floor(ms / 2 ** 32);
  const low = ms % 2 ** 32;
  bytes[0] = (high >>> 8) & 0xff;
  bytes[1] = high & 0xff;
  bytes[2] = (low >>> 24) & 0xff;
  bytes[3] = (low >>> 16) & 0xff;
  bytes[4] = (low >>> 8) & 0xff;
  bytes[5] = low & 0xff;
  bytes[6] = 0x70 | (byteAt(rand, 0) & 0x0f); // ver = 7, then rand_a
  bytes[7] = byteAt(rand, 1);
  bytes[8] = 0x80 | (byteAt(rand, 2) & 0x3f); // var = 0b10, then rand_b
  for (let i = 3; i < RANDOM_BYTES; i++) bytes[6 + i] = byteAt(rand, i);
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * True for a UUID version 7 with the RFC 9562 variant, in the lower-case form `uuidv7`
 * writes. Upper case is refused so that each id has exactly one text.
 *
 * @example
 * isUuidv7('017f22e2-79b0-7cc3-98c4-dc0c0c07398f') // true
 * isUuidv7('017F22E2-79B0-7CC3-98C4-DC0C0C07398F') // false
 */
export function isUuidv7(s: string): boolean {
  return UUIDV7_PATTERN.test(s);
}

function byteAt(bytes: Uint8Array, i: number): number {
  return bytes[i] ?? 0;
}
