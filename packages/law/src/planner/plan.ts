// plan(): legal bases, exclusions, dual criminality, steps and warnings for a request from
// one jurisdiction to another. Pure: the dataset, profiles and date come in as arguments.

import { ok, type Result } from '@concord/core';
import { BUNDLED_DATASET } from '../data/legal-dataset.generated.ts';
import { findSource } from '../dataset/dataset-access.ts';
import { INSTRUMENT_IDS, type LawDataset, type SourceRecord } from '../model.ts';
import { bundledProfile, type NationalProfile } from '../profiles/national-profile.ts';
import { assessDualCriminality } from './dual-criminality.ts';
import { standingOf, type Standing } from './instrument-standing.ts';
import { inDataset, PlanNotes, type PlanContext } from './plan-context.ts';
import { parsePlanRequest, type PlanInput, type PlanInputError } from './plan-request.ts';
import { chooseSteps, type ChosenRoute } from './plan-steps.ts';
import type { Plan, PlanLegalBasis } from './plan-types.ts';

export interface PlanOptions {
  /** The knowledge base; the bundled one by default. */
  readonly dataset?: LawDataset;
  /** Profiles in force (e.g. merged with a published one); bundled profiles for the rest. */
  readonly profiles?: readonly NationalProfile[];
  /** The day to plan for (YYYY-MM-DD). Without it, the present: every recorded start date has passed. */
  readonly date?: string;
}

/**
 * Plans cooperation between two jurisdictions for some conducts and measures.
 *
 * @example
 * const result = plan({
 *   requesting: 'DE', requested: 'FR', conducts: ['csam.possession'],
 *   measures: ['preservation', 'content_data'], urgency: 'urgent',
 * });
 * if (result.ok) console.log(result.value.steps.map((s) => `${s.order}. ${s.summary}`));
 */
export function plan(input: PlanInput, options: PlanOptions = {}): Result<Plan, PlanInputError> {
  const request = parsePlanRequest(input);
  if (!request.ok) return request;
  if (options.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.date)) {
    return {
      ok: false,
      error: { code: 'invalid_date', message: `${options.date} is not a date (YYYY-MM-DD)` },
    };
  }
  const dataset = options.dataset ?? BUNDLED_DATASET;
  const given = options.profiles ?? [];
  const profiles = new Map<string, NationalProfile>();
  const profileOf = (iso2: string): NationalProfile => {
    const known =
      given.find((p) => p.jurisdiction === iso2) ??
      profiles.get(iso2) ??
      bundledProfile(iso2, dataset);
    profiles.set(iso2, known);
    return known;
  };
  const ctx: PlanContext = {
    request: request.value,
    dataset,
    date: options.date ?? null,
    profileOf,
    notes: new PlanNotes(),
  };
  for (const iso of [request.value.requesting, request.value.requested]) {
    if (!inDataset(dataset, iso)) {
      ctx.notes.warn(
        'data_unknown',
        `${iso} is not in the bundled dataset: its party status under the treaties is unknown`,
      );
    }
  }
  const standings = INSTRUMENT_IDS.map((id) => standingOf(ctx, id));
  const { steps, chosen } = chooseSteps(ctx, standings);
  const dualCriminality = assessDualCriminality(ctx, chosen);
  checkExtradition(ctx, chosen);
  const excluded = standings.flatMap((s) =>
    s.kind === 'excluded'
      ? [{ instrument: s.instrument, reason: `${s.code}: ${s.why}${ctx.notes.cite(s.sources)}` }]
      : [],
  );
  const legalBases = standings.flatMap((s) => (s.kind === 'basis' ? [legalBasis(ctx, s)] : []));
  const extra = [...given.flatMap((p) => p.extraSources)];
  return ok({
    legalBases,
    excluded,
    dualCriminality,
    steps,
    warnings: ctx.notes.warnings,
    sources: ctx.notes.cited().map((id) => planSource(id, dataset, extra)),
  });
}

function legalBasis(
  ctx: PlanContext,
  standing: Extract<Standing, { kind: 'basis' }>,
): PlanLegalBasis {
  ctx.notes.cite([...standing.sources, ...standing.routes.flatMap((r) => r.sources)]);
  const articles = [...new Set(standing.routes.flatMap((r) => r.articles))].sort(compareArticles);
  const measures = ctx.request.measures.filter((m) => standing.routes.some((r) => r.measure === m));
  return { instrument: standing.instrument, articles, measures };
}

/** '4(5)' < '10' < '25(3)' < '29' < 'US-UK agreement'. */
function compareArticles(x: string, y: string): number {
  const n = (a: string): number => {
    const m = /^\d+/.exec(a);
    return m === null ? Number.POSITIVE_INFINITY : Number(m[0]);
  };
  return n(x) - n(y) || (x < y ? -1 : x > y ? 1 : 0);
}

function checkExtradition(ctx: PlanContext, chosen: readonly ChosenRoute[]): void {
  const { requested, measures } = ctx.request;
  if (!measures.includes('extradition')) return;
  const nationals = ctx.profileOf(requested).extraditesNationals;
  if (nationals.value === 'no' || nationals.value === 'partial') {
    const route = chosen.find((c) => c.route.measure === 'extradition')?.route;
    const duty =
      route?.instrument === 'OPSC'
        ? '; a refusal for nationality obliges it to submit the case for prosecution (OPSC Art. 5(5))'
        : route?.instrument === 'BUDAPEST'
          ? '; a refusal for nationality obliges it to submit the case for prosecution (Budapest Art. 24(6))'
          : '';
    const how =
      nationals.value === 'no'
        ? 'does not extradite its own nationals'
        : 'extradites its own nationals only in some cases';
    ctx.notes.warn(
      'nationality_bar_extradition',
      `${requested} ${how}: ${nationals.note ?? 'no detail recorded'}${duty}`,
      [...nationals.sources, ...(route === undefined ? [] : route.sources)],
    );
  } else if (nationals.value === 'unknown') {
    ctx.notes.warn(
      'data_unknown',
      `whether ${requested} extradites its own nationals is not in the bundled data`,
    );
  }
  if (chosen.some((c) => c.route.measure === 'extradition' && c.route.instrument === 'BUDAPEST')) {
    ctx.notes.warn(
      'data_unknown',
      'Budapest Art. 24(1)(a) requires the offence to be punishable by at least one year in both Parties; penalties are not in the bundled data',
      ['BUD_TEXT'],
    );
  }
}

function planSource(
  id: string,
  dataset: LawDataset,
  extra: readonly SourceRecord[],
): { id: string; title: string; ref: string } {
  const source = findSource(id, dataset, extra);
  // Every id cited comes from the dataset, the package rules or a given profile.
  if (source === undefined) throw new Error(`plan cites unknown source ${id}`);
  return { id: source.id, title: source.title, ref: source.ref };
}
