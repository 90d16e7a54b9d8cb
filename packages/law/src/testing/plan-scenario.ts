// The harness for the planner's scenario tables. Each scenario's expectations are written by
// hand from the research data and the rules tables, never by calling plan() first.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  INSTRUMENT_IDS,
  type ConductId,
  type Criminalisation,
  type InstrumentId,
  type Measure,
} from '../model.ts';
import { plan, type PlanOptions } from '../planner/plan.ts';
import type { PlanInput } from '../planner/plan-request.ts';
import type {
  ExclusionCode,
  PlanDualCriminality,
  PlanStep,
  PlanWarningCode,
} from '../planner/plan-types.ts';

type Row = readonly [
  requesting: Criminalisation,
  requested: Criminalisation,
  required: PlanDualCriminality['required'],
  result: PlanDualCriminality['result'],
];
type Step = readonly [Measure, InstrumentId, string, PlanStep['deadline']];

export interface Scenario {
  readonly title: string;
  readonly input: PlanInput;
  readonly options?: PlanOptions;
  /** Every legal basis, with the requested measures it covers. */
  readonly bases: Partial<Record<InstrumentId, readonly Measure[]>>;
  /** Some excluded instruments and the code their reason starts with. */
  readonly excluded?: Partial<Record<InstrumentId, ExclusionCode>>;
  readonly dc: Partial<Record<ConductId, Row>>;
  readonly steps: readonly Step[];
  /** Every warning code the plan gives, in any order. */
  readonly warnings: readonly PlanWarningCode[];
}

/** One test per scenario. */
export function scenarioSuite(name: string, scenarios: readonly Scenario[]): void {
  describe(name, () => {
    for (const scenario of scenarios) {
      it(scenario.title, () => check(scenario));
    }
  });
}

function check(scenario: Scenario): void {
  const result = plan(scenario.input, scenario.options);
  assert.ok(result.ok, result.ok ? '' : result.error.message);
  const p = result.value;
  const bases = Object.fromEntries(p.legalBases.map((b) => [b.instrument, b.measures]));
  assert.deepEqual(bases, scenario.bases, 'legal bases');
  const listed = [...p.legalBases.map((b) => b.instrument), ...p.excluded.map((e) => e.instrument)];
  assert.deepEqual([...listed].sort(), [...INSTRUMENT_IDS].sort(), 'each instrument once');
  for (const [instrument, code] of Object.entries(scenario.excluded ?? {})) {
    const reason = p.excluded.find((e) => e.instrument === instrument)?.reason ?? '(not excluded)';
    assert.ok(reason.startsWith(`${code}: `), `${instrument}: ${reason}`);
  }
  const dc = Object.fromEntries(
    p.dualCriminality.map((d) => [d.conduct, [d.requesting, d.requested, d.required, d.result]]),
  );
  assert.deepEqual(dc, scenario.dc, 'dual criminality');
  assert.deepEqual(
    p.steps.map((s) => [s.measure, s.instrument, s.article, s.deadline]),
    scenario.steps,
    'steps',
  );
  assert.deepEqual(
    p.steps.map((s) => s.order),
    p.steps.map((_, i) => i + 1),
    'step order',
  );
  const codes = [...new Set(p.warnings.map((w) => w.code))].sort();
  assert.deepEqual(codes, [...new Set(scenario.warnings)].sort(), 'warnings');
}
