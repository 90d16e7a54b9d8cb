import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import { isUuidv7, monotonicUuidv7, uuidv7 } from './uuidv7.ts';

/** A random source that returns the given bytes, then repeats the last one. */
const fixed =
  (...bytes: number[]) =>
  (n: number) =>
    Uint8Array.from({ length: n }, (_, i) => bytes[Math.min(i, bytes.length - 1)] ?? 0);

describe('uuidv7', () => {
  it('reproduces the RFC 9562 Appendix A.6 test vector', () => {
    // unix_ts_ms 0x017F22E279B0, rand_a 0xCC3, rand_b 0x18C4DC0C0C07398F.
    const now = new Date(0x017f22e279b0);
    const random = fixed(0x0c, 0xc3, 0x18, 0xc4, 0xdc, 0x0c, 0x0c, 0x07, 0x39, 0x8f);
    assert.equal(uuidv7(now, random), '017f22e2-79b0-7cc3-98c4-dc0c0c07398f');
  });

  it('sets the version and variant bits whatever the random bytes are', () => {
    assert.equal(uuidv7(new Date(0), fixed(0xff)), '00000000-0000-7fff-bfff-ffffffffffff');
    assert.equal(uuidv7(new Date(0), fixed(0x00)), '00000000-0000-7000-8000-000000000000');
  });

  it('writes the largest 48-bit timestamp', () => {
    const id = uuidv7(new Date(2 ** 48 - 1), fixed(0));
    assert.equal(id, 'ffffffff-ffff-7000-8000-000000000000');
  });

  it('sorts ids from later milliseconds after earlier ones, whatever the randomness', () => {
    const base = Date.parse('2026-03-01T12:00:00.000Z');
    const ids = [0, 1, 2, 1000, 86_400_000].map((offset, i) =>
      uuidv7(new Date(base + offset), fixed(i % 2 === 0 ? 0xff : 0x00)),
    );
    assert.deepEqual([...ids].sort(), ids);
  });

  it('refuses times outside the 48-bit field and short random buffers', () => {
    assert.throws(() => uuidv7(new Date(-1), fixed(0)), RangeError);
    assert.throws(() => uuidv7(new Date(2 ** 48), fixed(0)), RangeError);
    assert.throws(() => uuidv7(new Date(Number.NaN), fixed(0)), RangeError);
    assert.throws(() => uuidv7(new Date(0), () => new Uint8Array(9)), RangeError);
  });
});

describe('monotonicUuidv7', () => {
  it('gives strictly increasing ids within one millisecond, each a valid UUIDv7 of that time', () => {
    const next = monotonicUuidv7((n) => randomBytes(n));
    const now = new Date('2026-03-01T12:00:00.000Z');
    const ids = Array.from({ length: 10_000 }, () => next(now));
    assert.deepEqual([...ids].sort(), ids);
    assert.equal(new Set(ids).size, ids.length);
    const prefix = uuidv7(now, fixed(0)).slice(0, 13);
    for (const id of ids) {
      assert.ok(isUuidv7(id), id);
      assert.equal(id.slice(0, 13), prefix, 'the timestamp is the time given');
    }
  });

  it('steps past the last id by 1 plus the top 32 random bits, so the next is not guessable', () => {
    const now = new Date(0x017f22e279b0);
    const zero = monotonicUuidv7(fixed(0x00));
    assert.equal(zero(now), '017f22e2-79b0-7000-8000-000000000000');
    assert.equal(zero(now), '017f22e2-79b0-7000-8000-000000000001');
    // Random bytes 0c c3 18 c4 ...: the 74 bits are c, c3, 011000 (the variant takes two), c4 ...;
    // their top 32 are 1100 11000011 011000 11000100110111 = 0xcc363137.
    const source = [fixed(0), fixed(0x0c, 0xc3, 0x18, 0xc4, 0xdc, 0x0c, 0x0c, 0x07, 0x39, 0x8f)];
    const stepped = monotonicUuidv7((n) => (source.shift() ?? fixed(0))(n));
    assert.equal(stepped(now), '017f22e2-79b0-7000-8000-000000000000');
    const step = 1 + 0xcc363137;
    assert.equal(stepped(now), `017f22e2-79b0-7000-8000-${step.toString(16).padStart(12, '0')}`);
  });

  it('keeps increasing when the clock steps back, and takes a fresh random id when it moves on', () => {
    const next = monotonicUuidv7((n) => randomBytes(n));
    const t = Date.parse('2026-03-01T12:00:00.000Z');
    const late = next(new Date(t + 1000));
    const early = next(new Date(t));
    assert.ok(early > late, 'an earlier clock still gives a later id');
    assert.equal(early.slice(0, 13), late.slice(0, 13), 'on the last time used');
    const later = next(new Date(t + 2000));
    assert.equal(later.slice(0, 13), uuidv7(new Date(t + 2000), fixed(0)).slice(0, 13));
  });

  it('borrows the next millisecond when the random bits run out', () => {
    const next = monotonicUuidv7(fixed(0xff));
    const now = new Date(0);
    assert.equal(next(now), '00000000-0000-7fff-bfff-ffffffffffff');
    const after = next(now);
    assert.equal(after, '00000000-0001-7fff-bfff-ffffffffffff');
    assert.ok(isUuidv7(after));
  });
});

describe('isUuidv7', () => {
  it('accepts what uuidv7 writes', () => {
    assert.equal(isUuidv7(uuidv7(new Date(), fixed(0x5a, 0xa5))), true);
  });

  it('refuses other versions, other variants, upper case and other shapes', () => {
    assert.equal(isUuidv7('017f22e2-79b0-4cc3-98c4-dc0c0c07398f'), false); // version 4
    assert.equal(isUuidv7('017f22e2-79b0-7cc3-c8c4-dc0c0c07398f'), false); // variant 110
    assert.equal(isUuidv7('017F22E2-79B0-7CC3-98C4-DC0C0C07398F'), false);
    assert.equal(isUuidv7('017f22e279b07cc398c4dc0c0c07398f'), false);
    assert.equal(isUuidv7(' 017f22e2-79b0-7cc3-98c4-dc0c0c07398f'), false);
    assert.equal(isUuidv7(''), false);
  });
});
