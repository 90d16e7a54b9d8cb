/**
 * Median of float32 values by Torben Mogensen's bisection method, as the PDQ
 * reference computes it (it returns an element, or the float32 midpoint guess
 * when values tie around the middle). The input is not modified.
 */
export function torbenMedian(values: Float32Array): number {
  const n = values.length;
  if (n === 0) throw new RangeError('median of no values');
  let min = values[0] ?? 0;
  let max = min;
  for (let i = 1; i < n; i++) {
    const v = values[i] ?? 0;
    if (v < min) min = v;
    if (v > max) max = v;
  }

  const half = Math.trunc((n + 1) / 2);
  for (;;) {
    const guess = Math.fround(Math.fround(min + max) / 2);
    let less = 0;
    let greater = 0;
    let equal = 0;
    let maxLessThanGuess = min;
    let minGreaterThanGuess = max;
    for (let i = 0; i < n; i++) {
      const v = values[i] ?? 0;
      if (v < guess) {
        less++;
        if (v > maxLessThanGuess) maxLessThanGuess = v;
      } else if (v > guess) {
        greater++;
        if (v < minGreaterThanGuess) minGreaterThanGuess = v;
      } else {
        equal++;
      }
    }
    if (less <= half && greater <= half) {
      if (less >= half) return maxLessThanGuess;
      if (less + equal >= half) return guess;
      return minGreaterThanGuess;
    }
    if (less > greater) max = maxLessThanGuess;
    else min = minGreaterThanGuess;
  }
}
