import type { HashFileOptions } from '../hash-file.ts';
import type { HashPool } from '../pool/hash-pool.ts';
import type { FileOutcome, ScanJournal } from './scan-journal.ts';
import { walkFiles, type WalkEntry } from './walk-files.ts';

export interface ScanProgress {
  readonly total: number;
  readonly done: number;
  readonly resumed: number;
  readonly failed: number;
  readonly bytes: number;
  readonly elapsedMs: number;
}

export type ScanEvent =
  | { readonly kind: 'listed'; readonly total: number; readonly skipped: number }
  | {
      readonly kind: 'file';
      readonly path: string;
      readonly size: number;
      readonly outcome: FileOutcome;
      readonly resumed: boolean;
    }
  | { readonly kind: 'skipped'; readonly entry: Extract<WalkEntry, { kind: 'skipped' }> }
  | { readonly kind: 'progress'; readonly progress: ScanProgress };

export interface ScanRun {
  readonly root: string;
  readonly pool: HashPool;
  readonly journal: ScanJournal;
  readonly hashOptions: Omit<HashFileOptions, 'signal'>;
  readonly signal?: AbortSignal;
  readonly now?: () => number;
}

/**
 * Hashes every file under a folder in the pool, in as many parallel tasks as
 * keep the workers busy. Files the journal already has (unchanged since) are
 * not hashed again. Yields each file's outcome as it finishes, and progress.
 * Nothing about one file (unreadable, truncated, too large) stops the rest.
 */
export async function* runScan(run: ScanRun): AsyncGenerator<ScanEvent> {
  const now = run.now ?? Date.now;
  const started = now();
  const files: Extract<WalkEntry, { kind: 'file' }>[] = [];
  let skipped = 0;
  for await (const entry of walkFiles(run.root, run.signal)) {
    if (entry.kind === 'file') files.push(entry);
    else {
      skipped += 1;
      yield { kind: 'skipped', entry };
    }
  }
  yield { kind: 'listed', total: files.length, skipped };

  const counts = { done: 0, resumed: 0, failed: 0, bytes: 0 };
  const progress = (): ScanEvent => ({
    kind: 'progress',
    progress: { total: files.length, ...counts, elapsedMs: now() - started },
  });
  const finished: ScanEvent[] = [];
  const inFlight = new Set<Promise<void>>();
  const limit = Math.max(1, run.pool.workers) * 2;

  const hashOne = async (file: (typeof files)[number]): Promise<void> => {
    const result = await run.pool.hash(file.path, run.hashOptions, run.signal);
    const outcome: FileOutcome = result.ok
      ? { kind: 'hashed', hashes: result.value }
      : { kind: 'failed', code: result.error.code, message: result.error.message };
    run.journal.record(file.path, file.size, file.mtimeMs, outcome);
    finished.push({ kind: 'file', path: file.path, size: file.size, outcome, resumed: false });
  };

  for (const file of files) {
    if (run.signal?.aborted) break;
    const remembered = run.journal.get(file.path, file.size, file.mtimeMs);
    if (remembered) {
      counts.resumed += 1;
      count(counts, remembered, file.size);
      yield { kind: 'file', path: file.path, size: file.size, outcome: remembered, resumed: true };
      continue;
    }
    const task = hashOne(file).finally(() => inFlight.delete(task));
    inFlight.add(task);
    if (inFlight.size >= limit) await Promise.race(inFlight);
    yield* drain(finished, counts);
    yield progress();
  }
  await Promise.all(inFlight);
  yield* drain(finished, counts);
  await run.journal.flush();
  yield progress();
}

function* drain(
  finished: ScanEvent[],
  counts: { done: number; resumed: number; failed: number; bytes: number },
): Generator<ScanEvent> {
  while (finished.length > 0) {
    const event = finished.shift();
    if (event?.kind === 'file') count(counts, event.outcome, event.size);
    if (event) yield event;
  }
}

function count(
  counts: { done: number; failed: number; bytes: number },
  outcome: FileOutcome,
  size: number,
): void {
  counts.done += 1;
  counts.bytes += size;
  if (
    outcome.kind === 'failed' ||
    (outcome.kind === 'hashed' && outcome.hashes.media.kind === 'unhashable')
  )
    counts.failed += 1;
}
