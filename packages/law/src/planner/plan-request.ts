import { isJurisdictionCode, ok, type CodedError, type Result } from '@concord/core';
import {
  CONDUCT_IDS,
  isConductId,
  isMeasure,
  isUrgency,
  MEASURES,
  URGENCIES,
  type ConductId,
  type Measure,
  type Urgency,
} from '../model.ts';
import { isPlainObject } from '../dataset/schema.ts';

export const PLAN_INPUT_ERROR_CODES = [
  'invalid_request',
  'unknown_jurisdiction',
  'same_jurisdiction',
  'unknown_conduct',
  'unknown_measure',
  'unknown_urgency',
  'invalid_date',
] as const;
export type PlanInputErrorCode = (typeof PLAN_INPUT_ERROR_CODES)[number];
export type PlanInputError = CodedError<PlanInputErrorCode>;

/** A checked plan request. */
export interface PlanRequest {
  readonly requesting: string;
  readonly requested: string;
  /** Without duplicates, in the order given. */
  readonly conducts: readonly ConductId[];
  readonly measures: readonly Measure[];
  readonly urgency: Urgency;
}

/** What callers pass: strings from a form, a command line or JSON. */
export interface PlanInput {
  readonly requesting: string;
  readonly requested: string;
  readonly conducts: readonly string[];
  readonly measures: readonly string[];
  /** Defaults to 'routine'. */
  readonly urgency?: string;
}

const fail = (code: PlanInputErrorCode, message: string): Result<never, PlanInputError> => ({
  ok: false,
  error: { code, message },
});

/**
 * Checks a plan request: ISO codes, conduct and measure ids, urgency.
 *
 * @example
 * parsePlanRequest({ requesting: 'DE', requested: 'DE', conducts: [], measures: [] })
 * // { ok: false, error: { code: 'same_jurisdiction', ... } }
 */
export function parsePlanRequest(input: unknown): Result<PlanRequest, PlanInputError> {
  if (!isPlainObject(input)) {
    return fail(
      'invalid_request',
      'a plan request is an object with requesting, requested, conducts, measures, urgency',
    );
  }
  const field = (key: string): unknown => input[key];
  const from = jurisdiction(field('requesting'), 'requesting');
  if (!from.ok) return from;
  const to = jurisdiction(field('requested'), 'requested');
  if (!to.ok) return to;
  if (from.value === to.value)
    return fail('same_jurisdiction', `requesting and requested are both ${from.value}`);
  const conducts = stringList(field('conducts'), 'conducts');
  if (!conducts.ok) return conducts;
  const unknownConduct = conducts.value.find((c) => !isConductId(c));
  if (unknownConduct !== undefined) {
    return fail(
      'unknown_conduct',
      `${unknownConduct} is not a conduct id (${CONDUCT_IDS.join(', ')})`,
    );
  }
  const measures = stringList(field('measures'), 'measures');
  if (!measures.ok) return measures;
  const unknownMeasure = measures.value.find((m) => !isMeasure(m));
  if (unknownMeasure !== undefined) {
    return fail('unknown_measure', `${unknownMeasure} is not a measure (${MEASURES.join(', ')})`);
  }
  const urgency = field('urgency') ?? 'routine';
  if (typeof urgency !== 'string' || !isUrgency(urgency)) {
    return fail(
      'unknown_urgency',
      `${String(urgency)} is not an urgency (${URGENCIES.join(', ')})`,
    );
  }
  return ok({
    requesting: from.value,
    requested: to.value,
    conducts: unique(conducts.value.filter(isConductId)),
    measures: unique(measures.value.filter(isMeasure)),
    urgency,
  });
}

function jurisdiction(value: unknown, name: string): Result<string, PlanInputError> {
  return typeof value === 'string' && isJurisdictionCode(value)
    ? ok(value)
    : fail(
        'unknown_jurisdiction',
        `${name}: ${String(value)} is not an ISO 3166-1 alpha-2 code (upper case, e.g. DE)`,
      );
}

function stringList(value: unknown, name: string): Result<readonly string[], PlanInputError> {
  if (!Array.isArray(value) || value.length === 0 || !value.every((v) => typeof v === 'string')) {
    return fail('invalid_request', `${name} must be a non-empty list of ids`);
  }
  return ok(value);
}

function unique<T>(values: readonly T[]): readonly T[] {
  return values.filter((v, i) => values.indexOf(v) === i);
}
