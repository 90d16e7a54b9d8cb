import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isUuidv7, uuidv7 } from './uuidv7.ts';

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
