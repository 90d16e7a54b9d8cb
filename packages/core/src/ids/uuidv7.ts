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
  return encode(timestampOf(now), randomBits(random));
}

/**
 * A source of UUIDv7s that never goes backwards: each id sorts after the one
 * before it, even within one millisecond or when the clock steps back. This is
 * RFC 9562 §6.2's "monotonic random" method: an id that would not sort after
 * the last one is the last one plus a random step of 1 to 2^32, so later ids
 * stay unguessable from earlier ones.
 *
 * Rows written in change order then land at the end of an index on their ids
 * (and on their copies' remote ids at peers) rather than all over it.
 *
 * @example
 * const next = monotonicUuidv7((n) => crypto.randomBytes(n));
 * next(now) < next(now) // true
 */
export function monotonicUuidv7(random: (n: number) => Uint8Array): (now: Date) => string {
  let lastMs = -1;
  let lastBits = 0n;
  return (now) => {
    const ms = timestampOf(now);
    const bits = randomBits(random);
    if (ms > lastMs) {
      lastMs = ms;
      lastBits = bits;
    } else {
      lastBits += 1n + (bits >> (RANDOM_BITS - 32n));
      if (lastBits >= 1n << RANDOM_BITS) {
        // 2^74 ids in one millisecond: borrow the next one.
        lastMs = timestampOf(new Date(lastMs + 1));
        lastBits = bits;
      }
    }
    return encode(lastMs, lastBits);
  };
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

/** Bits of randomness in a UUIDv7: 12 of rand_a, then 62 of rand_b. */
const RANDOM_BITS = 74n;

function timestampOf(now: Date): number {
  const ms = now.getTime();
  if (!Number.isInteger(ms) || ms < 0 || ms > MAX_TIMESTAMP_MS) {
    throw new RangeError(`uuidv7: time ${String(ms)} does not fit 48 bits of milliseconds`);
  }
  return ms;
}

/** 74 random bits: the low 4 bits of the first byte, then the next, then the low 6 of the third, then seven bytes. */
function randomBits(random: (n: number) => Uint8Array): bigint {
  const rand = random(RANDOM_BYTES);
  if (rand.length < RANDOM_BYTES) {
    throw new RangeError(`uuidv7: needs ${RANDOM_BYTES} random bytes, got ${rand.length}`);
  }
  let bits = BigInt(byteAt(rand, 0) & 0x0f);
  bits = (bits << 8n) | BigInt(byteAt(rand, 1));
  bits = (bits << 6n) | BigInt(byteAt(rand, 2) & 0x3f);
  for (let i = 3; i < RANDOM_BYTES; i++) bits = (bits << 8n) | BigInt(byteAt(rand, i));
  return bits;
}

/** unix_ts_ms, version 7, rand_a; variant 0b10, rand_b; written in lower case. */
function encode(ms: number, bits: bigint): string {
  const high = (BigInt(ms) << 16n) | 0x7000n | (bits >> 62n);
  const low = (0b10n << 62n) | (bits & ((1n << 62n) - 1n));
  const hex = high.toString(16).padStart(16, '0') + low.toString(16).padStart(16, '0');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function byteAt(bytes: Uint8Array, i: number): number {
  return bytes[i] ?? 0;
}
