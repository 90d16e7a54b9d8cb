import type { Result } from '@concord/core';
import type { FileDigestError } from '../digests/file-digests.ts';
import { hashFile, type FileHashes, type HashFileOptions } from '../hash-file.ts';

export interface HashTaskInput {
  readonly path: string;
  /** Without `signal`: an AbortSignal does not cross into a worker thread. */
  readonly options: Omit<HashFileOptions, 'signal'>;
}

/** What one worker does for one file; its result is plain data that crosses threads. */
export function hashTask(input: HashTaskInput): Promise<Result<FileHashes, FileDigestError>> {
  return hashFile(input.path, input.options);
}
