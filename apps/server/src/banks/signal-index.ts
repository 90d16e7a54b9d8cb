import { SignalMatcher, type SignalType } from '@concord/core';
import type { SignalRecord, Storage } from '@concord/storage';

/** The signal types matched from memory; PhotoDNA is too, by exact value. */
const INDEXED_TYPES = [
  'pdq',
  'md5',
  'sha1',
  'sha256',
  'vpdq',
  'photodna',
] as const satisfies readonly SignalType[];

/**
 * The node's banks in memory for matching (core's SignalMatcher keyed by
 * signal id). Loaded once at start, then caught up from each bank's change
 * numbers, which also picks up changes written by other API servers sharing
 * the database.
 */
export class SignalIndex {
  readonly matcher = new SignalMatcher();
  readonly #seenSeq = new Map<string, number>();
  #refreshing: Promise<void> | null = null;

  /** Loads every live signal; changes made while loading are applied by the catch-up that follows. */
  async load(storage: Storage): Promise<void> {
    for (const bank of await storage.banks.list()) this.#seenSeq.set(bank.id, bank.changeSeq);
    for await (const s of storage.signals.scanForIndex(INDEXED_TYPES))
      this.matcher.add(s.id, s.type, s.value);
    await this.refresh(storage);
  }

  /** Applies every bank change not yet seen. Concurrent callers share one pass. */
  refresh(storage: Storage): Promise<void> {
    this.#refreshing ??= this.#catchUp(storage).finally(() => {
      this.#refreshing = null;
    });
    return this.#refreshing;
  }

  async #catchUp(storage: Storage): Promise<void> {
    for (const bank of await storage.banks.list()) {
      let seen = this.#seenSeq.get(bank.id) ?? 0;
      while (seen < bank.changeSeq) {
        const changes = await storage.signals.changesSince(bank.id, seen, 5000);
        if (changes.length === 0) break;
        for (const change of changes) this.#apply(change);
        seen = changes.at(-1)?.changeSeq ?? seen;
      }
      this.#seenSeq.set(bank.id, seen);
    }
  }

  #apply(change: SignalRecord): void {
    this.matcher.remove(change.id);
    if (change.retractedAt === null) this.matcher.add(change.id, change.type, change.value);
  }
}
