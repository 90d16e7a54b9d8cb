import type { SignalHit } from '@concord/core';
import type { FileHashes } from '@concord/media';
import type { ScanBanks, ScanSignal } from './scan-banks.ts';

export interface ScanMatch extends ScanSignal {
  readonly path: string;
  /** PDQ Hamming distance; 0 for exact digests; for vPDQ, 100 minus the share of frames matched. */
  readonly distance: number;
  /** PDQ quality of the scanned image (low quality makes near matches less reliable). */
  readonly quality: number | null;
}

/**
 * Every bank signal a scanned file matches: its digests exactly, its PDQ
 * hash (and, when computed, its rotations and mirror images) within the
 * threshold, or its vPDQ frames by the video rule. One row per signal, at the
 * best distance.
 */
export function matchFile(banks: ScanBanks, file: FileHashes, threshold: number): ScanMatch[] {
  const hits: SignalHit[] = [
    ...banks.matcher.lookupExact('md5', file.md5),
    ...banks.matcher.lookupExact('sha1', file.sha1),
    ...banks.matcher.lookupExact('sha256', file.sha256),
  ];
  let quality: number | null = null;
  switch (file.media.kind) {
    case 'image':
      quality = file.media.pdq.quality;
      hits.push(...banks.matcher.searchPdq([file.media.pdq.hash], threshold));
      break;
    case 'image_dihedral':
      quality = file.media.pdq.quality;
      hits.push(...banks.matcher.searchPdq(Object.values(file.media.pdq.hashes), threshold));
      break;
    case 'video':
      hits.push(...banks.matcher.matchVideo(file.media.vpdq.features));
      break;
    case 'other':
    case 'unhashable':
      break;
  }
  const best = new Map<string, number>();
  for (const h of hits) best.set(h.key, Math.min(h.distance, best.get(h.key) ?? Infinity));
  const out: ScanMatch[] = [];
  for (const [key, distance] of best) {
    const signal = banks.signal(key);
    if (signal) out.push({ ...signal, path: file.path, distance, quality });
  }
  return out.sort((a, b) => a.distance - b.distance || a.bank.localeCompare(b.bank));
}
