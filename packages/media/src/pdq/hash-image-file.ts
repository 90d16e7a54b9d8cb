// File -> PDQ hash, labelled with how it was made, so that hashes produced by
// different pipelines (pre-resize policy, implementation version) can be told
// apart in a bank.

import type { Result } from '@concord/core';
import { pdqDihedralHashes, pdqHash, type PdqDihedralResult, type PdqHash } from '@concord/core';
import {
  decodePdqInput,
  type DecodeImageOptions,
  type PreResizePolicy,
  type ReferenceDeparture,
} from './decode-image.ts';
import type { ImageDecodeError, RasterFormat } from './image-errors.ts';

/**
 * Names this implementation of the whole file-to-hash pipeline. Bump it when a
 * change could alter any hash, so banks can keep hashes of different versions apart.
 */
export const PDQ_IMPLEMENTATION = 'concord-pdq/1';
export type PdqImplementation = typeof PDQ_IMPLEMENTATION;

/** How a hash was produced, carried with every hash. */
export interface PdqProvenance {
  readonly policy: PreResizePolicy;
  readonly implementation: PdqImplementation;
  /**
   * Empty when the hash is what the reference CLI gives for the same file, the
   * sizing of `policy` aside (see `ReferenceDeparture`). Always empty under the
   * default `reference_512`.
   */
  readonly departures: readonly ReferenceDeparture[];
  readonly format: RasterFormat;
  /** Stored size of the image (before any pre-resize). */
  readonly width: number;
  readonly height: number;
}

/** A file's PDQ hash and quality, with its provenance. */
export interface ImageFilePdq extends PdqProvenance {
  readonly hash: PdqHash;
  readonly quality: number;
}

/** A file's eight dihedral PDQ hashes and quality, with its provenance. */
export interface ImageFileDihedralPdq extends PdqProvenance {
  readonly hashes: PdqDihedralResult['hashes'];
  readonly quality: number;
}

/**
 * Decodes an image file and computes its PDQ hash, by default exactly as
 * Meta's `pdq-photo-hasher` does.
 *
 * @example
 * const r = await hashImageFile('seized/IMG_0001.jpg');
 * if (r.ok) console.log(r.value.hash, r.value.quality, r.value.implementation);
 */
export async function hashImageFile(
  path: string,
  options: DecodeImageOptions = {},
): Promise<Result<ImageFilePdq, ImageDecodeError>> {
  const decoded = await decodePdqInput(path, options);
  if (!decoded.ok) return decoded;
  const { pixels, stretchTo, ...provenance } = decoded.value;
  const result = pdqHash(pixels, stretchTo ? { stretchTo } : {});
  return { ok: true, value: { ...result, ...provenance, implementation: PDQ_IMPLEMENTATION } };
}

/**
 * Decodes an image file and computes the hashes of it and its seven rotations
 * and mirror images from one DCT, as `pdq-photo-hasher --pdqdih` does.
 *
 * @example
 * const r = await hashImageFileDihedral('photo.png');
 * if (r.ok) index.addAll(Object.values(r.value.hashes));
 */
export async function hashImageFileDihedral(
  path: string,
  options: DecodeImageOptions = {},
): Promise<Result<ImageFileDihedralPdq, ImageDecodeError>> {
  const decoded = await decodePdqInput(path, options);
  if (!decoded.ok) return decoded;
  const { pixels, stretchTo, ...provenance } = decoded.value;
  const result = pdqDihedralHashes(pixels, stretchTo ? { stretchTo } : {});
  return { ok: true, value: { ...result, ...provenance, implementation: PDQ_IMPLEMENTATION } };
}
