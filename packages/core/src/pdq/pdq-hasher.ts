// PDQ over pixel buffers, following Meta's reference (ThreatExchange
// pdq/cpp/hashing/pdqhashing.cpp) step by step, with float32 arithmetic in the
// reference's order so that hashes are bit-identical:
//   luma -> Jarosz tent filter (2 passes) -> 64x64 decimation -> quality
//   -> 16x16 DCT -> bit k set when coefficient k > Torben median.

import { dct64To16, dihedralDct, type DihedralTransform } from './dct.ts';
import { jaroszDownsample } from './jarosz-filter.ts';
import { PDQ_HASH_BITS, pdqHashFromBits, type PdqHash } from './pdq-hash.ts';
import {
  assertStretch,
  assertWellFormed,
  lumaRowsOf,
  type PdqImage,
  type PdqStretch,
} from './pixel-image.ts';
import { torbenMedian } from './torben-median.ts';

/** Images smaller than this on either side hash to all zeros with quality 0. */
export const PDQ_MIN_DIMENSION = 5;

const NUM_JAROSZ_PASSES = 2;
const ZERO_HASH = pdqHashFromBits(new Uint8Array(PDQ_HASH_BITS));

/** A PDQ hash with its quality (0..100; below `PDQ_QUALITY_FLOOR` it is unreliable). */
export interface PdqResult {
  readonly hash: PdqHash;
  readonly quality: number;
}

/** How `pdqHash` and `pdqDihedralHashes` read the image. */
export interface PdqHashOptions {
  /**
   * Hash the image as stretched to this size by nearest neighbour, the way
   * Meta's pdq-photo-hasher stretches images over 512 px to 512x512 (see
   * `PdqStretch`). Same bits as hashing a stretched copy, without the copy.
   */
  readonly stretchTo?: PdqStretch;
}

/** The hashes of all eight dihedral transforms of an image, from a single DCT. */
export interface PdqDihedralResult {
  readonly quality: number;
  readonly hashes: Readonly<Record<DihedralTransform, PdqHash>>;
}

/**
 * Quality: the sum of quantised gradients of the 64x64 downsample, scaled to
 * 0..100. `d = ((u - v) * 100) / 255` is float32 then truncated, as in C.
 */
export function pdqQuality(buffer64x64: Float32Array): number {
  const b = buffer64x64;
  let gradientSum = 0;
  for (let i = 0; i < 63 * 64; i++) {
    const d = Math.fround(Math.fround(Math.fround((b[i] ?? 0) - (b[i + 64] ?? 0)) * 100) / 255);
    gradientSum += Math.abs(Math.trunc(d));
  }
  for (let i = 0; i < 64 * 64; i += 64) {
    for (let j = i; j < i + 63; j++) {
      const d = Math.fround(Math.fround(Math.fround((b[j] ?? 0) - (b[j + 1] ?? 0)) * 100) / 255);
      gradientSum += Math.abs(Math.trunc(d));
    }
  }
  return Math.min(100, Math.trunc(gradientSum / 90));
}

// The two float planes the filter works in are kept for the next image of the
// same size or smaller: allocating and zeroing them for every hash cost about
// 15% of a 512x512 hash, mostly in garbage collection. Larger planes (e.g. of
// full-resolution photos) are not kept, so that one huge image does not pin its
// memory. Hashing is synchronous, so no two calls ever share them.
const KEPT_PLANE_PIXELS = 1 << 21;
interface Planes {
  readonly plane: Float32Array;
  readonly scratch: Float32Array;
}
let keptPlanes: Planes | undefined;

function planesFor(pixels: number): Planes {
  if (keptPlanes && keptPlanes.plane.length >= pixels) return keptPlanes;
  const planes = { plane: new Float32Array(pixels), scratch: new Float32Array(pixels) };
  if (pixels <= KEPT_PLANE_PIXELS) keptPlanes = planes;
  return planes;
}

/** The size PDQ sees: the stretch target when there is one. */
function hashedSize(image: PdqImage, options: PdqHashOptions): PdqStretch {
  if (options.stretchTo === undefined) return image;
  assertStretch(options.stretchTo);
  return options.stretchTo;
}

/**
 * Luma, then (except for pdqHash at exactly 64x64) tent filter and decimation:
 * the 64x64 plane the DCT and quality read. Valid until the next hash.
 */
function downsampleTo64(
  image: PdqImage,
  options: PdqHashOptions,
  { width, height }: PdqStretch,
  filterAt64: boolean,
): Float32Array {
  const rows = lumaRowsOf(image, options.stretchTo);
  const { plane, scratch } = planesFor(width * height);
  if (width === 64 && height === 64 && !filterAt64) {
    rows(0, 64, plane);
    return plane.subarray(0, 64 * 64);
  }
  return jaroszDownsample(rows, plane, scratch, height, width, NUM_JAROSZ_PASSES);
}

function hashFromDct(dct: Float32Array): PdqHash {
  const median = torbenMedian(dct);
  const bits = new Uint8Array(PDQ_HASH_BITS);
  for (let k = 0; k < PDQ_HASH_BITS; k++) bits[k] = (dct[k] ?? 0) > median ? 1 : 0;
  return pdqHashFromBits(bits);
}

function perTransform(hashOf: (t: DihedralTransform) => PdqHash): PdqDihedralResult['hashes'] {
  return {
    original: hashOf('original'),
    rotate90: hashOf('rotate90'),
    rotate180: hashOf('rotate180'),
    rotate270: hashOf('rotate270'),
    flipx: hashOf('flipx'),
    flipy: hashOf('flipy'),
    flipplus1: hashOf('flipplus1'),
    flipminus1: hashOf('flipminus1'),
  };
}

function isTooSmall({ width, height }: PdqStretch): boolean {
  return height < PDQ_MIN_DIMENSION || width < PDQ_MIN_DIMENSION;
}

/**
 * The PDQ hash and quality of an 8-bit image, bit-identical to the reference's
 * `pdqHash256FromFloatLuma`. Quirks kept on purpose: below 5 px on a side the
 * hash is all zeros with quality 0; an image of exactly 64x64 skips the tent
 * filter (the reference assumes the caller already downsampled it).
 *
 * With `stretchTo`, all of this applies to the stretched size.
 *
 * Throws a RangeError when `data` does not fit the dimensions, or `stretchTo`
 * is not a positive size (caller bugs).
 *
 * @example
 * const { hash, quality } = pdqHash({ kind: 'rgb', width, height, data });
 * const asCli = pdqHash(image, { stretchTo: { width: 512, height: 512 } });
 */
export function pdqHash(image: PdqImage, options: PdqHashOptions = {}): PdqResult {
  assertWellFormed(image);
  const size = hashedSize(image, options);
  if (isTooSmall(size)) return { hash: ZERO_HASH, quality: 0 };
  const buffer64 = downsampleTo64(image, options, size, false);
  return { hash: hashFromDct(dct64To16(buffer64)), quality: pdqQuality(buffer64) };
}

/**
 * The hashes of the image and of its seven rotations and mirror images, all
 * from one DCT, bit-identical to the reference's
 * `pdqDihedralHash256esFromFloatLuma`. Unlike `pdqHash`, that reference path
 * always runs the tent filter, even at exactly 64x64, so there its `original`
 * hash can differ from `pdqHash` by float rounding; elsewhere they are equal.
 *
 * @example
 * const { hashes } = pdqDihedralHashes(image);
 * hashes.rotate90 // the hash the image would have if it were turned 90°
 */
export function pdqDihedralHashes(
  image: PdqImage,
  options: PdqHashOptions = {},
): PdqDihedralResult {
  assertWellFormed(image);
  const size = hashedSize(image, options);
  if (isTooSmall(size)) return { quality: 0, hashes: perTransform(() => ZERO_HASH) };
  const buffer64 = downsampleTo64(image, options, size, true);
  const dct = dct64To16(buffer64);
  return {
    quality: pdqQuality(buffer64),
    hashes: perTransform((t) => hashFromDct(t === 'original' ? dct : dihedralDct(dct, t))),
  };
}
