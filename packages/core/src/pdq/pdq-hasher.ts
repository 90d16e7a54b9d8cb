// PDQ over pixel buffers, following Meta's reference (ThreatExchange
// pdq/cpp/hashing/pdqhashing.cpp) step by step, with float32 arithmetic in the
// reference's order so that hashes are bit-identical:
//   luma -> Jarosz tent filter (2 passes) -> 64x64 decimation -> quality
//   -> 16x16 DCT -> bit k set when coefficient k > Torben median.

import { dct64To16, dihedralDct, type DihedralTransform } from './dct.ts';
import { decimate, jaroszFilter, jaroszWindowSize } from './jarosz-filter.ts';
import { PDQ_HASH_BITS, pdqHashFromBits, type PdqHash } from './pdq-hash.ts';
import { assertWellFormed, floatLuma, type PdqImage } from './pixel-image.ts';
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
  let gradientSum = 0;
  const at = (i: number, j: number): number => buffer64x64[i * 64 + j] ?? 0;
  for (let i = 0; i < 63; i++) {
    for (let j = 0; j < 64; j++) {
      const d = Math.fround(Math.fround(Math.fround(at(i, j) - at(i + 1, j)) * 100) / 255);
      gradientSum += Math.abs(Math.trunc(d));
    }
  }
  for (let i = 0; i < 64; i++) {
    for (let j = 0; j < 63; j++) {
      const d = Math.fround(Math.fround(Math.fround(at(i, j) - at(i, j + 1)) * 100) / 255);
      gradientSum += Math.abs(Math.trunc(d));
    }
  }
  return Math.min(100, Math.trunc(gradientSum / 90));
}

/** Blur and decimate a luma plane to 64x64 (consumes `luma`). */
function downsampleTo64(luma: Float32Array, numRows: number, numCols: number): Float32Array {
  const scratch = new Float32Array(luma.length);
  jaroszFilter(
    luma,
    scratch,
    numRows,
    numCols,
    jaroszWindowSize(numCols, 64),
    jaroszWindowSize(numRows, 64),
    NUM_JAROSZ_PASSES,
  );
  return decimate(luma, numRows, numCols, 64, 64);
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

function isTooSmall(image: PdqImage): boolean {
  return image.height < PDQ_MIN_DIMENSION || image.width < PDQ_MIN_DIMENSION;
}

/**
 * The PDQ hash and quality of an 8-bit image, bit-identical to the reference's
 * `pdqHash256FromFloatLuma`. Quirks kept on purpose: below 5 px on a side the
 * hash is all zeros with quality 0; an image of exactly 64x64 skips the tent
 * filter (the reference assumes the caller already downsampled it).
 *
 * Throws a RangeError when `data` does not fit the dimensions (a caller bug).
 *
 * @example
 * const { hash, quality } = pdqHash({ kind: 'rgb', width, height, data });
 */
export function pdqHash(image: PdqImage): PdqResult {
  assertWellFormed(image);
  if (isTooSmall(image)) return { hash: ZERO_HASH, quality: 0 };
  const luma = floatLuma(image);
  const buffer64 =
    image.width === 64 && image.height === 64
      ? luma
      : downsampleTo64(luma, image.height, image.width);
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
export function pdqDihedralHashes(image: PdqImage): PdqDihedralResult {
  assertWellFormed(image);
  if (isTooSmall(image)) return { quality: 0, hashes: perTransform(() => ZERO_HASH) };
  const buffer64 = downsampleTo64(floatLuma(image), image.height, image.width);
  const dct = dct64To16(buffer64);
  return {
    quality: pdqQuality(buffer64),
    hashes: perTransform((t) => hashFromDct(t === 'original' ? dct : dihedralDct(dct, t))),
  };
}
