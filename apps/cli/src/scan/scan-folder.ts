import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import {
  PDQ_IMPLEMENTATION,
  VPDQ_IMPLEMENTATION,
  createHashPool,
  runScan,
  ScanJournal,
  type PreResizePolicy,
} from '@concord/media';
import type { Io } from '../io.ts';
import type { ScanBanks } from './scan-banks.ts';
import { matchFile, type ScanMatch } from './scan-match.ts';
import { progressView } from './scan-progress.ts';
import { totalsOf, type ScanProblem, type ScanReport } from './scan-report.ts';

export interface ScanFolderOptions {
  readonly root: string;
  readonly banks: ScanBanks;
  readonly threshold: number;
  readonly dihedral: boolean;
  readonly policy: PreResizePolicy;
  readonly workers: number;
  /** Where finished files are remembered between runs. */
  readonly stateDir: string;
  readonly fresh: boolean;
  readonly quiet: boolean;
  readonly signal: AbortSignal;
}

/** The journal of a folder: one per folder and hash settings, so reruns resume. */
export function journalPathFor(stateDir: string, root: string): string {
  const id = createHash('sha256').update(resolve(root)).digest('hex').slice(0, 16);
  return join(stateDir, `${id}.jsonl`);
}

/**
 * Hashes a folder in the worker pool (resuming an interrupted run), matches
 * every file against the banks, and returns the report. Problems with single
 * files are collected, never fatal.
 */
export async function scanFolder(
  io: Io,
  options: ScanFolderOptions,
): Promise<ScanReport & { readonly interrupted: boolean }> {
  const startedAt = new Date().toISOString();
  const journal = await ScanJournal.open(
    journalPathFor(options.stateDir, options.root),
    { root: resolve(options.root), dihedral: options.dihedral, policy: options.policy },
    options.fresh,
  );
  const pool = createHashPool({ workers: options.workers });
  const view = progressView(io, options.quiet);
  const matches: ScanMatch[] = [];
  const problems: ScanProblem[] = [];
  const matched = new Set<string>();
  let files = 0;
  let resumed = 0;
  try {
    const events = runScan({
      root: options.root,
      pool,
      journal,
      hashOptions: { dihedral: options.dihedral, image: { policy: options.policy } },
      signal: options.signal,
    });
    for await (const event of events) {
      switch (event.kind) {
        case 'listed':
          if (!options.quiet)
            io.err(
              `scan: ${event.total} files under ${options.root}${journal.size > 0 ? `, ${journal.size} remembered from an earlier run` : ''}`,
            );
          break;
        case 'skipped':
          problems.push({
            path: event.entry.path,
            code: event.entry.code,
            message: event.entry.message,
          });
          break;
        case 'file': {
          files += 1;
          if (event.resumed) resumed += 1;
          if (event.outcome.kind === 'failed') {
            problems.push({
              path: event.path,
              code: event.outcome.code,
              message: event.outcome.message,
            });
            break;
          }
          const { hashes } = event.outcome;
          if (hashes.media.kind === 'unhashable')
            problems.push({
              path: event.path,
              code: hashes.media.code,
              message: `${hashes.media.message} (matched by exact digests only)`,
            });
          const found = matchFile(options.banks, hashes, options.threshold);
          if (found.length > 0) matched.add(event.path);
          matches.push(...found);
          break;
        }
        case 'progress':
          view.update(event.progress, matched.size);
          break;
      }
    }
  } finally {
    view.stop();
    await journal.flush();
    await pool.close();
  }
  const totals = totalsOf(matches);
  return {
    interrupted: options.signal.aborted,
    scan: {
      root: resolve(options.root),
      startedAt,
      finishedAt: new Date().toISOString(),
      threshold: options.threshold,
      dihedral: options.dihedral,
      policy: options.policy,
      implementations: { pdq: PDQ_IMPLEMENTATION, vpdq: VPDQ_IMPLEMENTATION },
      workers: pool.workers,
      banks: options.banks.sources,
    },
    totals: {
      files,
      hashed: files - resumed,
      resumed,
      matchedFiles: totals.matchedFiles,
      problems: problems.length,
      byGrade: totals.byGrade,
      bySeries: totals.bySeries,
    },
    matches,
    problems,
  };
}
