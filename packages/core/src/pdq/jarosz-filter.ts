// Downsampling as in the reference (downscaling.cpp): a Jarosz "tent" filter made
// of two passes of box filters along rows then columns, followed by decimation
// that samples pixel centres. Every sum and quotient is rounded to float32 in
// the reference's order; the running sums must not be done in float64.
//
// The box filters run on eight rows or columns at once (see box-lanes.ts), and
// `jaroszDownsample` skips the work the final decimation throws away; both
// leave every float32 result as the reference computes it.

import { LANES, boxLanes } from './box-lanes.ts';
import type { LumaRows } from './pixel-image.ts';

/** The side of the square PDQ downsamples to before its DCT. */
const DOWNSAMPLED_DIMENSION = 64;

/**
 * Box-filter window for reducing `oldDimension` samples to `newDimension`:
 * half of one output cell, rounded up, because two passes are applied.
 */
export function jaroszWindowSize(oldDimension: number, newDimension: number): number {
  return Math.trunc((oldDimension + 2 * newDimension - 1) / (2 * newDimension));
}

/**
 * Box filter along every row of a `numRows` x `numCols` plane, `input` into
 * `output`; with `keep`, only the columns `c` where `keep[c]` is 1 are written.
 */
function boxAlongRows(
  input: Float32Array,
  output: Float32Array,
  numRows: number,
  numCols: number,
  windowSize: number,
  keep?: Uint8Array,
): void {
  const lanes = new Int32Array(LANES);
  for (let row = 0; row < numRows; row += LANES) {
    for (let k = 0; k < LANES; k++) lanes[k] = Math.min(row + k, numRows - 1) * numCols;
    boxLanes(input, output, lanes, 1, numCols, windowSize, keep, 0);
  }
}

/**
 * `boxAlongRows` with rows made on demand by `rows`, eight at a time, into a
 * small band: the full input plane is never written, and the band stays in cache.
 */
function boxAlongRowsOf(
  rows: LumaRows,
  output: Float32Array,
  numRows: number,
  numCols: number,
  windowSize: number,
  keep?: Uint8Array,
): void {
  const band = new Float32Array(LANES * numCols);
  const lanes = new Int32Array(LANES);
  for (let row = 0; row < numRows; row += LANES) {
    const count = Math.min(LANES, numRows - row);
    rows(row, count, band);
    for (let k = 0; k < LANES; k++) lanes[k] = Math.min(k, count - 1) * numCols;
    boxLanes(band, output, lanes, 1, numCols, windowSize, keep, row * numCols);
  }
}

/**
 * Box filter down the given columns (all by default) of a `numRows` x `numCols`
 * plane, `input` into `output`; with `keep`, only the rows `r` where `keep[r]`
 * is 1 are written.
 */
function boxAlongColumns(
  input: Float32Array,
  output: Float32Array,
  numRows: number,
  numCols: number,
  windowSize: number,
  columns?: Int32Array,
  keep?: Uint8Array,
): void {
  const count = columns?.length ?? numCols;
  const lanes = new Int32Array(LANES);
  for (let first = 0; first < count; first += LANES) {
    for (let k = 0; k < LANES; k++) {
      const i = Math.min(first + k, count - 1);
      lanes[k] = columns ? (columns[i] ?? 0) : i;
    }
    boxLanes(input, output, lanes, numCols, numRows, windowSize, keep, 0);
  }
}

/**
 * Applies the tent filter in place on `buffer1` (`buffer2` is scratch of the
 * same size): `passes` times, box along rows into buffer2, then along columns
 * back into buffer1.
 */
export function jaroszFilter(
  buffer1: Float32Array,
  buffer2: Float32Array,
  numRows: number,
  numCols: number,
  windowAlongRows: number,
  windowAlongCols: number,
  passes: number,
): void {
  for (let pass = 0; pass < passes; pass++) {
    boxAlongRows(buffer1, buffer2, numRows, numCols, windowAlongRows);
    boxAlongColumns(buffer2, buffer1, numRows, numCols, windowAlongCols);
  }
}

/** Source index sampled for each of `outLength` output centres (nearest, no averaging). */
function sampledIndices(inLength: number, outLength: number): Int32Array {
  const indices = new Int32Array(outLength);
  for (let i = 0; i < outLength; i++) indices[i] = Math.trunc(((i + 0.5) * inLength) / outLength);
  return indices;
}

/** Samples the input at output-pixel centres (no averaging: the filter already did that). */
export function decimate(
  input: Float32Array,
  inRows: number,
  inCols: number,
  outRows: number,
  outCols: number,
): Float32Array {
  const output = new Float32Array(outRows * outCols);
  const srcRows = sampledIndices(inRows, outRows);
  const srcCols = sampledIndices(inCols, outCols);
  for (let i = 0; i < outRows; i++) {
    const srcRow = (srcRows[i] ?? 0) * inCols;
    for (let j = 0; j < outCols; j++) {
      output[i * outCols + j] = input[srcRow + (srcCols[j] ?? 0)] ?? 0;
    }
  }
  return output;
}

/** 1 at each index of `length` that `indices` names. */
function maskOf(indices: Int32Array, length: number): Uint8Array {
  const mask = new Uint8Array(length);
  for (const i of indices) mask[i] = 1;
  return mask;
}

/**
 * `jaroszFilter` then `decimate` to 64x64, bit for bit, of the `numRows` x
 * `numCols` luma that `rows` makes, computing only what the decimation keeps:
 * the last pass along rows still runs every running sum in full but writes only
 * the 64 sampled columns, and only those columns are then filtered down,
 * writing only the 64 sampled rows. `plane` and `scratch` are work space of at
 * least `numRows * numCols` each.
 */
export function jaroszDownsample(
  rows: LumaRows,
  plane: Float32Array,
  scratch: Float32Array,
  numRows: number,
  numCols: number,
  passes: number,
): Float32Array {
  if (passes < 1) throw new RangeError('the tent filter needs at least one pass');
  const side = DOWNSAMPLED_DIMENSION;
  const windowAlongRows = jaroszWindowSize(numCols, side);
  const windowAlongCols = jaroszWindowSize(numRows, side);
  const srcRows = sampledIndices(numRows, side);
  const srcCols = sampledIndices(numCols, side);
  for (let pass = 0; pass < passes; pass++) {
    const last = pass === passes - 1;
    const keepCols = last ? maskOf(srcCols, numCols) : undefined;
    if (pass === 0) boxAlongRowsOf(rows, scratch, numRows, numCols, windowAlongRows, keepCols);
    else boxAlongRows(plane, scratch, numRows, numCols, windowAlongRows, keepCols);
    if (last) {
      const keepRows = maskOf(srcRows, numRows);
      boxAlongColumns(scratch, plane, numRows, numCols, windowAlongCols, srcCols, keepRows);
    } else {
      boxAlongColumns(scratch, plane, numRows, numCols, windowAlongCols);
    }
  }
  const output = new Float32Array(side * side);
  for (let i = 0; i < side; i++) {
    const row = (srcRows[i] ?? 0) * numCols;
    for (let j = 0; j < side; j++) output[i * side + j] = plane[row + (srcCols[j] ?? 0)] ?? 0;
  }
  return output;
}
