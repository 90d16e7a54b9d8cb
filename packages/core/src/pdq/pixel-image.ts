/**
 * An 8-bit image for PDQ, in row-major order without padding.
 *
 * - `rgb`: interleaved R, G, B; `data.length === width * height * 3`.
 * - `luma`: one grey sample per pixel; `data.length === width * height`. The
 *   reference hashes single-channel images on this path (the sample is the luma),
 *   which is not always bit-identical to passing the same grey as R = G = B.
 */
export type PdqImage =
  | {
      readonly kind: 'rgb';
      readonly width: number;
      readonly height: number;
      readonly data: Uint8Array;
    }
  | {
      readonly kind: 'luma';
      readonly width: number;
      readonly height: number;
      readonly data: Uint8Array;
    };

// The reference declares these as `float` constants, so the weights are the
// float32 values nearest to 0.299, 0.587 and 0.114.
const LUMA_R = Math.fround(0.299);
const LUMA_G = Math.fround(0.587);
const LUMA_B = Math.fround(0.114);

function channelsOf(image: PdqImage): number {
  switch (image.kind) {
    case 'rgb':
      return 3;
    case 'luma':
      return 1;
  }
}

/** Throws on a malformed image: a decoder handing over a wrong buffer is a bug. */
export function assertWellFormed(image: PdqImage): void {
  const { width, height, data } = image;
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 0 || height < 0) {
    throw new RangeError(`image dimensions must be non-negative integers, got ${width}x${height}`);
  }
  const expected = width * height * channelsOf(image);
  if (data.length !== expected) {
    throw new RangeError(
      `a ${width}x${height} ${image.kind} image needs ${expected} bytes, got ${data.length}`,
    );
  }
}

/**
 * The float32 luma plane of an image, row-major, computed exactly as the
 * reference does: `0.299f*R + 0.587f*G + 0.114f*B` with each product and each
 * sum rounded to float32, left to right; grey samples are taken as they are.
 */
export function floatLuma(image: PdqImage): Float32Array {
  const n = image.width * image.height;
  const luma = new Float32Array(n);
  const data = image.data;
  switch (image.kind) {
    case 'luma':
      for (let i = 0; i < n; i++) luma[i] = data[i] ?? 0;
      return luma;
    case 'rgb':
      for (let i = 0, p = 0; i < n; i++, p += 3) {
        const r = Math.fround(LUMA_R * (data[p] ?? 0));
        const g = Math.fround(LUMA_G * (data[p + 1] ?? 0));
        const b = Math.fround(LUMA_B * (data[p + 2] ?? 0));
        luma[i] = Math.fround(Math.fround(r + g) + b);
      }
      return luma;
  }
}
