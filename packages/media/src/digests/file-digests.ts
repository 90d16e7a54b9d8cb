// MD5, SHA-1 and SHA-256 of a file in one streamed pass: the file is read in
// chunks and never held whole in memory, so seized videos of many gigabytes
// cost one read and a few kilobytes.

import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { err, ok, type CodedError, type Result } from '@concord/core';

/** Lowercase hex digests of a file's bytes. */
export interface FileDigests {
  readonly md5: string;
  readonly sha1: string;
  readonly sha256: string;
  /** Number of bytes read. */
  readonly size: number;
}

export type FileDigestError = CodedError<
  'file_not_found' | 'not_a_file' | 'read_failed' | 'aborted'
>;

export interface DigestOptions {
  readonly signal?: AbortSignal;
}

const CHUNK_BYTES = 1 << 20;

function errnoOf(error: unknown): string {
  return error instanceof Error && 'code' in error ? String(error.code) : 'unknown';
}

/**
 * Digests any stream of bytes in one pass.
 *
 * @example
 * const d = await digestStream(response.body);
 */
export async function digestStream(chunks: AsyncIterable<Uint8Array>): Promise<FileDigests> {
  const md5 = createHash('md5');
  const sha1 = createHash('sha1');
  const sha256 = createHash('sha256');
  let size = 0;
  for await (const chunk of chunks) {
    md5.update(chunk);
    sha1.update(chunk);
    sha256.update(chunk);
    size += chunk.length;
  }
  return { md5: md5.digest('hex'), sha1: sha1.digest('hex'), sha256: sha256.digest('hex'), size };
}

/**
 * MD5, SHA-1 and SHA-256 of a file, read once as a stream.
 *
 * @example
 * const r = await digestFile('evidence/video.mp4');
 * if (r.ok) bank.lookupSha256(r.value.sha256);
 */
export async function digestFile(
  path: string,
  options: DigestOptions = {},
): Promise<Result<FileDigests, FileDigestError>> {
  try {
    if (!(await stat(path)).isFile()) return err('not_a_file', `${path} is not a regular file`);
  } catch (error) {
    const code = errnoOf(error);
    if (code === 'ENOENT') return err('file_not_found', `${path} does not exist`);
    return err('read_failed', `could not stat ${path}: ${code}`, true);
  }
  const stream = createReadStream(path, {
    highWaterMark: CHUNK_BYTES,
    ...(options.signal ? { signal: options.signal } : {}),
  });
  try {
    return ok(await digestStream(stream));
  } catch (error) {
    if (options.signal?.aborted) return err('aborted', `digest of ${path} was aborted`);
    return err('read_failed', `could not read ${path}: ${errnoOf(error)}`, true);
  }
}
