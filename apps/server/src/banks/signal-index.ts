import {
  createDigestMap,
  createMihIndex,
  matchVpdq,
  parseVpdq,
  type DigestMap,
  type Hash256Index,
  type SignalType,
  type VpdqFeature,
} from '@concord/core';
import type { SignalRecord, Storage } from '@concord/storage';

/** The signal types held in memory for matching. PhotoDNA is matched only by exact value. */
const INDEXED_TYPES = [
  'pdq',
  'md5',
  'sha1',
  'sha256',
  'vpdq',
] as const satisfies readonly SignalType[];
type DigestType = 'md5' | 'sha1' | 'sha256';

export interface IndexHit {
  readonly signalId: string;
  /** Hamming distance for PDQ; 0 for exact digests; for vPDQ, 100 minus the query's match percentage. */
  readonly distance: number;
}

/**
 * In-memory indexes over every live signal of the node's banks: multi-index
 * hashing for PDQ, exact maps for digests, a list for vPDQ. Loaded once at
 * start, then caught up from each bank's change numbers (which also picks up
 * changes written by other API servers sharing the database).
 */
export class SignalIndex {
  readonly #pdq: Hash256Index = createMihIndex();
  readonly #digests: Record<DigestType, DigestMap> = {
    md5: createDigestMap('md5'),
    sha1: createDigestMap('sha1'),
    sha256: createDigestMap('sha256'),
  };
  readonly #vpdq = new Map<string, readonly VpdqFeature[]>();
  /** Index slot ↔ signal: the match indexes take 32-bit integer ids. */
  readonly #slotOf = new Map<string, number>();
  readonly #signalAt: string[] = [];
  readonly #entryAt: { type: SignalType; value: string }[] = [];
  readonly #seenSeq = new Map<string, number>();
  #refreshing: Promise<void> | null = null;

  get size(): number {
    return this.#slotOf.size;
  }

  /** Loads every live signal; changes made while loading are applied by the catch-up that follows. */
  async load(storage: Storage): Promise<void> {
    for (const bank of await storage.banks.list()) this.#seenSeq.set(bank.id, bank.changeSeq);
    for await (const s of storage.signals.scanForIndex(INDEXED_TYPES))
      this.#add(s.id, s.type, s.value);
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
    this.#remove(change.id);
    if (change.retractedAt === null) this.#add(change.id, change.type, change.value);
  }

  #add(signalId: string, type: SignalType, value: string): void {
    if (this.#slotOf.has(signalId) || type === 'photodna') return;
    const slot = this.#signalAt.length;
    let added: boolean;
    if (type === 'pdq') added = this.#pdq.add(slot, value).ok;
    else if (type === 'vpdq') {
      const features = parseVpdq(value);
      added = features.ok;
      if (features.ok) this.#vpdq.set(signalId, features.value);
    } else added = this.#digests[type].add(value, slot).ok;
    if (!added) return;
    this.#slotOf.set(signalId, slot);
    this.#signalAt.push(signalId);
    this.#entryAt.push({ type, value });
  }

  #remove(signalId: string): void {
    const slot = this.#slotOf.get(signalId);
    if (slot === undefined) return;
    const entry = this.#entryAt[slot];
    if (entry?.type === 'pdq') this.#pdq.remove(slot, entry.value);
    else if (entry?.type === 'vpdq') this.#vpdq.delete(signalId);
    else if (entry) this.#digests[entry.type as DigestType].remove(entry.value, slot);
    this.#slotOf.delete(signalId);
  }

  /** Signals within `radius` of any of the hashes (e.g. the 8 dihedral variants of one image). */
  searchPdq(hashes: readonly string[], radius: number): IndexHit[] {
    const found = this.#pdq.search(hashes, radius);
    if (!found.ok) return [];
    return found.value.flatMap((m) => {
      const signalId = this.#signalAt[m.id];
      return signalId !== undefined && this.#slotOf.get(signalId) === m.id
        ? [{ signalId, distance: m.distance }]
        : [];
    });
  }

  lookupDigest(type: DigestType, value: string): IndexHit[] {
    const found = this.#digests[type].get(value);
    if (!found.ok) return [];
    return found.value.flatMap((slot) => {
      const signalId = this.#signalAt[slot];
      return signalId !== undefined ? [{ signalId, distance: 0 }] : [];
    });
  }

  /** Videos matching by python-threatexchange's rule (see core's matchVpdq). */
  matchVideo(
    query: readonly VpdqFeature[],
    options: { queryMatchPercent?: number; comparedMatchPercent?: number },
  ): IndexHit[] {
    const hits: IndexHit[] = [];
    for (const [signalId, features] of this.#vpdq) {
      const r = matchVpdq(query, features, options);
      if (r.isMatch) hits.push({ signalId, distance: Math.round(100 - r.queryMatchPercent) });
    }
    return hits;
  }
}
