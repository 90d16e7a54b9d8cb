// Dual criminality per conduct: whether each side's law makes it an offence (from the national
// profiles), whether the instruments chosen for the steps require it, and the result. Unknown
// in, unknown out: a side whose law is not known never becomes 'satisfied'.

import type { ConductId, Criminalisation } from '../model.ts';
import type { DualCriminalityRule } from '../rules/route-model.ts';
import { recordedReservations } from '../rules/reservations.ts';
import { conductCoveredBy, type PlanContext } from './plan-context.ts';
import type { ChosenRoute } from './plan-steps.ts';
import type { PlanDualCriminality } from './plan-types.ts';

type Requirement = PlanDualCriminality['required'];

/**
 * The dual-criminality assessment for every conduct of the request.
 *
 * @example
 * assessDualCriminality(ctx, chosen) // [{ conduct: 'csam.possession', requesting: 'yes', ... }]
 */
export function assessDualCriminality(
  ctx: PlanContext,
  chosen: readonly ChosenRoute[],
): readonly PlanDualCriminality[] {
  const { requesting: a, requested: b, conducts } = ctx.request;
  const unknownIn = new Map<string, ConductId[]>([
    [a, []],
    [b, []],
  ]);
  const rows = conducts.map((conduct): PlanDualCriminality => {
    const sides = [a, b].map((iso) => ({ iso, value: ctx.profileOf(iso).conducts[conduct] }));
    for (const side of sides) {
      ctx.notes.cite(side.value.sources);
      if (side.value.value === 'unknown') unknownIn.get(side.iso)?.push(conduct);
      if (side.value.value === 'partial') {
        ctx.notes.warn(
          'partial_criminalisation',
          `${conduct} is an offence in ${side.iso} only in part: ${side.value.note ?? 'no detail recorded'}`,
          side.value.sources,
        );
      }
      warnReservations(ctx, side.iso, conduct);
    }
    const [requesting, requested] = [
      sides[0]?.value.value ?? 'unknown',
      sides[1]?.value.value ?? 'unknown',
    ];
    const required = combine(chosen.map((c) => requirement(ctx, c.route.dualCriminality, conduct)));
    const result = resultOf(requesting, requested, required);
    if (result === 'not_satisfied') {
      for (const side of sides.filter((s) => s.value.value === 'no')) {
        const need = required === 'yes' ? 'required' : 'possibly required';
        ctx.notes.warn(
          'dual_criminality_not_satisfied',
          `${conduct} is not an offence in ${side.iso} (${side.value.note ?? 'no detail recorded'}); dual criminality is ${need} for the steps chosen`,
          side.value.sources,
        );
      }
    }
    return { conduct, requesting, requested, required, result };
  });
  for (const [iso, unknown] of unknownIn) {
    if (unknown.length > 0) {
      ctx.notes.warn(
        'data_unknown',
        `whether ${iso}'s law makes ${unknown.join(', ')} an offence is not in the bundled data`,
      );
    }
  }
  return rows;
}

function resultOf(
  requesting: Criminalisation,
  requested: Criminalisation,
  required: Requirement,
): PlanDualCriminality['result'] {
  if (required === 'no') return 'not_required';
  if (requesting === 'yes' && requested === 'yes') return 'satisfied';
  if (requesting === 'no' || requested === 'no') return 'not_satisfied';
  return 'unknown';
}

/** The strictest requirement over the chosen steps; unknown without any step. */
function combine(requirements: readonly Requirement[]): Requirement {
  if (requirements.includes('yes')) return 'yes';
  if (requirements.length === 0 || requirements.includes('unknown')) return 'unknown';
  return 'no';
}

function requirement(ctx: PlanContext, rule: DualCriminalityRule, conduct: ConductId): Requirement {
  switch (rule.kind) {
    case 'required':
      return 'yes';
    case 'not_required':
      return 'no';
    case 'unknown':
      return 'unknown';
    case 'not_required_for_convention_offences': {
      // Budapest 29(3)-(4): Arts. 2-11 offences never need it; others only if the requested
      // Party reserved under 29(4), and the research records reservations only as examples.
      if (conductCoveredBy(ctx.dataset, conduct, 'BUDAPEST')) return 'no';
      const reserved = recordedReservations(ctx.request.requested, 'BUDAPEST').some((r) =>
        r.effects.some((e) => e.kind === 'requires_dual_criminality_for_preservation'),
      );
      return reserved ? 'yes' : 'unknown';
    }
  }
}

function warnReservations(ctx: PlanContext, iso: string, conduct: ConductId): void {
  for (const reservation of recordedReservations(iso)) {
    for (const effect of reservation.effects) {
      if (
        (effect.kind !== 'removes_conducts' && effect.kind !== 'narrows_conducts') ||
        !effect.conducts.includes(conduct)
      )
        continue;
      const verb = effect.kind === 'removes_conducts' ? 'takes' : 'takes part of';
      const unverified = reservation.unverified ? ' (unverified)' : '';
      ctx.notes.warn(
        'reservation_removes_conduct',
        `${iso}'s reservation to ${reservation.instrument} Art. ${reservation.article} ${verb} ${conduct} out of its obligations${unverified}: ${reservation.text}`,
        reservation.sources,
      );
    }
  }
}
