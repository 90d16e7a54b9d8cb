import type { Clock } from '@concord/core';
import type { Storage } from '@concord/storage';

const EVERY_MS = 10 * 60_000;
const KEEP_ATTEMPTS_MS = 24 * 3_600_000;

/** Removes expired sessions and old sign-in attempts now and every ten minutes; returns a stop function. */
export function startHousekeeping(
  storage: Storage,
  clock: Clock,
  onError: (error: unknown) => void,
): () => void {
  const run = async () => {
    const now = clock.now();
    await storage.sessions.deleteExpired(now.toISOString());
    await storage.signInAttempts.prune(new Date(now.getTime() - KEEP_ATTEMPTS_MS).toISOString());
  };
  run().catch(onError);
  const timer = setInterval(() => run().catch(onError), EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
