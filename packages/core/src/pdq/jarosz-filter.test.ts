import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decimate, jaroszDownsample, jaroszFilter, jaroszWindowSize } from './jarosz-filter.ts';
import type { LumaRows } from './pixel-image.ts';

// The reference's loops (downscaling.cpp), transcribed one running sum at a
// time with a stride, as the oracle for the filter that runs eight at once and
// skips what decimation drops.

function box1DReference(
  input: Float32Array,
  output: Float32Array,
  start: number,
  length: number,
  stride: number,
  windowSize: number,
): void {
  const halfWindow = Math.trunc((windowSize + 2) / 2);
  let [left, right, out, sum, count] = [start, start, start, 0, 0];
  for (let i = 0; i < halfWindow - 1; i++, right += stride, count++) {
    sum = Math.fround(sum + (input[right] ?? 0));
  }
  for (let i = 0; i < windowSize - halfWindow + 1; i++, right += stride, out += stride) {
    sum = Math.fround(sum + (input[right] ?? 0));
    output[out] = sum / ++count;
  }
  for (let i = 0; i < length - windowSize; i++, left += stride, right += stride, out += stride) {
    sum = Math.fround(sum + (input[right] ?? 0));
    sum = Math.fround(sum - (input[left] ?? 0));
    output[out] = sum / count;
  }
  for (let i = 0; i < halfWindow - 1; i++, left += stride, out += stride) {
    sum = Math.fround(sum - (input[left] ?? 0));
    output[out] = sum / --count;
  }
}

function jaroszReference(
  plane: Float32Array,
  rows: number,
  cols: number,
  windowAlongRows: number,
  windowAlongCols: number,
  passes: number,
): Float32Array {
  const a = plane.slice();
  const b = new Float32Array(a.length);
  for (let pass = 0; pass < passes; pass++) {
    for (let i = 0; i < rows; i++) box1DReference(a, b, i * cols, cols, 1, windowAlongRows);
    for (let j = 0; j < cols; j++) box1DReference(b, a, j, rows, cols, windowAlongCols);
  }
  return a;
}

/** Seeded values with fractions, like luma: sums round at every step. */
function plane(rows: number, cols: number, seed: number): Float32Array {
  let state = seed;
  return Float32Array.from({ length: rows * cols }, () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return Math.fround((state / 2147483648) * 255);
  });
}

/** The rows of a plane, as `jaroszDownsample` asks for them. */
function rowsOf(input: Float32Array, cols: number): LumaRows {
  return (first, count, band) => band.set(input.subarray(first * cols, (first + count) * cols));
}

function sameBits(actual: Float32Array, expected: Float32Array, what: string): void {
  assert.equal(actual.length, expected.length, what);
  const a = new Uint32Array(actual.buffer, actual.byteOffset, actual.length);
  const e = new Uint32Array(expected.buffer, expected.byteOffset, expected.length);
  const first = a.findIndex((v, i) => v !== e[i]);
  assert.equal(first, -1, `${what}: first difference at ${first}`);
}

// Odd sizes, sizes below and around the 8-wide blocks, below 64 (decimation
// then repeats samples), and the 512 the reference CLI resizes to.
const SIZES: ReadonlyArray<readonly [number, number]> = [
  [5, 5],
  [1, 9],
  [9, 1],
  [7, 13],
  [17, 8],
  [63, 64],
  [64, 64],
  [65, 130],
  [100, 75],
  [333, 257],
  [512, 512],
];

describe('jaroszFilter', () => {
  it('equals the reference loops bit for bit, whatever the sizes and windows', () => {
    for (const [rows, cols] of SIZES) {
      for (const [wr, wc] of [
        [1, 1],
        [Math.min(cols, 2), Math.min(rows, 3)],
        [Math.min(cols, 4), Math.min(rows, 5)],
        [cols, rows],
      ] as const) {
        const input = plane(rows, cols, rows * 1000 + cols);
        const actual = input.slice();
        jaroszFilter(actual, new Float32Array(input.length), rows, cols, wr, wc, 2);
        sameBits(
          actual,
          jaroszReference(input, rows, cols, wr, wc, 2),
          `${rows}x${cols} w${wr},${wc}`,
        );
      }
    }
  });

  it('refuses a window longer than the line, which the reference would overrun', () => {
    const input = plane(9, 1, 1);
    assert.throws(() => jaroszFilter(input, new Float32Array(9), 9, 1, 2, 1, 1), RangeError);
  });
});

describe('jaroszDownsample', () => {
  it('equals the full filter then decimation to 64x64, bit for bit', () => {
    for (const [rows, cols] of SIZES) {
      const input = plane(rows, cols, rows * 7 + cols);
      const expected = decimate(
        jaroszReference(
          input,
          rows,
          cols,
          jaroszWindowSize(cols, 64),
          jaroszWindowSize(rows, 64),
          2,
        ),
        rows,
        cols,
        64,
        64,
      );
      const planes = [new Float32Array(input.length), new Float32Array(input.length)] as const;
      const actual = jaroszDownsample(rowsOf(input, cols), ...planes, rows, cols, 2);
      sameBits(actual, expected, `${rows}x${cols}`);
    }
  });
  it('works in planes longer than the image, as kept between hashes', () => {
    const input = plane(100, 75, 1);
    const roomy = [new Float32Array(200 * 200), new Float32Array(200 * 200)] as const;
    roomy[0].fill(Number.NaN);
    roomy[1].fill(Number.NaN);
    const tight = [new Float32Array(input.length), new Float32Array(input.length)] as const;
    sameBits(
      jaroszDownsample(rowsOf(input, 75), ...roomy, 100, 75, 2),
      jaroszDownsample(rowsOf(input, 75), ...tight, 100, 75, 2),
      'roomy',
    );
  });
});
