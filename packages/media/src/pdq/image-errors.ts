// Stable error codes for reading an image, and the mapping from what sharp /
// libvips says (free text) to those codes, helped by the file's own bytes.

import { open } from 'node:fs/promises';
import type { CodedError } from '@concord/core';

/** Every way decoding an image file can fail. */
export const IMAGE_ERROR_CODES = [
  'file_not_found',
  'not_a_file',
  'empty_file',
  'read_failed',
  'unsupported_format',
  /** An image format recognised, in an encoding this build cannot decode (HEIC). */
  'unsupported_encoding',
  'truncated',
  'corrupt_image',
  'pixel_limit_exceeded',
] as const;
export type ImageErrorCode = (typeof IMAGE_ERROR_CODES)[number];
export type ImageDecodeError = CodedError<ImageErrorCode>;

/** Raster formats we decode; anything else (SVG, PDF, ...) is `unsupported_format`. */
export const RASTER_FORMATS = ['jpeg', 'png', 'webp', 'gif', 'tiff', 'heif'] as const;
export type RasterFormat = (typeof RASTER_FORMATS)[number];

export function isRasterFormat(format: string | undefined): format is RasterFormat {
  return (RASTER_FORMATS as readonly (string | undefined)[]).includes(format);
}

export function imageError(code: ImageErrorCode, message: string): ImageDecodeError {
  return code === 'read_failed' ? { code, message, retryable: true } : { code, message };
}

function ascii(bytes: Uint8Array, from: number, to: number): string {
  return String.fromCharCode(...bytes.subarray(from, to));
}

const HEIF_BRANDS = new Set(['avif', 'avis', 'heic', 'heix', 'hevc', 'hevx', 'mif1', 'msf1']);
/** HEIF brands whose pictures are HEVC-coded. */
const HEVC_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx']);

/** The raster format a file's first bytes announce, if any. */
export function sniffFormat(head: Uint8Array): RasterFormat | null {
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'jpeg';
  if (ascii(head, 0, 8) === '\x89PNG\r\n\x1a\n') return 'png';
  if (ascii(head, 0, 4) === 'GIF8') return 'gif';
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 12) === 'WEBP') return 'webp';
  const tiff = ascii(head, 0, 4);
  if (tiff === 'II*\0' || tiff === 'MM\0*') return 'tiff';
  if (ascii(head, 4, 8) === 'ftyp' && HEIF_BRANDS.has(ascii(head, 8, 12))) return 'heif';
  return null;
}

/** True when the file visibly stops before its format's end marker. */
function lacksEnding(format: RasterFormat, head: Uint8Array, tail: Uint8Array, size: number) {
  const last = (n: number) => tail.subarray(Math.max(0, tail.length - n));
  switch (format) {
    case 'png':
      return ascii(last(8), 0, 8) !== 'IEND\xaeB`\x82';
    case 'jpeg': {
      const end = last(2);
      return !(end[0] === 0xff && end[1] === 0xd9);
    }
    case 'gif':
      return last(1)[0] !== 0x3b;
    case 'webp': {
      const declared = new DataView(head.buffer, head.byteOffset, head.length).getUint32(4, true);
      return declared + 8 > size;
    }
    case 'tiff':
    case 'heif':
      return false; // no end marker to check
  }
}

const TRUNCATION_WORDS = /premature end|unexpected end|end of (file|data)|truncat|bad seek/i;

async function headAndTail(path: string, size: number) {
  const handle = await open(path, 'r');
  try {
    const head = new Uint8Array(Math.min(32, size));
    const tail = new Uint8Array(Math.min(32, size));
    await handle.read(head, 0, head.length, 0);
    await handle.read(tail, 0, tail.length, size - tail.length);
    return { head, tail };
  } finally {
    await handle.close();
  }
}

/**
 * Turns a decoder failure into a coded error. The decoder's words come first;
 * then the file's signature decides between "not an image we know"
 * (`unsupported_format`), "cut short" (`truncated`) and "damaged" (`corrupt_image`).
 */
export async function classifyDecodeFailure(
  path: string,
  size: number,
  cause: unknown,
): Promise<ImageDecodeError> {
  const said = cause instanceof Error ? cause.message : String(cause);
  const detail = said.split('\n')[0] ?? said;
  if (/exceeds pixel limit/i.test(said)) {
    return imageError('pixel_limit_exceeded', `image has more pixels than allowed (${detail})`);
  }
  let bytes: { head: Uint8Array; tail: Uint8Array };
  try {
    bytes = await headAndTail(path, size);
  } catch (error) {
    return imageError('read_failed', `could not read ${path}: ${String(error)}`);
  }
  const format = sniffFormat(bytes.head);
  if (format === null) {
    return imageError('unsupported_format', `not an image in a supported format (${detail})`);
  }
  // The decoder bundled with sharp reads AVIF but not HEVC-coded HEIF (iPhone
  // photos), and fails on them with words that look like truncation.
  if (format === 'heif' && HEVC_BRANDS.has(ascii(bytes.head, 8, 12))) {
    return imageError(
      'unsupported_encoding',
      "HEIC (HEVC-coded HEIF) images cannot be decoded here: convert them to JPEG or PNG first (for example with heif-convert from Debian's libheif-examples); their MD5, SHA-1 and SHA-256 are still computed",
    );
  }
  if (TRUNCATION_WORDS.test(said) || lacksEnding(format, bytes.head, bytes.tail, size)) {
    return imageError('truncated', `the ${format} file is cut short (${detail})`);
  }
  return imageError('corrupt_image', `the ${format} file is damaged (${detail})`);
}
