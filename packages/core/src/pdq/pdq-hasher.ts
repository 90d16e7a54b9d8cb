// PDQ over pixel buffers, following Meta's reference (ThreatExchange
// pdq/cpp/hashing/pdqhashing.cpp) step by step, with float32 arithmetic in the
// reference's order so that hashes are bit-identical:
//   luma -> Jarosz tent filter (2 passes) -> 64x64 decimation -> quality
//   -> 16x16 DCT -> bit k set when coefficient k > Torben median.

import { dct64To16, dihedralDct, type DihedralTransform } from './dct.ts';
import { jaroszDownsample } from './jarosz-filter.ts';
import { PDQ_HASH_BITS, pdqHashFromBits, type PdqHash } from './pdq-hash.ts';
import { assertWellFormed, floatLuma, floatLumaInto, type PdqImage } from './pixel-image.ts';
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

/** Luma, tent filter and decimation: the 64x64 plane the DCT and quality read. */
function downsampleTo64(image: PdqImage): Float32Array {
  const pixels = image.width * image.height;
  const luma = new Float32Array(pixels);
  floatLumaInto(image, luma);
  return jaroszDownsample(
    luma,
    new Float32Array(pixels),
    image.height,
    image.width,
    NUM_JAROSZ_PASSES,
  );
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
  const buffer64 =
    image.width === 64 && image.height === 64 ? floatLuma(image) : downsampleTo64(image);
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
  const buffer64 = downsampleTo64(image);
  const dct = dct64To16(buffer64);
  return {
    quality: pdqQuality(buffer64),
    hashes: perTransform((t) => hashFromDct(t === 'original' ? dct : dihedralDct(dct, t))),
  };
}
