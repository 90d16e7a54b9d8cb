// The recommended steps: for each measure, the fastest route among the legal bases (by
// channel, then deadline), then all steps from fastest to slowest.

import type { Measure } from '../model.ts';
import { MEASURE_ROUTES, PARTIAL_COVERAGE } from '../rules/measure-routes.ts';
import {
  CHANNELS,
  ROUTE_PREFERENCE,
  type Deadline,
  type MeasureRoute,
} from '../rules/route-model.ts';
import type { Standing } from './instrument-standing.ts';
import { conductCoveredBy, type PlanContext } from './plan-context.ts';
import type { PlanStep } from './plan-types.ts';

type Basis = Extract<Standing, { kind: 'basis' }>;

/** A chosen route and the relationship it rests on. */
export interface ChosenRoute {
  readonly route: MeasureRoute;
  readonly basis: Basis;
}

const DATA_MEASURES: readonly Measure[] = [
  'subscriber_info',
  'traffic_data',
  'content_data',
  'search_seizure',
];

/**
 * Picks one route per measure and orders the steps.
 *
 * @example
 * chooseSteps(ctx, standings).steps[0] // { order: 1, measure: 'preservation', instrument: 'BUDAPEST', ... }
 */
export function chooseSteps(
  ctx: PlanContext,
  standings: readonly Standing[],
): { readonly steps: readonly PlanStep[]; readonly chosen: readonly ChosenRoute[] } {
  const bases = standings.filter((s): s is Basis => s.kind === 'basis');
  const chosen: ChosenRoute[] = [];
  for (const measure of ctx.request.measures) {
    const candidates = bases.flatMap((basis) =>
      basis.routes.filter((r) => r.measure === measure).map((route) => ({ route, basis })),
    );
    const best = [...candidates].sort((x, y) => compareRoutes(ctx, x.route, y.route))[0];
    if (best === undefined) noLegalBasis(ctx, measure, standings);
    else chosen.push(best);
  }
  const measureIndex = (m: Measure): number => ctx.request.measures.indexOf(m);
  chosen.sort(
    (x, y) =>
      compareRoutes(ctx, x.route, y.route) ||
      measureIndex(x.route.measure) - measureIndex(y.route.measure),
  );
  recommendPreservation(ctx, bases);
  const steps = chosen.map(({ route, basis }, i) => step(ctx, route, basis, i + 1));
  return { steps, chosen };
}

function step(ctx: PlanContext, route: MeasureRoute, basis: Basis, order: number): PlanStep {
  const { urgency, conducts } = ctx.request;
  let summary = route.summary;
  if (urgency !== 'routine' && route.instrument === 'BUDAPEST' && route.channel === 'mla') {
    summary +=
      '; being urgent, it may go by fax or e-mail with formal confirmation to follow (Art. 25(3))';
  }
  if (route.unverified) {
    ctx.notes.warn(
      'unverified_provision',
      `${route.instrument} ${route.article}: the research marks this article (or its number) unverified`,
      route.sources,
    );
  }
  if (route.conductScope === 'instrument_offences') {
    for (const limit of PARTIAL_COVERAGE) {
      if (limit.instrument !== route.instrument || !conducts.includes(limit.conduct)) continue;
      ctx.notes.warn(
        'conduct_outside_instrument',
        `${route.instrument} serves ${limit.conduct} only in part: ${limit.why}`,
        limit.sources,
      );
    }
    const outside = conducts.filter((c) => !conductCoveredBy(ctx.dataset, c, route.instrument));
    if (outside.length > 0) {
      ctx.notes.warn(
        'conduct_outside_instrument',
        `${route.instrument} Art. ${route.article} serves only its own offences; the conduct taxonomy does not link ${outside.join(', ')} to it`,
        route.sources,
      );
    }
  }
  if (route.instrument === 'US_CLOUD') {
    ctx.notes.warn(
      'cloud_agreement_limits',
      `orders under the ${route.article} may not target the other country's residents`,
      route.sources,
    );
  }
  return {
    order,
    measure: route.measure,
    instrument: route.instrument,
    article: route.article,
    deadline: deadlineOf(ctx, route),
    summary: `${summary}.${ctx.notes.cite([...route.sources, ...basis.sources])}`,
  };
}

function deadlineOf(ctx: PlanContext, route: MeasureRoute): Deadline | null {
  return ctx.request.urgency === 'emergency' && route.emergencyDeadline !== null
    ? route.emergencyDeadline
    : route.deadline;
}

function hours(deadline: Deadline | null): number {
  if (deadline === null) return Number.POSITIVE_INFINITY;
  return 'days' in deadline ? deadline.days * 24 : deadline.hours;
}

/** Conducts a route does not serve: those outside its instrument, for instrument-only routes. */
function uncovered(ctx: PlanContext, route: MeasureRoute): number {
  if (route.conductScope === 'any') return 0;
  return ctx.request.conducts.filter((c) => !conductCoveredBy(ctx.dataset, c, route.instrument))
    .length;
}

/** Fastest first: channel, then deadline, then the route serving more conducts, then preference. */
function compareRoutes(ctx: PlanContext, x: MeasureRoute, y: MeasureRoute): number {
  return (
    CHANNELS.indexOf(x.channel) - CHANNELS.indexOf(y.channel) ||
    hours(deadlineOf(ctx, x)) - hours(deadlineOf(ctx, y)) ||
    uncovered(ctx, x) - uncovered(ctx, y) ||
    ROUTE_PREFERENCE.indexOf(x.instrument) - ROUTE_PREFERENCE.indexOf(y.instrument)
  );
}

function noLegalBasis(ctx: PlanContext, measure: Measure, standings: readonly Standing[]): void {
  const { requesting: a, requested: b } = ctx.request;
  const would = standings.filter(
    (s) =>
      s.kind === 'excluded' &&
      MEASURE_ROUTES.some((r) => r.instrument === s.instrument && r.measure === measure),
  );
  const others = would.map((s) =>
    s.kind === 'excluded' ? `${s.instrument} (${s.code})` : s.instrument,
  );
  const tail =
    others.length === 0
      ? ''
      : `; instruments with a provision for it do not apply: ${others.join(', ')}`;
  ctx.notes.warn(
    'no_legal_basis',
    `no instrument in force between ${a} and ${b} in the bundled data covers ${measure}${tail}`,
  );
}

function recommendPreservation(ctx: PlanContext, bases: readonly Basis[]): void {
  const { measures } = ctx.request;
  if (measures.includes('preservation') || !measures.some((m) => DATA_MEASURES.includes(m))) return;
  const routes = bases.flatMap((b) =>
    MEASURE_ROUTES.filter((r) => r.instrument === b.instrument && r.measure === 'preservation'),
  );
  const best = [...routes].sort((x, y) => compareRoutes(ctx, x, y))[0];
  if (best !== undefined) {
    ctx.notes.warn(
      'preservation_recommended',
      `data may be deleted before a request for it is carried out; ask for preservation first (${best.instrument} Art. ${best.article})`,
      best.sources,
    );
  }
}
