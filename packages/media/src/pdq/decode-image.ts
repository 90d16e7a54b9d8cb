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
// - 16-bit samples: under `reference_512` only the low byte of each sample is
//   kept, exactly as the reference does (a bug of its CImg reading: smooth
//   16-bit images become noise, yet those are the hashes other reference users
//   hold). Under `full_resolution`, the library behaviour, samples are scaled
//   to 8 bits, round(v / 257), and the hash records the departure.
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
import type { PdqImage, PdqStretch } from '@concord/core';
import {
  classifyDecodeFailure,
  imageError,
  isRasterFormat,
  type ImageDecodeError,
  type RasterFormat,
} from './image-errors.ts';
import {
  eightBitFromSixteen,
  quantaFromEightBit,
  referenceStretch,
  resizeNearest,
  rgbFromCmykNaive,
  toPdqImage,
  type SixteenBitReading,
} from './pixel-conversion.ts';

/**
 * How an image is sized before hashing. `reference_512` (default) reproduces
 * Meta's C++ CLI, which stretches images over 512 px to 512x512;
 * `full_resolution` hashes every pixel, as Meta's Python library and vPDQ do.
 * The sizing differs, and so does the reading of 16-bit samples: the low byte
 * under `reference_512` (as the reference CLI), scaled to 8 bits under
 * `full_resolution` (recorded as the departure `sixteen_bit_scaled`). The two
 * give slightly different hashes for large images (typically 2-10 bits), and
 * unrelated ones for 16-bit images, so a bank records the policy of each hash.
 */
export const PRE_RESIZE_POLICIES = ['reference_512', 'full_resolution'] as const;
export type PreResizePolicy = (typeof PRE_RESIZE_POLICIES)[number];

/**
 * Ways in which a hash knowingly differs from what the reference CLI would give
 * for the same pixels and sizing. `sixteen_bit_scaled`: 16-bit samples were
 * scaled to 8 bits where the reference keeps their low byte (only under
 * `full_resolution`).
 */
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

/**
 * The stored pixels and how PDQ reads them: what `hashImageFile` hashes. The
 * reference's pre-resize is passed on as a stretch for the hasher, which reads
 * the stored pixels directly instead of copying them into a resized image.
 */
export interface PdqInput extends Omit<DecodedImage, 'image'> {
  readonly pixels: PdqImage;
  readonly stretchTo?: PdqStretch;
}

interface Pixels {
  readonly data: Uint8Array;
  readonly channels: number;
  readonly departures: readonly ReferenceDeparture[];
}

function readingFor(policy: PreResizePolicy): SixteenBitReading {
  return policy === 'reference_512' ? 'low_byte' : 'scaled';
}

function departuresOf(reading: SixteenBitReading): readonly ReferenceDeparture[] {
  return reading === 'scaled' ? ['sixteen_bit_scaled'] : [];
}

/** The 8-bit raw samples of a pipeline: sharp's Buffer as it is, without a copy. */
async function raw8(pipeline: Sharp): Promise<{ samples: Uint8Array; channels: number }> {
  const { data, info } = await pipeline.raw().toBuffer({ resolveWithObject: true });
  return { samples: data, channels: info.channels };
}

/** The 16-bit raw samples of a pipeline (native byte order), viewed without a copy. */
async function raw16(pipeline: Sharp): Promise<{ samples: Uint16Array; channels: number }> {
  const { data, info } = await pipeline
    .raw({ depth: 'ushort' })
    .toBuffer({ resolveWithObject: true });
  const samples = new Uint16Array(data.buffer, data.byteOffset, data.length / 2);
  return { samples, channels: info.channels };
}

/** Decodes to 8-bit grey or RGB samples, choosing the path by the stored colour model. */
async function decodePixels(
  input: Sharp,
  meta: Metadata,
  policy: PreResizePolicy,
): Promise<Pixels> {
  const sixteenBit = meta.depth === 'ushort';
  const reading = readingFor(policy);
  const departures = sixteenBit ? departuresOf(reading) : [];
  if (meta.space === 'cmyk') {
    const pipeline = input.pipelineColourspace('cmyk').toColourspace('cmyk');
    const { samples, channels } = sixteenBit
      ? await raw16(pipeline)
      : await raw8(pipeline).then((r) => ({ ...r, samples: quantaFromEightBit(r.samples) }));
    const rgb = rgbFromCmykNaive(samples, meta.width * meta.height, channels);
    // ImageMagick writes the PNM of an 8-bit image with 8-bit samples (scaled
    // from its 16-bit quanta), and that of a 16-bit image with 16-bit samples,
    // which CImg then reads as `reading` says. (No 16-bit CMYK file is among
    // the vectors: that case follows the same reasoning, untested.)
    const data = eightBitFromSixteen(rgb, sixteenBit ? reading : 'scaled');
    return { data, channels: 3, departures };
  }
  if (sixteenBit) {
    const space = meta.channels <= 2 ? 'grey16' : 'rgb16';
    const { samples, channels } = await raw16(input.removeAlpha().toColourspace(space));
    return { data: eightBitFromSixteen(samples, reading), channels, departures };
  }
  const { samples, channels } = await raw8(input.removeAlpha().toColourspace('srgb'));
  return { data: samples, channels, departures };
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
  const decoded = await decodePdqInput(path, options);
  if (!decoded.ok) return decoded;
  const { pixels, stretchTo, ...rest } = decoded.value;
  const image = stretchTo ? resizeNearest(pixels, stretchTo.width, stretchTo.height) : pixels;
  return ok({ ...rest, image });
}

/** `decodeImageForPdq` without making the pre-resized copy (see `PdqInput`). */
export async function decodePdqInput(
  path: string,
  options: DecodeImageOptions = {},
): Promise<Result<PdqInput, ImageDecodeError>> {
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
    pixels = await decodePixels(sharpFor(path, maxInputPixels), meta, policy);
  } catch (error) {
    return { ok: false, error: await classifyDecodeFailure(path, size.value, error) };
  }
  const { channels } = pixels;
  if (channels !== 1 && channels !== 3) {
    throw new Error(`decoder returned ${channels} channels for a ${meta.space} image`);
  }
  const stored = toPdqImage(pixels.data, width, height, channels);
  const stretchTo = policy === 'reference_512' ? referenceStretch(stored) : undefined;
  return ok({
    pixels: stored,
    ...(stretchTo ? { stretchTo } : {}),
    format: meta.format,
    width,
    height,
    policy,
    departures: pixels.departures,
  });
}
