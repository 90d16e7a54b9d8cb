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

/** `table[v]` is the float32 product `weight * v`, for every 8-bit sample `v`. */
function productTable(weight: number): Float32Array {
  const table = new Float32Array(256);
  for (let v = 0; v < 256; v++) table[v] = weight * v;
  return table;
}

// A float32 product of two float32 values is the same whether computed per
// pixel or looked up, and a lookup spares two thirds of the work per pixel.
const LUMA_R_TIMES = productTable(LUMA_R);
const LUMA_G_TIMES = productTable(LUMA_G);
const LUMA_B_TIMES = productTable(LUMA_B);

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
  const luma = new Float32Array(image.width * image.height);
  floatLumaInto(image, luma);
  return luma;
}

/** `floatLuma` written into the first `width * height` elements of `luma`. */
export function floatLumaInto(image: PdqImage, luma: Float32Array): void {
  const data = image.data;
  switch (image.kind) {
    case 'luma':
      luma.set(data);
      return;
    case 'rgb':
      for (let i = 0, p = 0; p < data.length; i++, p += 3) {
        const rg = Math.fround(
          (LUMA_R_TIMES[data[p] ?? 0] ?? 0) + (LUMA_G_TIMES[data[p + 1] ?? 0] ?? 0),
        );
        luma[i] = rg + (LUMA_B_TIMES[data[p + 2] ?? 0] ?? 0);
      }
      return;
  }
}
