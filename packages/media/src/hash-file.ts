import type { Result } from '@concord/core';
import { digestFile, type FileDigestError } from './digests/file-digests.ts';
import type { DecodeImageOptions } from './pdq/decode-image.ts';
import {
  hashImageFile,
  hashImageFileDihedral,
  type ImageFileDihedralPdq,
  type ImageFilePdq,
} from './pdq/hash-image-file.ts';
import { hashVideoFile, type HashVideoOptions, type VideoVpdq } from './vpdq/hash-video-file.ts';

/** What a file turned out to be, and its perceptual hash when it has one. */
export type FileMedia =
  | { readonly kind: 'image'; readonly pdq: ImageFilePdq }
  | { readonly kind: 'image_dihedral'; readonly pdq: ImageFileDihedralPdq }
  | { readonly kind: 'video'; readonly vpdq: VideoVpdq }
  | { readonly kind: 'other' }
  /** Looked like media but could not be hashed (truncated, corrupt, too many pixels...). */
  | { readonly kind: 'unhashable'; readonly code: string; readonly message: string };

export interface FileHashes {
  readonly path: string;
  readonly size: number;
  readonly md5: string;
  readonly sha1: string;
  readonly sha256: string;
  readonly media: FileMedia;
}

export interface HashFileOptions {
  /** Compute the eight rotations and mirror images of images too (default false). */
  readonly dihedral?: boolean;
  readonly image?: DecodeImageOptions;
  readonly video?: HashVideoOptions;
  readonly signal?: AbortSignal;
}

/**
 * Every hash Concord knows for one file: exact digests always (streamed), and
 * PDQ for images or vPDQ for videos. A file that cannot be read at all is an
 * error; media that cannot be decoded still gets its digests and the reason.
 *
 * @example
 * const r = await hashFile('seized/clip.mp4');
 * if (r.ok && r.value.media.kind === 'video') console.log(r.value.vpdq.features.length);
 */
export async function hashFile(
  path: string,
  options: HashFileOptions = {},
): Promise<Result<FileHashes, FileDigestError>> {
  const digests = await digestFile(path, options.signal ? { signal: options.signal } : {});
  if (!digests.ok) return digests;
  const media = await perceptual(path, options);
  return { ok: true, value: { path, ...digests.value, media } };
}

async function perceptual(path: string, options: HashFileOptions): Promise<FileMedia> {
  if (options.dihedral) {
    const image = await hashImageFileDihedral(path, options.image);
    if (image.ok) return { kind: 'image_dihedral', pdq: image.value };
    if (image.error.code !== 'unsupported_format') return { kind: 'unhashable', ...image.error };
  } else {
    const image = await hashImageFile(path, options.image);
    if (image.ok) return { kind: 'image', pdq: image.value };
    if (image.error.code !== 'unsupported_format') return { kind: 'unhashable', ...image.error };
  }
  const video = await hashVideoFile(path, {
    ...options.video,
    ...(options.signal ? { signal: options.signal } : {}),
  });
  if (video.ok) return { kind: 'video', vpdq: video.value };
  if (video.error.code === 'not_a_video') return { kind: 'other' };
  return { kind: 'unhashable', code: video.error.code, message: video.error.message };
}
