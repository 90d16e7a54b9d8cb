// vPDQ video matching, as python-threatexchange decides it
// (threatexchange/extensions/vpdq: vpdq_brute_matcher.match_VPDQ_hash_brute and
// VPDQSignal.compare_hash):
//   1. each side drops repeated hashes (first occurrence kept), then frames
//      whose quality is below the floor;
//   2. a frame matches when some frame of the other side is within distance
//      <= 31 (inclusive);
//   3. percentages are matched unique frames over unique kept frames, each way;
//   4. the videos match when query% >= 80 and compared% >= 0.
//
// Meta's C++ matcher (vpdq/cpp/hashing/matchTwoHash.cpp) differs: it uses a
// strict `distance < tolerance` and does not dedupe, so its percentages weigh
// repeated frames (e.g. a still scene) more. We follow the Python rule, which is
// what HMA and ThreatExchange exchanges use.

import {
  PDQ_MATCH_THRESHOLD,
  PDQ_QUALITY_FLOOR,
  pdqHashWords,
  pdqWordsDistance,
} from './pdq-hash.ts';
import type { VpdqFeature } from './vpdq-feature.ts';

/** Thresholds of the vPDQ match rule; every field defaults to python-threatexchange's value. */
export interface VpdqMatchOptions {
  /** Frames below this quality are ignored (default 50). */
  readonly qualityFloor?: number;
  /** Largest Hamming distance at which two frames match, inclusive (default 31). */
  readonly distanceThreshold?: number;
  /** Least percentage of the query's unique frames that must match (default 80). */
  readonly queryMatchPercent?: number;
  /** Least percentage of the compared video's unique frames that must match (default 0). */
  readonly comparedMatchPercent?: number;
}

/** Default percentage of the query's frames that must match. */
export const VPDQ_QUERY_MATCH_PERCENT = 80;
/** Default percentage of the compared video's frames that must match. */
export const VPDQ_COMPARED_MATCH_PERCENT = 0;

/** How much of each video matched the other, and the verdict. */
export interface VpdqMatchResult {
  /** Percentage (0..100) of the query's unique, good-quality frames found in the other video. */
  readonly queryMatchPercent: number;
  /** Percentage (0..100) of the compared video's unique, good-quality frames found in the query. */
  readonly comparedMatchPercent: number;
  readonly isMatch: boolean;
}

/** Unique hashes (first occurrence wins), then those at or above the quality floor. */
function prepare(features: readonly VpdqFeature[], qualityFloor: number): VpdqFeature[] {
  const seen = new Set<string>();
  const unique: VpdqFeature[] = [];
  for (const f of features) {
    if (seen.has(f.hash)) continue;
    seen.add(f.hash);
    unique.push(f);
  }
  return unique.filter((f) => f.quality >= qualityFloor);
}

function countFoundIn(
  frames: readonly Uint32Array[],
  other: readonly Uint32Array[],
  threshold: number,
): number {
  let count = 0;
  for (const a of frames) {
    if (other.some((b) => pdqWordsDistance(a, b) <= threshold)) count++;
  }
  return count;
}

/**
 * Compares two vPDQ hashes with python-threatexchange's brute-force rule.
 * When either side has no frame left after filtering, both percentages are 0
 * and the result is no match (Python would divide by zero there).
 *
 * @example
 * const r = matchVpdq(queryFeatures, bankFeatures);
 * if (r.isMatch) alert(r.queryMatchPercent);
 */
export function matchVpdq(
  query: readonly VpdqFeature[],
  compared: readonly VpdqFeature[],
  options: VpdqMatchOptions = {},
): VpdqMatchResult {
  const qualityFloor = options.qualityFloor ?? PDQ_QUALITY_FLOOR;
  const threshold = options.distanceThreshold ?? PDQ_MATCH_THRESHOLD;
  const needQuery = options.queryMatchPercent ?? VPDQ_QUERY_MATCH_PERCENT;
  const needCompared = options.comparedMatchPercent ?? VPDQ_COMPARED_MATCH_PERCENT;

  const q = prepare(query, qualityFloor).map((f) => pdqHashWords(f.hash));
  const c = prepare(compared, qualityFloor).map((f) => pdqHashWords(f.hash));
  if (q.length === 0 || c.length === 0) {
    return { queryMatchPercent: 0, comparedMatchPercent: 0, isMatch: false };
  }
  const queryMatchPercent = (countFoundIn(q, c, threshold) * 100) / q.length;
  const comparedMatchPercent = (countFoundIn(c, q, threshold) * 100) / c.length;
  return {
    queryMatchPercent,
    comparedMatchPercent,
    isMatch: queryMatchPercent >= needQuery && comparedMatchPercent >= needCompared,
  };
}
