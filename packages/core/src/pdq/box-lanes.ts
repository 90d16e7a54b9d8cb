// The 1-D box filter of the reference's downscaling.cpp (`box1DFloat`), run on
// eight rows or columns at once. The reference advances one running float sum
// at a time; each add must wait for the one before it. Eight sums in locals,
// which the JIT keeps in registers, let the CPU overlap eight independent
// chains. Each sum still sees exactly the reference's sequence of float32
// additions and subtractions (`Math.fround` after every step), and each output
// is the float32 the reference's division gives (below), so the results are
// bit-identical. The lanes are written out one by one on purpose: a loop over
// an array of sums would keep them in memory and lose most of the gain.
//
// Each output is the float32 nearest to sum / count (the Float32Array store
// rounds). It is computed as sum * (1 / count) in double, which is cheaper than
// a division and rounds to the same float32: the exact quotient of a float32 by
// an integer c is never a float32 rounding midpoint, and is at least 2^-25 / c
// (relative) away from one, while the double product is within 2^-52 of it.
// For windows up to 2^26 samples (PDQ's are at most 129; longer ones are
// refused) both therefore land on the same side of every midpoint. (This holds
// for normal floats; sums of 8-bit luma never come near the subnormal range.
// For counts 1..129 it was also checked exhaustively over every float32 of a
// binade.)

/** Longest window accepted; see above for why multiplying stays exact up to it. */
const MAX_WINDOW = 1 << 26;

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
  // A longer window would make the reference read and write past the line;
  // PDQ's windows never are (see jaroszWindowSize).
  if (!(windowSize >= 1 && windowSize <= length && windowSize <= MAX_WINDOW)) {
    throw new RangeError(`a box window of ${windowSize} does not fit ${length} samples`);
  }
  const halfWindow = Math.trunc((windowSize + 2) / 2);
  return {
    leadIn: halfWindow - 1,
    growing: windowSize - halfWindow + 1,
    full: length - windowSize,
    shrinking: halfWindow - 1,
  };
}

/** Sums run side by side by `boxLanes`. */
export const LANES = 8;

/**
 * The 1-D box filter on eight lanes at once: lane `k` is the `length` samples
 * at `lanes[k] + i * step`, filtered into the same positions of `output`
 * shifted by `outputShift` (when the input is a band of a larger plane). With
 * `keep`, position `i` is written only where `keep[i]` is 1 (the running sums
 * still take every sample). Lanes may repeat: a repeated lane is computed twice
 * and written twice with the same values.
 */
export function boxLanes(
  input: Float32Array,
  output: Float32Array,
  lanes: Int32Array,
  step: number,
  length: number,
  windowSize: number,
  keep: Uint8Array | undefined,
  outputShift: number,
): void {
  const { leadIn, growing, full, shrinking } = boxPhases(length, windowSize);
  const l0 = lanes[0] ?? 0;
  const l1 = lanes[1] ?? 0;
  const l2 = lanes[2] ?? 0;
  const l3 = lanes[3] ?? 0;
  const l4 = lanes[4] ?? 0;
  const l5 = lanes[5] ?? 0;
  const l6 = lanes[6] ?? 0;
  const l7 = lanes[7] ?? 0;
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let s4 = 0;
  let s5 = 0;
  let s6 = 0;
  let s7 = 0;
  let count = 0;
  let perSample = 0; // 1 / count: see the file comment for why multiplying is exact
  let right = 0; // offset of the sample entering the window
  let left = 0; // offset of the sample leaving it
  let position = 0; // index of the next output sample
  for (let i = 0; i < leadIn; i++, right += step) {
    s0 = Math.fround(s0 + (input[l0 + right] ?? 0));
    s1 = Math.fround(s1 + (input[l1 + right] ?? 0));
    s2 = Math.fround(s2 + (input[l2 + right] ?? 0));
    s3 = Math.fround(s3 + (input[l3 + right] ?? 0));
    s4 = Math.fround(s4 + (input[l4 + right] ?? 0));
    s5 = Math.fround(s5 + (input[l5 + right] ?? 0));
    s6 = Math.fround(s6 + (input[l6 + right] ?? 0));
    s7 = Math.fround(s7 + (input[l7 + right] ?? 0));
    count++;
  }
  for (let i = 0; i < growing; i++, right += step, position++) {
    s0 = Math.fround(s0 + (input[l0 + right] ?? 0));
    s1 = Math.fround(s1 + (input[l1 + right] ?? 0));
    s2 = Math.fround(s2 + (input[l2 + right] ?? 0));
    s3 = Math.fround(s3 + (input[l3 + right] ?? 0));
    s4 = Math.fround(s4 + (input[l4 + right] ?? 0));
    s5 = Math.fround(s5 + (input[l5 + right] ?? 0));
    s6 = Math.fround(s6 + (input[l6 + right] ?? 0));
    s7 = Math.fround(s7 + (input[l7 + right] ?? 0));
    count++;
    perSample = 1 / count;
    if (keep === undefined || keep[position] === 1) {
      const at = position * step + outputShift;
      output[l0 + at] = s0 * perSample;
      output[l1 + at] = s1 * perSample;
      output[l2 + at] = s2 * perSample;
      output[l3 + at] = s3 * perSample;
      output[l4 + at] = s4 * perSample;
      output[l5 + at] = s5 * perSample;
      output[l6 + at] = s6 * perSample;
      output[l7 + at] = s7 * perSample;
    }
  }
  for (let i = 0; i < full; i++, right += step, left += step, position++) {
    s0 = Math.fround(Math.fround(s0 + (input[l0 + right] ?? 0)) - (input[l0 + left] ?? 0));
    s1 = Math.fround(Math.fround(s1 + (input[l1 + right] ?? 0)) - (input[l1 + left] ?? 0));
    s2 = Math.fround(Math.fround(s2 + (input[l2 + right] ?? 0)) - (input[l2 + left] ?? 0));
    s3 = Math.fround(Math.fround(s3 + (input[l3 + right] ?? 0)) - (input[l3 + left] ?? 0));
    s4 = Math.fround(Math.fround(s4 + (input[l4 + right] ?? 0)) - (input[l4 + left] ?? 0));
    s5 = Math.fround(Math.fround(s5 + (input[l5 + right] ?? 0)) - (input[l5 + left] ?? 0));
    s6 = Math.fround(Math.fround(s6 + (input[l6 + right] ?? 0)) - (input[l6 + left] ?? 0));
    s7 = Math.fround(Math.fround(s7 + (input[l7 + right] ?? 0)) - (input[l7 + left] ?? 0));
    if (keep === undefined || keep[position] === 1) {
      const at = position * step + outputShift;
      output[l0 + at] = s0 * perSample;
      output[l1 + at] = s1 * perSample;
      output[l2 + at] = s2 * perSample;
      output[l3 + at] = s3 * perSample;
      output[l4 + at] = s4 * perSample;
      output[l5 + at] = s5 * perSample;
      output[l6 + at] = s6 * perSample;
      output[l7 + at] = s7 * perSample;
    }
  }
  for (let i = 0; i < shrinking; i++, left += step, position++) {
    s0 = Math.fround(s0 - (input[l0 + left] ?? 0));
    s1 = Math.fround(s1 - (input[l1 + left] ?? 0));
    s2 = Math.fround(s2 - (input[l2 + left] ?? 0));
    s3 = Math.fround(s3 - (input[l3 + left] ?? 0));
    s4 = Math.fround(s4 - (input[l4 + left] ?? 0));
    s5 = Math.fround(s5 - (input[l5 + left] ?? 0));
    s6 = Math.fround(s6 - (input[l6 + left] ?? 0));
    s7 = Math.fround(s7 - (input[l7 + left] ?? 0));
    count--;
    perSample = 1 / count;
    if (keep === undefined || keep[position] === 1) {
      const at = position * step + outputShift;
      output[l0 + at] = s0 * perSample;
      output[l1 + at] = s1 * perSample;
      output[l2 + at] = s2 * perSample;
      output[l3 + at] = s3 * perSample;
      output[l4 + at] = s4 * perSample;
      output[l5 + at] = s5 * perSample;
      output[l6 + at] = s6 * perSample;
      output[l7 + at] = s7 * perSample;
    }
  }
}
