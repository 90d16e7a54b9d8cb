// Downsampling as in the reference (downscaling.cpp): a Jarosz "tent" filter made
// of two passes of box filters along rows then columns, followed by decimation
// that samples pixel centres. Every sum and quotient is rounded to float32 in
// the reference's order; the running sums must not be done in float64.
//
// The reference runs one running sum at a time (a row, or a column `stride`
// apart). Here several sums advance side by side: eight rows at once, or every
// column of a row of sums at once. Each sum still sees exactly the reference's
// sequence of float32 additions, subtractions and divisions, so the results are
// bit-identical; the CPU can overlap the independent chains instead of waiting
// on one, and columns are read in memory order instead of 4 bytes out of every
// row. Storing into a Float32Array rounds exactly as `Math.fround` does.

/** The side of the square PDQ downsamples to before its DCT. */
export const DOWNSAMPLED_DIMENSION = 64;

/**
 * Box-filter window for reducing `oldDimension` samples to `newDimension`:
 * half of one output cell, rounded up, because two passes are applied.
 */
export function jaroszWindowSize(oldDimension: number, newDimension: number): number {
  return Math.trunc((oldDimension + 2 * newDimension - 1) / (2 * newDimension));
}

/**
 * How many steps of each phase a 1-D box filter over `length` samples takes:
 * filling the window before the first output, growing it, sliding it at full
 * size, and shrinking it at the end. The window is centred (left-biased for
 * even sizes) and each output divides by the number of samples actually summed.
 */
interface BoxPhases {
  readonly leadIn: number;
  readonly growing: number;
  readonly full: number;
  readonly shrinking: number;
}

function boxPhases(length: number, windowSize: number): BoxPhases {
  const halfWindow = Math.trunc((windowSize + 2) / 2);
  return {
    leadIn: halfWindow - 1,
    growing: windowSize - halfWindow + 1,
    full: length - windowSize,
    shrinking: halfWindow - 1,
  };
}

/** Rows filtered side by side: enough independent sums to hide the add latency, few enough to stay in cache. */
const ROW_BLOCK = 8;

/** Box filter along every row of a `numRows` x `numCols` plane, `input` into `output`. */
export function boxAlongRows(
  input: Float32Array,
  output: Float32Array,
  numRows: number,
  numCols: number,
  windowSize: number,
): void {
  const { leadIn, growing, full, shrinking } = boxPhases(numCols, windowSize);
  const sums = new Float32Array(ROW_BLOCK);
  for (let firstRow = 0; firstRow < numRows; firstRow += ROW_BLOCK) {
    const rows = Math.min(ROW_BLOCK, numRows - firstRow);
    const end = (firstRow + rows) * numCols;
    sums.fill(0);
    let right = firstRow * numCols;
    let left = right;
    let out = right;
    let count = 0;
    for (let i = 0; i < leadIn; i++, right++) {
      for (let k = 0, r = right; r < end; k++, r += numCols) sums[k] = (sums[k] ?? 0) + (input[r] ?? 0);
      count++;
    }
    for (let i = 0; i < growing; i++, right++, out++) {
      count++;
      for (let k = 0, r = right, o = out; r < end; k++, r += numCols, o += numCols) {
        const sum = Math.fround((sums[k] ?? 0) + (input[r] ?? 0));
        sums[k] = sum;
        output[o] = sum / count;
      }
    }
    for (let i = 0; i < full; i++, right++, left++, out++) {
      for (let k = 0, r = right, l = left, o = out; r < end; k++, r += numCols, l += numCols, o += numCols) {
        const sum = Math.fround(Math.fround((sums[k] ?? 0) + (input[r] ?? 0)) - (input[l] ?? 0));
        sums[k] = sum;
        output[o] = sum / count;
      }
    }
    for (let i = 0; i < shrinking; i++, left++, out++) {
      count--;
      for (let k = 0, l = left, o = out; l < end; k++, l += numCols, o += numCols) {
        const sum = Math.fround((sums[k] ?? 0) - (input[l] ?? 0));
        sums[k] = sum;
        output[o] = sum / count;
      }
    }
  }
}

/** Box filter down every column of a `numRows` x `numCols` plane, `input` into `output`. */
export function boxAlongColumns(
  input: Float32Array,
  output: Float32Array,
  numRows: number,
  numCols: number,
  windowSize: number,
): void {
  const { leadIn, growing, full, shrinking } = boxPhases(numRows, windowSize);
  const sums = new Float32Array(numCols);
  let right = 0;
  let left = 0;
  let out = 0;
  let count = 0;
  for (let i = 0; i < leadIn; i++, right += numCols) {
    for (let j = 0; j < numCols; j++) sums[j] = (sums[j] ?? 0) + (input[right + j] ?? 0);
    count++;
  }
  for (let i = 0; i < growing; i++, right += numCols, out += numCols) {
    count++;
    for (let j = 0; j < numCols; j++) {
      const sum = Math.fround((sums[j] ?? 0) + (input[right + j] ?? 0));
      sums[j] = sum;
      output[out + j] = sum / count;
    }
  }
  for (let i = 0; i < full; i++, right += numCols, left += numCols, out += numCols) {
    for (let j = 0; j < numCols; j++) {
      const sum = Math.fround(
        Math.fround((sums[j] ?? 0) + (input[right + j] ?? 0)) - (input[left + j] ?? 0),
      );
      sums[j] = sum;
      output[out + j] = sum / count;
    }
  }
  for (let i = 0; i < shrinking; i++, left += numCols, out += numCols) {
    count--;
    for (let j = 0; j < numCols; j++) {
      const sum = Math.fround((sums[j] ?? 0) - (input[left + j] ?? 0));
      sums[j] = sum;
      output[out + j] = sum / count;
    }
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

/**
 * `jaroszFilter` then `decimate` to 64x64, bit for bit, computing only what the
 * decimation keeps. In the last pass every row is still filtered in full (each
 * running sum needs all the samples before it), but only the 64 sampled columns
 * are then filtered down and only the 64 sampled rows of those are kept.
 * `luma` (row-major) is overwritten; `scratch` must be at least as long.
 */
export function jaroszDownsample(
  luma: Float32Array,
  scratch: Float32Array,
  numRows: number,
  numCols: number,
  passes: number,
): Float32Array {
  if (passes < 1) throw new RangeError('the tent filter needs at least one pass');
  const side = DOWNSAMPLED_DIMENSION;
  const windowAlongRows = jaroszWindowSize(numCols, side);
  const windowAlongCols = jaroszWindowSize(numRows, side);
  for (let pass = 0; pass < passes - 1; pass++) {
    boxAlongRows(luma, scratch, numRows, numCols, windowAlongRows);
    boxAlongColumns(scratch, luma, numRows, numCols, windowAlongCols);
  }
  boxAlongRows(luma, scratch, numRows, numCols, windowAlongRows);
  // The sampled columns of every row, side by side: a numRows x 64 plane.
  const srcCols = sampledIndices(numCols, side);
  const columns = new Float32Array(numRows * side);
  for (let r = 0, from = 0, to = 0; r < numRows; r++, from += numCols, to += side) {
    for (let j = 0; j < side; j++) columns[to + j] = scratch[from + (srcCols[j] ?? 0)] ?? 0;
  }
  const filtered = new Float32Array(numRows * side);
  boxAlongColumns(columns, filtered, numRows, side, windowAlongCols);
  const output = new Float32Array(side * side);
  const srcRows = sampledIndices(numRows, side);
  for (let i = 0; i < side; i++) {
    const from = (srcRows[i] ?? 0) * side;
    output.set(filtered.subarray(from, from + side), i * side);
  }
  return output;
}
