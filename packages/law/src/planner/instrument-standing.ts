// Whether an instrument is a legal basis between the two jurisdictions for the measures
// asked, and if not, the first reason why, in this order: it has no provision for them; it
// covers none of the conducts; it is not in force (or that is unknown); one side is not bound
// (not a party, only a signatory, outside the EU, unknown, or known only from a weak source);
// a recorded reservation removes the only articles that would serve.

import { partyRecordOf, type PartyRecord } from '../dataset/dataset-access.ts';
import type { InstrumentId } from '../model.ts';
import {
  CLOUD_AGREEMENTS,
  euParticipation,
  INSTRUMENT_RULES,
  type Application,
} from '../rules/instrument-rules.ts';
import { MEASURE_ROUTES, NO_COOPERATION_PROVISION } from '../rules/measure-routes.ts';
import type { MeasureRoute } from '../rules/route-model.ts';
import { recordedReservations } from '../rules/reservations.ts';
import { conductCoveredBy, inDataset, type PlanContext } from './plan-context.ts';
import type { ExclusionCode } from './plan-types.ts';

export type Standing =
  | {
      readonly kind: 'basis';
      readonly instrument: InstrumentId;
      readonly routes: readonly MeasureRoute[];
      /** What the relationship rests on: party cells, application, agreement. */
      readonly sources: readonly string[];
    }
  | {
      readonly kind: 'excluded';
      readonly instrument: InstrumentId;
      readonly code: ExclusionCode;
      readonly why: string;
      readonly sources: readonly string[];
    };

type Excluded = Extract<Standing, { kind: 'excluded' }>;
type Check = { readonly kind: 'ok'; readonly sources: readonly string[] } | Excluded;

/**
 * The standing of one instrument between the plan's two jurisdictions.
 *
 * @example
 * standingOf(ctx, 'CETS224') // { kind: 'excluded', code: 'not_in_force', ... }
 */
export function standingOf(ctx: PlanContext, id: InstrumentId): Standing {
  const { requesting: a, requested: b, measures, conducts } = ctx.request;
  const own = ctx.dataset.instruments.find((i) => i.id === id)?.sources ?? [];
  const exclude = (code: ExclusionCode, why: string, sources: readonly string[]): Excluded => ({
    kind: 'excluded',
    instrument: id,
    code,
    why,
    sources,
  });
  let routes = MEASURE_ROUTES.filter((r) => r.instrument === id && measures.includes(r.measure));
  if (routes.length === 0) {
    const none = NO_COOPERATION_PROVISION[id];
    return none === undefined
      ? exclude(
          'no_covering_provision',
          `the bundled data records no ${id} provision for ${measures.join(', ')}`,
          own,
        )
      : exclude('no_covering_provision', none.why, none.sources);
  }
  const covered = conducts.some((c) => conductCoveredBy(ctx.dataset, c, id));
  routes = routes.filter((r) => r.conductScope === 'any' || covered);
  if (routes.length === 0) {
    return exclude(
      'conduct_not_covered',
      `its provisions serve only its own offences, and the conduct taxonomy links none of ${conducts.join(', ')} to it`,
      own,
    );
  }
  const applies = applicationCheck(ctx, id, exclude);
  const served = measures.filter((m) => routes.some((r) => r.measure === m));
  if (applies.kind !== 'ok') return applies;
  const bound = bindingCheck(ctx, id, served, exclude);
  if (bound.kind !== 'ok') return bound;
  routes = routes.filter(
    (r) => r.between === null || (r.between.includes(a) && r.between.includes(b)),
  );
  const excludedArticles = [a, b].flatMap((iso) => recordedReservations(iso, id));
  const remaining = routes.filter(
    (r) =>
      !excludedArticles.some((res) =>
        res.effects.some((e) => e.kind === 'excludes_articles' && e.articles.includes(r.article)),
      ),
  );
  if (remaining.length === 0) {
    return exclude(
      'reservation',
      excludedArticles.map((r) => `${r.jurisdiction} ${r.text}`).join('; '),
      excludedArticles.flatMap((r) => r.sources),
    );
  }
  const application = INSTRUMENT_RULES[id].application;
  if (application.kind === 'from' && application.basis === 'weak') {
    ctx.notes.warn(
      'weak_source',
      `${id} applies from ${application.date} according to a weak secondary source only; confirm before relying on it`,
      application.sources,
    );
  }
  return {
    kind: 'basis',
    instrument: id,
    routes: remaining,
    sources: [...applies.sources, ...bound.sources],
  };
}

type Excluder = (code: ExclusionCode, why: string, sources: readonly string[]) => Excluded;

function applicationCheck(ctx: PlanContext, id: InstrumentId, exclude: Excluder): Check {
  const rule = INSTRUMENT_RULES[id];
  const application =
    rule.application.kind === 'per_agreement' ? agreementOf(ctx)?.application : rule.application;
  if (application === undefined) {
    const { requesting: a, requested: b } = ctx.request;
    return exclude(
      'not_party',
      `no CLOUD Act executive agreement between ${a} and ${b} is recorded`,
      ['CLOUD_2025'],
    );
  }
  return applicationOutcome(ctx, id, application, exclude);
}

function applicationOutcome(
  ctx: PlanContext,
  id: InstrumentId,
  application: Exclude<Application, { kind: 'per_agreement' }>,
  exclude: Excluder,
): Check {
  switch (application.kind) {
    case 'not_in_force':
      if (bothAtLeastSigned(ctx, id)) {
        ctx.notes.warn(
          'instrument_not_in_force',
          `${id} is not in force (${application.why}); it cannot be used yet`,
          application.sources,
        );
      }
      return exclude('not_in_force', application.why, application.sources);
    case 'unknown': {
      const parties =
        INSTRUMENT_RULES[id].membership === 'not_collected'
          ? ', and party status was not collected by the research'
          : '';
      ctx.notes.warn('data_unknown', `${id}: ${application.why}${parties}`);
      // Cite what the research records about the instrument: the absence is in that record.
      const own = ctx.dataset.instruments.find((i) => i.id === id)?.sources ?? [];
      return exclude('in_force_unknown', `${application.why}${parties}`, own);
    }
    case 'from':
      if (ctx.date !== null && ctx.date < application.date) {
        return exclude('not_in_force', `it applies from ${application.date}`, application.sources);
      }
      return { kind: 'ok', sources: application.sources };
  }
}

function bindingCheck(
  ctx: PlanContext,
  id: InstrumentId,
  served: readonly string[],
  exclude: Excluder,
): Check {
  const { requesting: a, requested: b } = ctx.request;
  switch (INSTRUMENT_RULES[id].membership) {
    case 'bilateral': {
      const agreement = agreementOf(ctx);
      return agreement === undefined
        ? exclude(
            'not_party',
            `no CLOUD Act executive agreement between ${a} and ${b} is recorded`,
            ['CLOUD_2025'],
          )
        : { kind: 'ok', sources: [] };
    }
    case 'eu':
      return euCheck(ctx, id, served, exclude);
    case 'not_collected':
    case 'matrix':
      return matrixCheck(ctx, id, exclude);
  }
}

function euCheck(
  ctx: PlanContext,
  id: InstrumentId,
  served: readonly string[],
  exclude: Excluder,
): Check {
  const sides = [ctx.request.requesting, ctx.request.requested].map((iso) => ({
    iso,
    ...euParticipation(iso, id),
  }));
  const outside = sides.filter((s) => s.note === 'not an EU Member State');
  if (outside.length > 0) {
    const why = `it binds EU Member States only; ${outside.map((s) => s.iso).join(' and ')} ${outside.length > 1 ? 'are' : 'is'} not one`;
    if (outside.length === 1) {
      ctx.notes.warn(
        'eu_instrument_outside_eu',
        `${id} would cover ${served.join(', ')}, but ${why}`,
        ['EU_COUNTRIES'],
      );
    }
    return exclude('eu_only', why, ['EU_COUNTRIES']);
  }
  const unbound = sides.find((s) => s.status === 'not_party');
  if (unbound !== undefined)
    return exclude('not_party', `${unbound.iso}: ${unbound.note}`, unbound.sources);
  const unknown = sides.find((s) => s.status === 'unknown');
  if (unknown !== undefined) {
    ctx.notes.warn('data_unknown', `${id}: ${unknown.iso}: ${unknown.note}`);
    return exclude('status_unknown', `${unknown.iso}: ${unknown.note}`, []);
  }
  return { kind: 'ok', sources: sides.flatMap((s) => s.sources) };
}

function matrixCheck(ctx: PlanContext, id: InstrumentId, exclude: Excluder): Check {
  const cells = [ctx.request.requesting, ctx.request.requested].map((iso) =>
    partyRecordOf(iso, id, ctx.dataset),
  );
  const usable = (c: PartyRecord): boolean =>
    c.status === 'party' && (c.basis === 'direct' || c.basis === 'derived');
  // A side known not to be bound settles it; the other side's doubts would only add noise.
  const settled = cells.some(
    (c) => c.basis !== 'weak' && c.status !== 'party' && c.status !== 'unknown',
  );
  for (const cell of settled ? [] : cells) {
    if (cell.basis === 'weak') {
      ctx.notes.warn(
        'weak_source',
        `${cell.jurisdiction}'s status under ${id} (${cell.status}) rests on a weak source and is kept out of legal bases until confirmed: ${cell.note}`,
        cell.sources,
      );
    }
    if (cell.status === 'unknown' && inDataset(ctx.dataset, cell.jurisdiction)) {
      ctx.notes.warn(
        'data_unknown',
        `${cell.jurisdiction}'s status under ${id} is unknown: ${cell.note}`,
        cell.sources,
      );
    }
  }
  const bad = cells.filter((c) => !usable(c));
  if (bad.length === 0) return { kind: 'ok', sources: cells.flatMap((c) => c.sources) };
  const has = (...statuses: string[]): boolean => bad.some((c) => statuses.includes(c.status));
  const code: ExclusionCode = has('not_party', 'not_signed')
    ? 'not_party'
    : has('signatory')
      ? 'signatory_only'
      : has('unknown')
        ? 'status_unknown'
        : 'weak_source';
  return exclude(
    code,
    bad.map(describeCell).join('; '),
    bad.flatMap((c) => c.sources),
  );
}

function describeCell(cell: PartyRecord): string {
  const weak = cell.basis === 'weak' ? ' (weak source)' : '';
  const phrase = {
    party: 'is a Party',
    signatory: 'has signed but is not a Party',
    not_party: 'is not a Party',
    not_signed: 'has not signed',
    unknown: 'has an unknown status',
  }[cell.status];
  return `${cell.jurisdiction} ${phrase}${weak}`;
}

function bothAtLeastSigned(ctx: PlanContext, id: InstrumentId): boolean {
  return [ctx.request.requesting, ctx.request.requested].every((iso) => {
    const status = partyRecordOf(iso, id, ctx.dataset).status;
    return status === 'party' || status === 'signatory' || status === 'unknown';
  });
}

function agreementOf(ctx: PlanContext): (typeof CLOUD_AGREEMENTS)[number] | undefined {
  const { requesting: a, requested: b } = ctx.request;
  return CLOUD_AGREEMENTS.find((g) => g.partners.includes(a) && g.partners.includes(b));
}
