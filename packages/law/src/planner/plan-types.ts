// The plan's shape: exactly what `concord law plan --json` prints. Statements carry their
// citations as `[ID, ID]` at the end of their text; `sources` resolves every id cited.

import type { ConductId, Criminalisation, InstrumentId, Measure } from '../model.ts';

/** Warning codes, stable for callers and translations. */
export const PLAN_WARNING_CODES = [
  /** A fact the plan needs is not in the data; the answer is 'unknown', not a guess. */
  'data_unknown',
  /** A fact rests on a weak secondary source; it is kept out of legal bases or flagged. */
  'weak_source',
  /** An article number used is marked unverified by the research. */
  'unverified_provision',
  /** An instrument both sides signed or ratified is not in force. */
  'instrument_not_in_force',
  /** An EU instrument would cover a measure but one side is not bound by it. */
  'eu_instrument_outside_eu',
  /** A recorded reservation takes a conduct (or part of it) out of an instrument. */
  'reservation_removes_conduct',
  /** The requested State does not (or only in some cases) extradite its own nationals. */
  'nationality_bar_extradition',
  /** A conduct is not an offence on one side. */
  'dual_criminality_not_satisfied',
  /** A conduct is an offence on one side only in part. */
  'partial_criminalisation',
  /** A chosen article covers only its instrument's own offences, and some conducts are not among them. */
  'conduct_outside_instrument',
  /** No instrument in force between the two covers a measure. */
  'no_legal_basis',
  /** Data is asked for without preservation, which is available. */
  'preservation_recommended',
  /** A CLOUD Act agreement's own limits apply. */
  'cloud_agreement_limits',
] as const;
export type PlanWarningCode = (typeof PLAN_WARNING_CODES)[number];

/** Why an instrument is not a legal basis: the first word of each `excluded[].reason`. */
export const EXCLUSION_CODES = [
  'no_covering_provision',
  'conduct_not_covered',
  'not_in_force',
  'in_force_unknown',
  'eu_only',
  'not_party',
  'signatory_only',
  'status_unknown',
  'weak_source',
  'reservation',
] as const;
export type ExclusionCode = (typeof EXCLUSION_CODES)[number];

export interface PlanLegalBasis {
  readonly instrument: InstrumentId;
  readonly articles: readonly string[];
  readonly measures: readonly Measure[];
}

export interface PlanExclusion {
  readonly instrument: InstrumentId;
  /** `<exclusion code>: <why> [sources]`. */
  readonly reason: string;
}

export interface PlanDualCriminality {
  readonly conduct: ConductId;
  readonly requesting: Criminalisation;
  readonly requested: Criminalisation;
  /** Whether the instruments chosen for the steps require it, for the strictest step. */
  readonly required: 'yes' | 'no' | 'unknown';
  readonly result: 'satisfied' | 'not_satisfied' | 'not_required' | 'unknown';
}

export interface PlanStep {
  readonly order: number;
  readonly measure: Measure;
  readonly instrument: InstrumentId;
  readonly article: string;
  readonly deadline: { readonly days?: number; readonly hours?: number } | null;
  readonly summary: string;
}

export interface PlanWarning {
  readonly code: PlanWarningCode;
  readonly message: string;
}

export interface PlanSource {
  readonly id: string;
  readonly title: string;
  readonly ref: string;
}

/** A cooperation plan between two jurisdictions. */
export interface Plan {
  readonly legalBases: readonly PlanLegalBasis[];
  readonly excluded: readonly PlanExclusion[];
  readonly dualCriminality: readonly PlanDualCriminality[];
  readonly steps: readonly PlanStep[];
  readonly warnings: readonly PlanWarning[];
  readonly sources: readonly PlanSource[];
}
