import cliProgress from 'cli-progress';
import type { ScanProgress } from '@concord/media';
import type { Io } from '../io.ts';

export interface ProgressView {
  update(progress: ScanProgress, matchedFiles: number): void;
  stop(): void;
}

function eta(p: ScanProgress): string {
  const rate = p.done / Math.max(p.elapsedMs / 1000, 0.001);
  if (p.done === 0 || rate === 0) return 'unknown';
  const seconds = Math.round((p.total - p.done) / rate);
  return seconds < 90 ? `${seconds} s` : `${Math.round(seconds / 60)} min`;
}

/**
 * A progress bar with rate and ETA on a terminal; on anything else (CI logs,
 * files) a plain line every tenth of the way or every ten seconds.
 */
export function progressView(io: Io, quiet: boolean): ProgressView {
  if (quiet) return { update: () => undefined, stop: () => undefined };
  if (io.isTty) {
    const bar = new cliProgress.SingleBar(
      {
        format:
          'scan {bar} {percentage}% | {value}/{total} files | {rate} files/s | ETA {remaining} | {matched} matched',
        hideCursor: true,
        stream: process.stderr,
      },
      cliProgress.Presets.shades_classic,
    );
    let started = false;
    return {
      update(p, matched) {
        const payload = {
          rate: (p.done / Math.max(p.elapsedMs / 1000, 0.001)).toFixed(1),
          remaining: eta(p),
          matched,
        };
        if (!started) {
          bar.start(p.total, p.done, payload);
          started = true;
        } else bar.update(p.done, payload);
      },
      stop: () => bar.stop(),
    };
  }
  let lastTenth = -1;
  let lastAt = 0;
  return {
    update(p, matched) {
      const tenth = p.total === 0 ? 10 : Math.floor((p.done / p.total) * 10);
      if (tenth === lastTenth && p.elapsedMs - lastAt < 10_000 && p.done !== p.total) return;
      lastTenth = tenth;
      lastAt = p.elapsedMs;
      const percent = p.total === 0 ? 100 : Math.round((p.done / p.total) * 100);
      const rate = (p.done / Math.max(p.elapsedMs / 1000, 0.001)).toFixed(1);
      io.err(
        `scan: ${p.done}/${p.total} files (${percent}%), ${rate} files/s, about ${eta(p)} left, ${matched} matched, ${p.failed} not hashable`,
      );
    },
    stop: () => undefined,
  };
}
