import { createReadStream, existsSync, mkdirSync, renameSync } from 'node:fs';
import { appendFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { createInterface } from 'node:readline';
import type { FileHashes } from '../hash-file.ts';

/** What a scan learnt about one file: its hashes, or why it has none. */
export type FileOutcome =
  | { readonly kind: 'hashed'; readonly hashes: FileHashes }
  | { readonly kind: 'failed'; readonly code: string; readonly message: string };

interface JournalLine {
  readonly path: string;
  readonly size: number;
  readonly mtimeMs: number;
  readonly outcome: FileOutcome;
}

/**
 * A scan's memory between runs: one JSON line per finished file, appended as
 * files finish. A rerun skips files whose size and modification time are
 * unchanged. The first line records what the hashes depend on; a journal
 * made with other settings is set aside, not reused.
 */
export class ScanJournal {
  readonly #done = new Map<string, JournalLine>();
  #pending: string[] = [];
  #flushing: Promise<void> = Promise.resolve();

  private constructor(readonly path: string) {}

  /** Opens (or starts) the journal for this root and these hash settings. */
  static async open(
    path: string,
    settings: Readonly<Record<string, string | number | boolean>>,
    fresh = false,
  ): Promise<ScanJournal> {
    const journal = new ScanJournal(path);
    mkdirSync(dirname(path), { recursive: true });
    const header = JSON.stringify({ journal: 'concord-scan/1', settings });
    if (!fresh && existsSync(path) && (await journal.#load(header))) return journal;
    if (existsSync(path)) renameSync(path, `${path}.${Date.now()}.old`);
    await writeFile(path, `${header}\n`, { mode: 0o600 });
    return journal;
  }

  async #load(header: string): Promise<boolean> {
    const lines = createInterface({
      input: createReadStream(this.path, 'utf8'),
      crlfDelay: Infinity,
    });
    let first = true;
    for await (const line of lines) {
      if (first) {
        first = false;
        if (line !== header) return false;
        continue;
      }
      try {
        const entry = JSON.parse(line) as JournalLine;
        this.#done.set(entry.path, entry);
      } catch {
        // A line cut short by a crash: that file is simply hashed again.
      }
    }
    return !first;
  }

  /** Files remembered from earlier runs. */
  get size(): number {
    return this.#done.size;
  }

  /** The outcome recorded for this file, if the file has not changed since. */
  get(path: string, size: number, mtimeMs: number): FileOutcome | null {
    const entry = this.#done.get(path);
    return entry && entry.size === size && entry.mtimeMs === mtimeMs ? entry.outcome : null;
  }

  /** Records a finished file at once (appends are chained, so they stay in order). */
  record(path: string, size: number, mtimeMs: number, outcome: FileOutcome): void {
    const line: JournalLine = { path, size, mtimeMs, outcome };
    this.#done.set(path, line);
    this.#pending.push(JSON.stringify(line));
    void this.flush();
  }

  flush(): Promise<void> {
    const batch = this.#pending;
    this.#pending = [];
    if (batch.length > 0)
      this.#flushing = this.#flushing.then(() => appendFile(this.path, `${batch.join('\n')}\n`));
    return this.#flushing;
  }
}
