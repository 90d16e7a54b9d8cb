// How a harmonisation report reads on a map: by how many criteria are known not to be met.
// A count of unknowns is no finding, so a report with nothing assessed is its own category.

import type { CriterionResult } from '../harmonisation/harmonisation-report.ts';

/** Legend categories of the gaps map, in display order. */
export const GAP_CATEGORIES = ['unknown', 'none', 'few', 'some', 'many'] as const;
export type GapCategory = (typeof GAP_CATEGORIES)[number];

/**
 * The map category of a report's totals: unknown (no criterion assessed), none (no criterion
 * known to be unmet), few (1-2), some (3-5), many (6 or more).
 *
 * @example
 * gapCategory({ met: 6, not_met: 0, unknown: 18 }) // 'none'
 */
export function gapCategory(totals: Readonly<Record<CriterionResult, number>>): GapCategory {
  if (totals.met + totals.not_met === 0) return 'unknown';
  if (totals.not_met === 0) return 'none';
  if (totals.not_met <= 2) return 'few';
  if (totals.not_met <= 5) return 'some';
  return 'many';
}
