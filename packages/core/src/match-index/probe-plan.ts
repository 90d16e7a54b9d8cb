// Per query and segment, choose a threshold t_j for every table (-1 = skip the
// table) so that sum(t_j + 1) >= radius + 1, which makes the search exact by
// pigeonhole, at the least estimated cost. On uniform hashes the plan at radius
// 31 is ten tables at t = 2 and one at t = 1; on skewed real-world hashes it
// steers away from crowded buckets, and falls back to a scan when that is cheaper.
import { binomial } from './chunk-layout.ts';

/**
 * Relative costs in about nanoseconds on the reference machine, where a random
 * access into a large array costs ~25 ns when batched and ~120 ns when not.
 */
export const COST = {
  /** Locating one bucket: offsets read, a random access into its entries, a search. */
  visit: 60,
  /** Testing one bucket entry's residue bits. */
  scan: 2,
  /** Finding one residue's run in a bucket already visited. */
  search: 64,
  /** Verifying one candidate: a random access to its row and a full distance. */
  verify: 40,
  /** One row of a linear scan. */
  row: 8,
} as const;

/** Number of `bits`-bit values within `radius` of a given one. */
export function volume(bits: number, radius: number): number {
  let v = 0;
  for (let k = 0; k <= Math.min(bits, radius); k++) v += binomial(bits, k);
  return v;
}

/**
 * Estimated cost of probing one table at threshold `t`. `entriesAt[d]` is the
 * number of entries in buckets whose directory key is exactly `d` bits from the
 * query's, `crowdedAt[d]` how many of those sit in crowded buckets. Buckets at
 * distance d < t are scanned and their entries filtered by residue; at d = t
 * only entries with the query's exact residue qualify, found by a search. A
 * fraction of residues qualifies in ordinary buckets; in crowded ones (real
 * hashes cluster: blank images, near-copies) all are assumed to.
 */
export function tableCost(
  dirBits: number,
  residueBits: number,
  entriesAt: Float64Array,
  crowdedAt: Float64Array,
  t: number,
): number {
  let cost = 0;
  const residueSpace = 2 ** residueBits;
  for (let d = 0; d <= Math.min(t, dirBits); d++) {
    const entries = entriesAt[d] ?? 0;
    const crowded = crowdedAt[d] ?? 0;
    const allow = t - d;
    cost += binomial(dirBits, d) * COST.visit;
    // Read the buckets whole, or look up each qualifying residue in them (crowded buckets).
    const lookups = binomial(dirBits, d) * volume(residueBits, allow);
    if (allow > 0) cost += Math.min(entries * COST.scan, lookups * COST.search);
    const candidates = ((entries - crowded) * volume(residueBits, allow)) / residueSpace + crowded;
    cost += candidates * COST.verify;
  }
  return cost;
}

/** Thresholds for each table, and their total estimated cost. */
export interface ProbePlan {
  readonly thresholds: Int8Array;
  readonly cost: number;
}

/**
 * Picks thresholds minimising total cost subject to sum(t_j + 1) >= units.
 * `costs[j * (maxT + 1) + t]` is table j's cost at threshold t (0..maxT);
 * skipping a table costs nothing. Returns null when even maxT everywhere
 * cannot reach `units`.
 */
export function planThresholds(
  costs: Float64Array,
  tables: number,
  maxT: number,
  units: number,
): ProbePlan | null {
  if (units > tables * (maxT + 1)) return null;
  const width = units + 1;
  // best[j][u]: least cost for tables j.. to supply u more units (capped at `units`).
  const best = new Float64Array((tables + 1) * width).fill(Infinity);
  const choice = new Int8Array(tables * width);
  best[tables * width] = 0;
  for (let j = tables - 1; j >= 0; j--) {
    for (let u = 0; u <= units; u++) {
      let bestCost = best[(j + 1) * width + u] ?? Infinity;
      let bestT = -1;
      for (let t = 0; t <= maxT; t++) {
        const rest = best[(j + 1) * width + Math.max(0, u - t - 1)] ?? Infinity;
        const cost = (costs[j * (maxT + 1) + t] ?? Infinity) + rest;
        if (cost < bestCost) {
          bestCost = cost;
          bestT = t;
        }
      }
      best[j * width + u] = bestCost;
      choice[j * width + u] = bestT;
    }
  }
  const total = best[units] ?? Infinity;
  if (!Number.isFinite(total)) return null;
  const thresholds = new Int8Array(tables);
  let u = units;
  for (let j = 0; j < tables; j++) {
    const t = choice[j * width + u] ?? -1;
    thresholds[j] = t;
    u = Math.max(0, u - t - 1);
  }
  return { thresholds, cost: total };
}
