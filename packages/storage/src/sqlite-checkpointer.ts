import { Worker } from 'node:worker_threads';
import type BetterSqlite3 from 'better-sqlite3';

/**
 * SQLite in WAL mode copies the log back into the database (a checkpoint)
 * every 1,000 pages by default, in whichever statement's commit crosses the
 * mark, and that checkpoint ends with an fsync of the database file: on this
 * kind of machine 1% of a node's outbox inserts took 40% of their time, up to
 * 12 ms each, with the whole event loop stopped. Here one worker thread per
 * process holds a second connection to each database the process opened and
 * checkpoints it (PASSIVE: it never blocks the node's writes) every
 * `INTERVAL_MS`; the node's own connection no longer checkpoints.
 *
 * Nothing is lost if the thread fails: the connection it served checkpoints
 * itself again (`wal_autocheckpoint` restored). A database is released before
 * its connection closes, so the node's connection is the last and SQLite's
 * own checkpoint at close leaves no log behind.
 */

/** How often each database is checkpointed. */
export const INTERVAL_MS = 250;
/** SQLite's default, for a connection the worker no longer serves. */
const AUTOCHECKPOINT_PAGES = 1000;

type Answer = { readonly id: number } & (
  { readonly op: 'added' | 'removed' } | { readonly op: 'failed'; readonly message: string }
);

interface Served {
  readonly database: BetterSqlite3.Database;
  readonly removed: Array<() => void>;
}

let worker: Worker | null = null;
let nextId = 1;
/** Releases waiting for the thread's answer. */
let awaited = 0;
const served = new Map<number, Served>();

/** The connection goes back to checkpointing itself. */
function selfCheckpoint(id: number): void {
  const s = served.get(id);
  served.delete(id);
  if (!s) return;
  try {
    if (s.database.open) s.database.pragma(`wal_autocheckpoint = ${AUTOCHECKPOINT_PAGES}`);
  } finally {
    for (const done of s.removed) done();
  }
}

function theWorker(): Worker {
  if (worker) return worker;
  const started = new Worker(new URL('./sqlite-checkpoint-worker.mjs', import.meta.url), {
    workerData: { intervalMs: INTERVAL_MS },
  });
  started.on('message', (answer: Answer) => {
    if (answer.op === 'failed') selfCheckpoint(answer.id);
    else if (answer.op === 'removed') {
      const s = served.get(answer.id);
      served.delete(answer.id);
      for (const done of s?.removed ?? []) done();
    }
  });
  const lost = () => {
    if (worker === started) worker = null;
    for (const id of [...served.keys()]) selfCheckpoint(id);
  };
  started.on('error', lost);
  started.on('exit', lost);
  // The thread never keeps a process alive (unref after the listeners, which ref it again).
  started.unref();
  worker = started;
  return started;
}

/** A database the checkpointer serves; `release` before its connection closes. */
export interface CheckpointHandle {
  /** Resolves once the worker's connection to the database is closed. */
  release(): Promise<void>;
}

/**
 * Hands the checkpoints of the database at `path` (a file in WAL mode,
 * opened as `database`) to the worker thread.
 */
export function checkpointInBackground(
  path: string,
  database: BetterSqlite3.Database,
): CheckpointHandle {
  const id = nextId++;
  const thread = theWorker();
  database.pragma('wal_autocheckpoint = 0');
  served.set(id, { database, removed: [] });
  thread.postMessage({ op: 'add', id, path });
  return {
    release: () =>
      new Promise<void>((resolve) => {
        const s = served.get(id);
        if (!s || worker !== thread) {
          selfCheckpoint(id);
          resolve();
          return;
        }
        // Held while an answer is awaited: the thread alone would not keep the process up.
        if (awaited++ === 0) thread.ref();
        s.removed.push(() => {
          if (--awaited === 0) thread.unref();
          resolve();
        });
        thread.postMessage({ op: 'remove', id });
      }),
  };
}

/** For tests: the worker thread, if one runs (to see that failing it loses nothing). */
export function checkpointWorker(): Worker | null {
  return worker;
}
