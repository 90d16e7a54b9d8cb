// Downsampling as in the reference (downscaling.cpp): a Jarosz "tent" filter made
// of two passes of box filters along rows then columns, followed by decimation
// that samples pixel centres. Every sum and quotient is rounded to float32 in
// the reference's order; the running sums must not be done in float64.

/**
 * Box-filter window for reducing `oldDimension` samples to `newDimension`:
 * half of one output cell, rounded up, because two passes are applied.
 */
export function jaroszWindowSize(oldDimension: number, newDimension: number): number {
  return Math.trunc((oldDimension + 2 * newDimension - 1) / (2 * newDimension));
}

/**
 * One 1-D box filter over `length` samples `stride` apart. The window is centred
 * (left-biased for even sizes) and shrinks at both ends, dividing by the number
 * of samples actually summed.
 */
function box1D(
  input: Float32Array,
  output: Float32Array,
  start: number,
  length: number,
  stride: number,
  windowSize: number,
): void {
  const halfWindow = Math.trunc((windowSize + 2) / 2);
  const leadIn = halfWindow - 1;
  const growing = windowSize - halfWindow + 1;
  const full = length - windowSize;
  const shrinking = halfWindow - 1;

  let left = start;
  let right = start;
  let out = start;
  let sum = 0;
  let count = 0;

  for (let i = 0; i < leadIn; i++) {
    sum = Math.fround(sum + (input[right] ?? 0));
    count++;
    right += stride;
  }
  for (let i = 0; i < growing; i++) {
    sum = Math.fround(sum + (input[right] ?? 0));
    count++;
    output[out] = sum / count;
    right += stride;
    out += stride;
  }
  for (let i = 0; i < full; i++) {
    sum = Math.fround(sum + (input[right] ?? 0));
    sum = Math.fround(sum - (input[left] ?? 0));
    output[out] = sum / count;
    left += stride;
    right += stride;
    out += stride;
  }
  for (let i = 0; i < shrinking; i++) {
    sum = Math.fround(sum - (input[left] ?? 0));
    count--;
    output[out] = sum / count;
    left += stride;
    out += stride;
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
    for (let i = 0; i < numRows; i++) {
      box1D(buffer1, buffer2, i * numCols, numCols, 1, windowAlongRows);
    }
    for (let j = 0; j < numCols; j++) {
      box1D(buffer2, buffer1, j, numRows, numCols, windowAlongCols);
    }
  }
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
  for (let i = 0; i < outRows; i++) {
    const srcRow = Math.trunc(((i + 0.5) * inRows) / outRows);
    for (let j = 0; j < outCols; j++) {
      const srcCol = Math.trunc(((j + 0.5) * inCols) / outCols);
      output[i * outCols + j] = input[srcRow * inCols + srcCol] ?? 0;
    }
  }
  return output;
}
