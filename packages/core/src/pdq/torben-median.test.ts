import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { torbenMedian } from './torben-median.ts';

function lowerMedian(values: Float32Array): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? Number.NaN;
}

describe('torbenMedian', () => {
  it('returns the middle element of an odd count', () => {
    assert.equal(torbenMedian(new Float32Array([5, 1, 4, 2, 3])), 3);
  });
  it('returns the lower middle element of an even count of distinct values', () => {
    assert.equal(torbenMedian(new Float32Array([4, 1, 3, 2])), 2);
    let seed = 7;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648) * 200 - 100;
    for (let round = 0; round < 50; round++) {
      const values = new Float32Array(256).map(next);
      assert.equal(torbenMedian(values), lowerMedian(values));
    }
  });
  it('returns the shared value when all values are equal', () => {
    assert.equal(torbenMedian(new Float32Array(256).fill(1.5)), 1.5);
  });
  it('leaves its input untouched', () => {
    const values = new Float32Array([3, 1, 2]);
    torbenMedian(values);
    assert.deepEqual([...values], [3, 1, 2]);
  });
});
