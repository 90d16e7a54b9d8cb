// The 2-D DCT of PDQ: of the 64x64 DCT only coefficients 1..16 along each axis
// are needed, so B = D A Dᵀ with D the 16x64 DCT-II matrix (rows 1..16).
// Accumulation is float32, k ascending, exactly like the reference loops.

/** D[i * 64 + j] = float32(sqrt(2/64)) * cos(pi/2/64 * (i+1) * (2j+1)), rounded to float32. */
const DCT_MATRIX: Float32Array = (() => {
  const matrix = new Float32Array(16 * 64);
  // The reference stores the scale factor in a float before multiplying in double.
  const scale = Math.fround(Math.sqrt(2 / 64));
  for (let i = 0; i < 16; i++) {
    for (let j = 0; j < 64; j++) {
      matrix[i * 64 + j] = scale * Math.cos((Math.PI / 2 / 64) * (i + 1) * (2 * j + 1));
    }
  }
  return matrix;
})();

/** 16x16 DCT coefficients (row-major) of a 64x64 row-major float32 image. */
export function dct64To16(a: Float32Array): Float32Array {
  const d = DCT_MATRIX;
  // T = D A. Each T[i][j] still sums k ascending, but k is the middle loop so
  // the inner loop runs along rows of A and T (64 independent sums, in memory
  // order); the Float32Array stores round each partial sum to float32.
  const t = new Float32Array(16 * 64);
  for (let i = 0; i < 16; i++) {
    const row = i * 64;
    for (let k = 0; k < 64; k++) {
      const dik = d[row + k] ?? 0;
      const from = k * 64;
      for (let j = 0; j < 64; j++) {
        t[row + j] = (t[row + j] ?? 0) + Math.fround(dik * (a[from + j] ?? 0));
      }
    }
  }
  // B = T Dᵀ: both operands are read along rows already.
  const b = new Float32Array(16 * 16);
  for (let i = 0; i < 16; i++) {
    for (let j = 0; j < 16; j++) {
      let sum = 0;
      for (let k = 0; k < 64; k++) {
        sum = Math.fround(sum + Math.fround((t[i * 64 + k] ?? 0) * (d[j * 64 + k] ?? 0)));
      }
      b[i * 16 + j] = sum;
    }
  }
  return b;
}

/** The eight dihedral transforms, in the reference's output order. */
export const DIHEDRAL_TRANSFORMS = [
  'original',
  'rotate90',
  'rotate180',
  'rotate270',
  'flipx',
  'flipy',
  'flipplus1',
  'flipminus1',
] as const;
export type DihedralTransform = (typeof DIHEDRAL_TRANSFORMS)[number];

// Each transform of the image is a sign pattern on the DCT coefficients
// (odd-index cosines are antisymmetric), with a transpose for the four
// transforms that swap the axes. `negate(i, j)` is asked of source index (i, j).
interface CoefficientMap {
  readonly transpose: boolean;
  readonly negate: (i: number, j: number) => boolean;
}

const COEFFICIENT_MAPS: Readonly<Record<DihedralTransform, CoefficientMap>> = {
  original: { transpose: false, negate: () => false },
  rotate90: { transpose: true, negate: (_i, j) => (j & 1) === 0 },
  rotate180: { transpose: false, negate: (i, j) => ((i + j) & 1) === 1 },
  rotate270: { transpose: true, negate: (i) => (i & 1) === 0 },
  flipx: { transpose: false, negate: (i) => (i & 1) === 0 },
  flipy: { transpose: false, negate: (_i, j) => (j & 1) === 0 },
  flipplus1: { transpose: true, negate: () => false },
  flipminus1: { transpose: true, negate: (i, j) => ((i + j) & 1) === 1 },
};

/** The 16x16 DCT of the transformed image, derived from the original's DCT. */
export function dihedralDct(dct: Float32Array, transform: DihedralTransform): Float32Array {
  const { transpose, negate } = COEFFICIENT_MAPS[transform];
  const out = new Float32Array(256);
  for (let i = 0; i < 16; i++) {
    for (let j = 0; j < 16; j++) {
      const value = dct[i * 16 + j] ?? 0;
      out[transpose ? j * 16 + i : i * 16 + j] = negate(i, j) ? -value : value;
    }
  }
  return out;
}
