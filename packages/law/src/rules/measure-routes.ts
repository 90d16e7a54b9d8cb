// Every route the planner knows, and why some instruments have none. The rows are the
// reading of the research's article summaries the planner applies, one per (instrument,
// measure), each with the source of the provision; where the research does not say (most
// dual-criminality rules outside Budapest Arts. 24 and 29), a row says 'unknown'.

import type { ConductId, InstrumentId } from '../model.ts';
import { EU_AND_BILATERAL_ROUTES } from './eu-bilateral-routes.ts';
import { PENDING_TREATY_ROUTES } from './pending-treaty-routes.ts';
import type { MeasureRoute } from './route-model.ts';
import { TREATY_ROUTES } from './treaty-routes.ts';

/** Every route the planner knows, in instrument order. */
export const MEASURE_ROUTES: readonly MeasureRoute[] = [
  ...TREATY_ROUTES,
  ...PENDING_TREATY_ROUTES,
  ...EU_AND_BILATERAL_ROUTES,
];

/** Why an instrument offers no route at all, for instruments the research records no cooperation article of. */
export const NO_COOPERATION_PROVISION: Partial<
  Readonly<Record<InstrumentId, { readonly why: string; readonly sources: readonly string[] }>>
> = {
  LANZAROTE: {
    why: 'the bundled data records its offence articles (18-24) and its Committee, no cooperation article',
    sources: ['LZ_ART20_21', 'LZ_COMMITTEE'],
  },
  ILO_C182: {
    why: 'the bundled data records only its list of worst forms of child labour (Art. 3), no cooperation article',
    sources: ['ILO_VIDEO'],
  },
  HAGUE1980: {
    why: 'it is a civil return mechanism, not a criminal-cooperation treaty',
    sources: ['HAGUE_FJC', 'HAGUE_WIKI'],
  },
  EU_DIR_2011_93: {
    why: 'it harmonises offences and website removal; it provides no cooperation measure',
    sources: ['EU_DIR_EURLEX', 'EU_DIR_ART25'],
  },
};

/**
 * Conducts an instrument covers only in part, though the taxonomy links them to it: a route
 * of that instrument serves the conduct only within these limits.
 */
export const PARTIAL_COVERAGE: readonly {
  readonly instrument: InstrumentId;
  readonly conduct: ConductId;
  readonly why: string;
  readonly sources: readonly string[];
}[] = [
  {
    // The taxonomy's own note on OPSC 3(1)(c): "possession for the listed purposes".
    instrument: 'OPSC',
    conduct: 'csam.possession',
    why: 'Art. 3(1)(c) covers possession for the purposes it lists (producing, distributing, selling...), not simple possession',
    sources: ['OPSC_TEXT'],
  },
];
