import { createDigestMap, type DigestMap } from '../match-index/digest-map.ts';
import type { Hash256Index } from '../match-index/hash256-index.ts';
import { createMihIndex } from '../match-index/mih-index.ts';
import { matchVpdq, type VpdqMatchOptions } from '../pdq/vpdq-match.ts';
import { parseVpdq, type VpdqFeature } from '../pdq/vpdq-feature.ts';
import type { SignalType } from './signal-types.ts';

type DigestType = 'md5' | 'sha1' | 'sha256';

export interface SignalHit {
  /** The key the signal was added under (a signal id, or any caller's key). */
  readonly key: string;
  /** Hamming distance for PDQ; 0 for exact values; for vPDQ, 100 minus the query's match percentage, rounded. */
  readonly distance: number;
}

/**
 * Matches hashes against a set of signals held in memory: multi-index hashing
 * for PDQ, compact exact maps for digests and PhotoDNA, the video rule for
 * vPDQ. Keys are the caller's (signal ids); adding a key twice does nothing,
 * removing it forgets it.
 *
 * @example
 * const m = new SignalMatcher();
 * m.add('sig-1', 'pdq', bankHash);
 * m.searchPdq(dihedralVariants, PDQ_MATCH_THRESHOLD) // [{ key: 'sig-1', distance: 4 }]
 */
export class SignalMatcher {
  readonly #pdq: Hash256Index = createMihIndex();
  readonly #digests: Record<DigestType, DigestMap> = {
    md5: createDigestMap('md5'),
    sha1: createDigestMap('sha1'),
    sha256: createDigestMap('sha256'),
  };
  readonly #vpdq = new Map<string, readonly VpdqFeature[]>();
  readonly #photodna = new Map<string, Set<string>>();
  /** Slot ↔ key: the indexes take 32-bit integer ids. */
  readonly #slotOf = new Map<string, number>();
  readonly #keyAt: (string | undefined)[] = [];
  readonly #entryAt: { readonly type: SignalType; readonly value: string }[] = [];

  /** Keys held. */
  get size(): number {
    return this.#slotOf.size;
  }

  /** Adds a normalised value; false when the key is already held or the value does not parse. */
  add(key: string, type: SignalType, value: string): boolean {
    if (this.#slotOf.has(key)) return false;
    const slot = this.#keyAt.length;
    if (!this.#index(slot, key, type, value)) return false;
    this.#slotOf.set(key, slot);
    this.#keyAt.push(key);
    this.#entryAt.push({ type, value });
    return true;
  }

  #index(slot: number, key: string, type: SignalType, value: string): boolean {
    switch (type) {
      case 'pdq':
        return this.#pdq.add(slot, value).ok;
      case 'vpdq': {
        const features = parseVpdq(value);
        if (features.ok) this.#vpdq.set(key, features.value);
        return features.ok;
      }
      case 'photodna': {
        const keys = this.#photodna.get(value) ?? new Set<string>();
        keys.add(key);
        this.#photodna.set(value, keys);
        return true;
      }
      case 'md5':
      case 'sha1':
      case 'sha256':
        return this.#digests[type].add(value, slot).ok;
    }
  }

  /** Forgets a key; false when it was not held. */
  remove(key: string): boolean {
    const slot = this.#slotOf.get(key);
    if (slot === undefined) return false;
    const entry = this.#entryAt[slot];
    if (entry) {
      switch (entry.type) {
        case 'pdq':
          this.#pdq.remove(slot, entry.value);
          break;
        case 'vpdq':
          this.#vpdq.delete(key);
          break;
        case 'photodna':
          this.#photodna.get(entry.value)?.delete(key);
          break;
        case 'md5':
        case 'sha1':
        case 'sha256':
          this.#digests[entry.type].remove(entry.value, slot);
          break;
      }
    }
    this.#slotOf.delete(key);
    this.#keyAt[slot] = undefined;
    return true;
  }

  /** Signals within `radius` of any of the hashes (e.g. the 8 dihedral variants of one image). */
  searchPdq(hashes: readonly string[], radius: number): SignalHit[] {
    const found = this.#pdq.search(hashes, radius);
    if (!found.ok) return [];
    return found.value.flatMap((m) => {
      const key = this.#keyAt[m.id];
      return key === undefined ? [] : [{ key, distance: m.distance }];
    });
  }

  /** Exact matches of a digest or PhotoDNA value. */
  lookupExact(type: DigestType | 'photodna', value: string): SignalHit[] {
    if (type === 'photodna')
      return [...(this.#photodna.get(value) ?? [])].map((key) => ({ key, distance: 0 }));
    const found = this.#digests[type].get(value);
    if (!found.ok) return [];
    return found.value.flatMap((slot) => {
      const key = this.#keyAt[slot];
      return key === undefined ? [] : [{ key, distance: 0 }];
    });
  }

  /** Videos matching by python-threatexchange's rule (see matchVpdq). */
  matchVideo(query: readonly VpdqFeature[], options: VpdqMatchOptions = {}): SignalHit[] {
    const hits: SignalHit[] = [];
    for (const [key, features] of this.#vpdq) {
      const r = matchVpdq(query, features, options);
      if (r.isMatch) hits.push({ key, distance: Math.round(100 - r.queryMatchPercent) });
    }
    return hits.sort((a, b) => a.distance - b.distance);
  }
}
