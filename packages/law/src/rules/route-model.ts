// The shape of a route: which article of which instrument carries which measure, how fast,
// and whether dual criminality is required for it. The tables are in *-routes.ts.

import type { InstrumentId, Measure } from '../model.ts';

/** Ways a measure travels, fastest first. */
export const CHANNELS = [
  // The requesting side forwards what it has: nothing to wait for (Budapest Art. 26).
  'spontaneous',
  // A 24/7 point of contact gives "immediate assistance" (Budapest Art. 35).
  '24_7_network',
  // An order sent straight to a service provider, with a deadline in hours or days.
  'provider_order',
  // A government-to-government order for expedited production (CETS 224 Art. 8).
  'government_order',
  // A judicial decision recognised under time limits (EIO: 30 days, then 90).
  'judicial_order',
  // Classic mutual legal assistance: no deadline in the instruments recorded.
  'mla',
  'jit_agreement',
  'extradition',
] as const;
export type Channel = (typeof CHANNELS)[number];

/**
 * Between routes equally fast, which instrument to prefer: those made for electronic evidence
 * first, then Budapest, whose cooperation articles work without any other treaty (Art. 27),
 * and last the OPSC, whose Arts. 5-6 defer to existing treaties and domestic law.
 */
export const ROUTE_PREFERENCE: readonly InstrumentId[] = [
  'EU_EEVIDENCE',
  'US_CLOUD',
  'CETS224',
  'EU_EIO',
  'BUDAPEST',
  'UNCC',
  'UNTOC_TIP',
  'OPSC',
  'LANZAROTE',
  'ILO_C182',
  'HAGUE1980',
  'EU_DIR_2011_93',
];

/** A time limit: whole days or hours. */
export type Deadline = { readonly days: number } | { readonly hours: number };

/** Whether an instrument requires dual criminality for a measure. */
export type DualCriminalityRule =
  | { readonly kind: 'required'; readonly article: string }
  | { readonly kind: 'not_required'; readonly article: string; readonly why: string }
  /**
   * Budapest Art. 29(3): not required for preservation, except that a Party reserving under
   * 29(4) may require it for offences other than those of Arts. 2-11.
   */
  | { readonly kind: 'not_required_for_convention_offences'; readonly article: string }
  | { readonly kind: 'unknown'; readonly why: string };

export interface MeasureRoute {
  readonly instrument: InstrumentId;
  readonly measure: Measure;
  readonly channel: Channel;
  /** The article a step cites. */
  readonly article: string;
  /** Every article that covers the measure, for the plan's legal bases. */
  readonly articles: readonly string[];
  readonly deadline: Deadline | null;
  /** The deadline when the urgency is 'emergency', if the instrument sets a shorter one. */
  readonly emergencyDeadline: Deadline | null;
  readonly dualCriminality: DualCriminalityRule;
  /** 'any': any offence; 'instrument_offences': only conducts the instrument itself covers. */
  readonly conductScope: 'any' | 'instrument_offences';
  /** For bilateral agreements: the two States it binds. */
  readonly between: readonly [string, string] | null;
  /** True where the research marks the article number unverified. */
  readonly unverified: boolean;
  readonly sources: readonly string[];
  /** What to do, in a sentence, for the plan's step. */
  readonly summary: string;
}

export const MLA_DC_BUDAPEST: DualCriminalityRule = {
  kind: 'unknown',
  why: "the Convention leaves dual criminality for mutual assistance to the requested Party's law, assessed on the conduct, not its label (Art. 25(5)); that law is not in the bundled data",
};
export const MLA_DC_OPSC: DualCriminalityRule = {
  kind: 'unknown',
  why: 'Art. 6 works through existing mutual-assistance treaties or domestic law, which decide; they are not in the bundled data',
};
export const NOT_IN_DATA: DualCriminalityRule = {
  kind: 'unknown',
  why: "the instrument's grounds for refusal are not in the bundled data",
};

export type RouteInput = Omit<
  MeasureRoute,
  'emergencyDeadline' | 'between' | 'unverified' | 'conductScope'
> &
  Partial<Pick<MeasureRoute, 'emergencyDeadline' | 'between' | 'unverified' | 'conductScope'>>;

export function route(input: RouteInput): MeasureRoute {
  return {
    emergencyDeadline: null,
    between: null,
    unverified: false,
    conductScope: 'any',
    ...input,
  };
}

export function many(
  measures: readonly Measure[],
  input: Omit<RouteInput, 'measure'>,
): MeasureRoute[] {
  return measures.map((measure) => route({ ...input, measure }));
}

export const DATA_MEASURES: readonly Measure[] = [
  'subscriber_info',
  'traffic_data',
  'content_data',
];
