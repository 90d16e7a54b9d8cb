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

// The three float32 products per pixel are looked up instead of computed:
// same values, about a fifth less time per pixel.
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
 * A size to stretch an image to by nearest neighbour before hashing, as Meta's
 * pdq-photo-hasher stretches images over 512 px to 512x512 (CImg `resize(w, h)`
 * with interpolation 1): destination pixel (x, y) is source pixel
 * (floor(x * width / w), floor(y * height / h)). Aspect is not kept.
 */
export interface PdqStretch {
  readonly width: number;
  readonly height: number;
}

/** Throws unless `stretch` is a size of at least 1x1 (a caller bug otherwise). */
export function assertStretch(stretch: PdqStretch): void {
  const { width, height } = stretch;
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) {
    throw new RangeError(`a stretch needs positive integer dimensions, got ${width}x${height}`);
  }
}

/** The float32 luma of the RGB pixel at byte `p`: products looked up, sums rounded left to right. */
function rgbLuma(data: Uint8Array, p: number): number {
  const rg = Math.fround((LUMA_R_TIMES[data[p] ?? 0] ?? 0) + (LUMA_G_TIMES[data[p + 1] ?? 0] ?? 0));
  return Math.fround(rg + (LUMA_B_TIMES[data[p + 2] ?? 0] ?? 0));
}

/**
 * Writes the float32 luma of rows `first` .. `first + count - 1` into `band`,
 * row after row from index 0.
 */
export type LumaRows = (first: number, count: number, band: Float32Array) => void;

/**
 * The rows of the float32 luma plane of an image, computed exactly as the
 * reference does: `0.299f*R + 0.587f*G + 0.114f*B` with each product and each
 * sum rounded to float32, left to right; grey samples are taken as they are.
 * With `stretch`, the rows of the stretched image, read straight from the
 * source pixels without making a stretched copy.
 */
export function lumaRowsOf(image: PdqImage, stretch?: PdqStretch): LumaRows {
  // Offsets below are kept in Int32Arrays.
  if (image.data.length > 0x7fffffff) throw new RangeError('images over 2 GiB are not supported');
  const channels = channelsOf(image);
  const height = stretch?.height ?? image.height;
  // Byte offset of the source row each row reads, and with a stretch, of the
  // source pixel (within its row) each column reads.
  const srcRows = new Int32Array(height);
  for (let y = 0; y < height; y++) {
    srcRows[y] = (stretch ? Math.floor((y * image.height) / height) : y) * image.width * channels;
  }
  let srcCols: Int32Array | undefined;
  if (stretch) {
    srcCols = new Int32Array(stretch.width);
    for (let x = 0; x < stretch.width; x++) {
      srcCols[x] = Math.floor((x * image.width) / stretch.width) * channels;
    }
  }
  return (first, count, band) => lumaRows(image, srcRows, srcCols, first, count, band);
}

// The loops live outside the closure above so that the JIT keeps their
// arguments in registers instead of reloading captured variables. Without
// `srcCols`, source rows are read straight through.
function lumaRows(
  image: PdqImage,
  srcRows: Int32Array,
  srcCols: Int32Array | undefined,
  first: number,
  count: number,
  band: Float32Array,
): void {
  const data = image.data;
  const width = srcCols?.length ?? image.width;
  for (let y = first, i = 0; y < first + count; y++, i += width) {
    const srcRow = srcRows[y] ?? 0;
    if (y > first && srcRow === srcRows[y - 1]) {
      // A stretch taller than the image repeats source rows: copy, don't recompute.
      band.copyWithin(i, i - width, i);
    } else if (image.kind === 'luma') {
      if (srcCols === undefined) band.set(data.subarray(srcRow, srcRow + width), i);
      else for (let x = 0; x < width; x++) band[i + x] = data[srcRow + (srcCols[x] ?? 0)] ?? 0;
    } else if (srcCols === undefined) {
      for (let x = 0, p = srcRow; x < width; x++, p += 3) band[i + x] = rgbLuma(data, p);
    } else {
      for (let x = 0; x < width; x++) band[i + x] = rgbLuma(data, srcRow + (srcCols[x] ?? 0));
    }
  }
}

/** The float32 luma plane of an image, row-major (see `lumaRowsOf`). */
export function floatLuma(image: PdqImage): Float32Array {
  const luma = new Float32Array(image.width * image.height);
  lumaRowsOf(image)(0, image.height, luma);
  return luma;
}
