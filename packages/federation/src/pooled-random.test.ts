import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pooledRandomBytes } from './pooled-random.ts';

describe('pooledRandomBytes', () => {
  it('hands out each byte once, in copies the caller owns, across refills', () => {
    const seen = new Set<string>();
    // 200,000 draws of 16 bytes: the 64 KiB pool is refilled about fifty times.
    for (let i = 0; i < 200_000; i++) {
      const b = pooledRandomBytes(16);
      assert.equal(b.length, 16);
      seen.add(b.toString('hex'));
    }
    assert.equal(seen.size, 200_000, 'no 16-byte draw repeats');
    const a = pooledRandomBytes(8);
    const copy = Buffer.from(a);
    pooledRandomBytes(8);
    a.fill(0);
    assert.notDeepEqual(
      pooledRandomBytes(8),
      Buffer.alloc(8),
      'zeroing a draw does not reach the pool',
    );
    assert.notDeepEqual(copy, Buffer.alloc(8));
  });

  it('gives large requests their own bytes, and refuses a bad count', () => {
    const big = pooledRandomBytes(100_000);
    assert.equal(big.length, 100_000);
    assert.ok(big.some((b) => b !== 0));
    assert.equal(pooledRandomBytes(0).length, 0);
    assert.throws(() => pooledRandomBytes(-1), RangeError);
    assert.throws(() => pooledRandomBytes(1.5), RangeError);
  });

  it('looks uniform: every byte value turns up about as often as the others', () => {
    const counts = new Array<number>(256).fill(0);
    const draws = 256 * 400;
    for (const byte of pooledRandomBytes(draws)) counts[byte] = (counts[byte] ?? 0) + 1;
    for (let i = 0; i < 100; i++)
      for (const byte of pooledRandomBytes(1024)) counts[byte] = (counts[byte] ?? 0) + 1;
    const expected = (draws + 100 * 1024) / 256;
    // Far outside chance: each count within 30% of the mean (sd is about 5%).
    for (const c of counts) assert.ok(Math.abs(c - expected) < expected * 0.3, String(c));
  });
});
