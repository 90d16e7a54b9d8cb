// Image file -> the 8-bit pixels PDQ hashes, reproducing the reference CLI
// (pdq-photo-hasher: CImg reading ImageMagick's PNM output, then a 512x512
// nearest-neighbour stretch) on top of sharp / libvips:
//
// - EXIF orientation is ignored (stored pixels are hashed), like the reference.
// - ICC profiles are ignored (`ignoreIcc`), like the reference.
// - Alpha is dropped, not composited over a background, like the reference.
// - CMYK becomes RGB by ImageMagick's plain formula R = (1-C)(1-K), not through
//   a CMYK profile as sharp would: this is where we leave sharp's behaviour, to
//   stay with the reference (its vectors' CMYK.jpg then matches bit for bit;
//   with sharp's profile it is 10 bits off). A CMYK JPEG without Adobe marker
//   would be read un-inverted by libvips but inverted by ImageMagick.
// - Grey images, and RGB images whose pixels are all grey, take the luma path,
//   as ImageMagick writes them as single-channel PGM.
// - 16-bit samples are scaled to 8 bits, round(v / 257). The reference keeps
//   only the low byte of each sample (a bug: smooth 16-bit images become
//   noise), so here we knowingly depart from it and say so in `departures`.
// - The first frame of animated or multi-page files is hashed.
//
// failOn is 'error': libvips refuses pixel data with decoder *errors*,
// including truncation, so a cut-short file is an error rather than a hash of
// a half-grey picture. Decoder *warnings* (e.g. stray bytes between JPEG
// markers, common in camera files) are tolerated, because the reference hashes
// such files too and refusing them would lose hashes the rest of the world has.

import { stat } from 'node:fs/promises';
import sharp, { type Metadata, type Sharp } from 'sharp';
import { err, ok, type Result } from '@concord/core';
import type { PdqImage } from '@concord/core';
import {
  classifyDecodeFailure,
  imageError,
  isRasterFormat,
  type ImageDecodeError,
  type RasterFormat,
} from './image-errors.ts';
import {
  eightBitFromSixteen,
  referencePreResize,
  rgbFromCmykNaive,
  toPdqImage,
} from './pixel-conversion.ts';

/**
 * How an image is sized before hashing. `reference_512` (default) reproduces
 * Meta's C++ CLI, which stretches images over 512 px to 512x512;
 * `full_resolution` hashes every pixel, as Meta's Python library and vPDQ do.
 * Only the sizing differs: decoding is the same under both. The two give
 * slightly different hashes for large images (typically 2-10 bits), so a bank
 * records the policy of each hash.
 */
export const PRE_RESIZE_POLICIES = ['reference_512', 'full_resolution'] as const;
export type PreResizePolicy = (typeof PRE_RESIZE_POLICIES)[number];

/** Ways in which a hash knowingly differs from what the reference CLI would give. */
export type ReferenceDeparture = 'sixteen_bit_scaled';

/**
 * Default largest image accepted, in pixels (16383 x 16383, sharp's own default,
 * set explicitly): larger headers are refused before any pixel is decoded, so
 * a small "decompression bomb" cannot exhaust memory.
 */
export const DEFAULT_MAX_INPUT_PIXELS = 16383 * 16383;

export interface DecodeImageOptions {
  readonly policy?: PreResizePolicy;
  /** Refuse images with more pixels than this (default `DEFAULT_MAX_INPUT_PIXELS`). */
  readonly maxInputPixels?: number;
}

/** An image ready for `pdqHash`, with what was learnt while decoding it. */
export interface DecodedImage {
  readonly image: PdqImage;
  readonly format: RasterFormat;
  /** Size of the stored image, before any pre-resize. */
  readonly width: number;
  readonly height: number;
  readonly policy: PreResizePolicy;
  readonly departures: readonly ReferenceDeparture[];
}

interface Pixels {
  readonly data: Uint8Array;
  readonly channels: number;
  readonly departures: readonly ReferenceDeparture[];
}

/** Raw samples of a pipeline, 16-bit ones scaled to 8 bits. */
async function rawOf(pipeline: Sharp, sixteenBit: boolean): Promise<Pixels> {
  if (!sixteenBit) {
    const { data, info } = await pipeline.raw().toBuffer({ resolveWithObject: true });
    return { data, channels: info.channels, departures: [] };
  }
  const { data, info } = await pipeline
    .raw({ depth: 'ushort' })
    .toBuffer({ resolveWithObject: true });
  const samples = new Uint16Array(data.buffer, data.byteOffset, data.length / 2);
  return {
    data: eightBitFromSixteen(samples),
    channels: info.channels,
    departures: ['sixteen_bit_scaled'],
  };
}

/** Decodes to 8-bit grey or RGB samples, choosing the path by the stored colour model. */
async function decodePixels(input: Sharp, meta: Metadata): Promise<Pixels> {
  const sixteenBit = meta.depth === 'ushort';
  if (meta.space === 'cmyk') {
    const cmyk = await rawOf(input.pipelineColourspace('cmyk').toColourspace('cmyk'), sixteenBit);
    const data = rgbFromCmykNaive(cmyk.data, meta.width * meta.height, cmyk.channels);
    return { ...cmyk, data, channels: 3 };
  }
  if (sixteenBit) {
    const grey = meta.channels <= 2;
    return rawOf(input.removeAlpha().toColourspace(grey ? 'grey16' : 'rgb16'), true);
  }
  return rawOf(input.removeAlpha().toColourspace('srgb'), false);
}

function sharpFor(path: string, maxInputPixels: number | false): Sharp {
  return sharp(path, {
    failOn: 'error',
    limitInputPixels: maxInputPixels,
    ignoreIcc: true,
    autoOrient: false,
  });
}

async function statFile(path: string): Promise<Result<number, ImageDecodeError>> {
  try {
    const info = await stat(path);
    if (!info.isFile()) return err('not_a_file', `${path} is not a regular file`);
    if (info.size === 0) return err('empty_file', `${path} is empty (0 bytes)`);
    return ok(info.size);
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : 'unknown';
    if (code === 'ENOENT') return err('file_not_found', `${path} does not exist`);
    return { ok: false, error: imageError('read_failed', `could not stat ${path}: ${code}`) };
  }
}

/**
 * Decodes an image file into the pixel buffer PDQ hashes, following the
 * reference CLI's pipeline (see the file comment). Expected failures are
 * returned with stable codes; nothing is thrown for a bad file.
 *
 * @example
 * const r = await decodeImageForPdq('photo.jpg');
 * if (r.ok) pdqHash(r.value.image);
 */
export async function decodeImageForPdq(
  path: string,
  options: DecodeImageOptions = {},
): Promise<Result<DecodedImage, ImageDecodeError>> {
  const policy = options.policy ?? 'reference_512';
  const maxInputPixels = options.maxInputPixels ?? DEFAULT_MAX_INPUT_PIXELS;
  const size = await statFile(path);
  if (!size.ok) return size;

  let meta: Metadata;
  try {
    // Header only: no pixel is decoded here, so the limit is checked below with
    // the image's size in the message; the decoding pass enforces it again.
    meta = await sharpFor(path, false).metadata();
  } catch (error) {
    return { ok: false, error: await classifyDecodeFailure(path, size.value, error) };
  }
  if (!isRasterFormat(meta.format)) {
    return err('unsupported_format', `${meta.format ?? 'unknown'} images are not supported`);
  }
  if (meta.depth !== 'uchar' && meta.depth !== 'ushort') {
    // e.g. float or 32-bit integer TIFFs: their value range is not knowable from
    // the file alone, so any 8-bit reading would be a guess.
    return err(
      'unsupported_format',
      `${meta.format} images with ${meta.depth} samples are not supported`,
    );
  }
  const { width, height } = meta;
  if (width * height > maxInputPixels) {
    return err(
      'pixel_limit_exceeded',
      `${width}x${height} is ${width * height} pixels, over the limit of ${maxInputPixels}`,
    );
  }

  let pixels: Pixels;
  try {
    pixels = await decodePixels(sharpFor(path, maxInputPixels), meta);
  } catch (error) {
    return { ok: false, error: await classifyDecodeFailure(path, size.value, error) };
  }
  const { channels } = pixels;
  if (channels !== 1 && channels !== 3) {
    throw new Error(`decoder returned ${channels} channels for a ${meta.space} image`);
  }
  const full = toPdqImage(pixels.data, width, height, channels);
  return ok({
    image: policy === 'reference_512' ? referencePreResize(full) : full,
    format: meta.format,
    width,
    height,
    policy,
    departures: pixels.departures,
  });
}
