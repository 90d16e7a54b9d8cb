import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { Result } from '@concord/core';
import type { FileDigestError } from '../digests/file-digests.ts';
import type { FileHashes, HashFileOptions } from '../hash-file.ts';
import { hashTask, type HashTaskInput } from './hash-task.ts';

export interface HashPoolOptions {
  /** Worker threads; 0 hashes on the calling thread. Default: one per core. */
  readonly workers?: number;
}

/** Hashes many files at once across worker threads (sharp and ffmpeg run outside JS too). */
export interface HashPool {
  readonly workers: number;
  hash(
    path: string,
    options?: Omit<HashFileOptions, 'signal'>,
    signal?: AbortSignal,
  ): Promise<Result<FileHashes, FileDigestError>>;
  close(): Promise<void>;
}

export function defaultWorkerCount(): number {
  return Math.max(1, availableParallelism());
}

/**
 * A pool of hashing workers.
 *
 * @example
 * const pool = createHashPool({ workers: 4 });
 * const results = await Promise.all(paths.map((p) => pool.hash(p, { dihedral: true })));
 * await pool.close();
 */
export function createHashPool(options: HashPoolOptions = {}): HashPool {
  const workers = options.workers ?? defaultWorkerCount();
  if (workers === 0) {
    return {
      workers,
      hash: (path, opts = {}) => hashTask({ path, options: opts }),
      close: async () => undefined,
    };
  }
  const piscina = new Piscina<HashTaskInput, Result<FileHashes, FileDigestError>>({
    filename: new URL('./hash-worker.mjs', import.meta.url).href,
    minThreads: workers,
    maxThreads: workers,
    // Two files per worker in flight keeps each busy while the next is read from disk.
    concurrentTasksPerWorker: 2,
  });
  return {
    workers,
    hash: (path, opts = {}, signal) =>
      piscina.run({ path, options: opts }, signal ? { signal } : {}),
    close: () => piscina.destroy(),
  };
}
