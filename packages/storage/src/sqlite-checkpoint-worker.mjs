// The checkpointer's thread (sqlite-checkpointer.ts): its own connection to
// each database the process opened, and a PASSIVE checkpoint of each every
// tick. PASSIVE never waits for and never blocks the node's own connection.
import { createRequire } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';

const Database = createRequire(import.meta.url)('better-sqlite3');
const open = new Map();
let timer = null;

function tick() {
  for (const [id, db] of open) {
    try {
      db.pragma('wal_checkpoint(PASSIVE)');
    } catch (error) {
      // Left to the node's own connection from now on (it checkpoints itself again).
      open.delete(id);
      try {
        db.close();
      } catch {
        // Already unusable: nothing more to release.
      }
      parentPort.postMessage({ op: 'failed', id, message: String(error?.message ?? error) });
    }
  }
  if (open.size === 0 && timer !== null) {
    clearInterval(timer);
    timer = null;
  }
}

parentPort.on('message', (m) => {
  if (m.op === 'add') {
    try {
      const db = new Database(m.path, { fileMustExist: true });
      // A checkpoint that cannot get its lock at once waits for the next tick.
      db.pragma('busy_timeout = 0');
      open.set(m.id, db);
      timer ??= setInterval(tick, workerData.intervalMs);
      parentPort.postMessage({ op: 'added', id: m.id });
    } catch (error) {
      parentPort.postMessage({ op: 'failed', id: m.id, message: String(error?.message ?? error) });
    }
  } else if (m.op === 'remove') {
    const db = open.get(m.id);
    open.delete(m.id);
    try {
      db?.close();
    } catch {
      // Already unusable: nothing more to release.
    }
    parentPort.postMessage({ op: 'removed', id: m.id });
  }
});
