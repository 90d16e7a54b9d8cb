// The research file (../shared/legal/legal-data.json) as its authors wrote it. Read
// strictly: an unknown field is a problem, so nothing the research adds is dropped unnoticed.

import {
  BASES,
  CONDUCT_IDS,
  INSTRUMENT_IDS,
  MATRIX_INSTRUMENT_IDS,
  type SourceRecord,
} from '../model.ts';
import { isPlainObject, s, type Schema } from './schema.ts';

// The fields of an ICMEC edition that are not headline counts.
export const EDITION_NAMED: readonly string[] = [
  'edition',
  'published',
  'year',
  'metAllFive',
  'source',
];

const sourceSchema = s.object({
  id: s.string({ pattern: /^[A-Z0-9_]+$/ }),
  title: s.string({ nonEmpty: true }),
  ref: s.string({ nonEmpty: true }),
  reliability: s.string({ nonEmpty: true }),
});
const sources = s.array(sourceSchema);
const sourcesNonEmpty = s.array(sourceSchema, { nonEmpty: true });
export type RawSource = SourceRecord;

const cellSchema = s.object({
  status: s.oneOf(['party', 'signatory', 'not-party', 'not-signed', 'unknown']),
  year: s.union(s.integer(), s.oneOf(['unknown']), 'a year or "unknown"'),
  basis: s.oneOf(BASES),
  source: sources,
  note: s.string(),
});

const instrumentSchema = s.object({
  id: s.oneOf(INSTRUMENT_IDS),
  title: s.string({ nonEmpty: true }),
  adopted: s.string({ nonEmpty: true }),
  entryIntoForce: s.string({ nonEmpty: true }),
  partiesCount: s.object({
    value: s.union(s.integer(), s.string({ nonEmpty: true }), 'a count or a description'),
    signatories: s.optional(s.integer()),
    asOf: s.optional(s.string({ nonEmpty: true })),
    note: s.optional(s.string({ nonEmpty: true })),
    source: s.optional(sourcesNonEmpty),
  }),
  scope: s.string({ nonEmpty: true }),
  cooperationArticles: s.array(
    s.object({
      article: s.string({ nonEmpty: true }),
      title: s.string({ nonEmpty: true }),
      summary: s.string({ nonEmpty: true }),
      source: sourcesNonEmpty,
      verified: s.optional(s.boolean()),
    }),
  ),
  deadlines: s.array(
    s.object({
      name: s.string({ nonEmpty: true }),
      value: s.union(s.number(), s.string({ nonEmpty: true }), 'a number or text'),
      unit: s.string({ nonEmpty: true }),
      article: s.string({ nonEmpty: true }),
      kind: s.string({ nonEmpty: true }),
      source: sourcesNonEmpty,
      note: s.optional(s.string({ nonEmpty: true })),
      verified: s.optional(s.boolean()),
    }),
  ),
  notes: s.optional(
    s.array(s.object({ text: s.string({ nonEmpty: true }), source: sourcesNonEmpty })),
  ),
  reservationsExamples: s.optional(
    s.array(
      s.object({
        party: s.string({ nonEmpty: true }),
        article: s.string({ nonEmpty: true }),
        text: s.string({ nonEmpty: true }),
        source: sourcesNonEmpty,
        verified: s.optional(s.boolean()),
      }),
    ),
  ),
  source: sourcesNonEmpty,
});

const countrySchema = s.object({
  iso2: s.string({ pattern: /^[A-Z]{2}$/ }),
  name: s.string({ nonEmpty: true }),
  parties: s.object({
    OPSC: cellSchema,
    BUDAPEST: cellSchema,
    LANZAROTE: cellSchema,
    ILO_C182: cellSchema,
    HAGUE1980: cellSchema,
    CETS224: cellSchema,
    UNCC: cellSchema,
  }),
});

const conductSchema = s.object({
  id: s.oneOf(CONDUCT_IDS),
  label: s.string({ nonEmpty: true }),
  description: s.string(),
  instrumentRefs: s.array(
    s.object({
      instrument: s.oneOf([...INSTRUMENT_IDS, 'ICMEC']),
      article: s.string({ nonEmpty: true }),
      note: s.optional(s.string({ nonEmpty: true })),
    }),
  ),
});

const exampleSchema = s.object({
  iso2: s.string({ pattern: /^[A-Z]{2}$/ }),
  attribute: s.string({ nonEmpty: true }),
  value: s.string({ nonEmpty: true }),
  source: sourcesNonEmpty,
  verified: s.optional(s.boolean()),
  note: s.optional(s.string({ nonEmpty: true })),
});

/** An ICMEC edition: a few named fields, every other field a headline count. */
function editionSchema(named: readonly string[]): Schema<Record<string, unknown>> {
  return {
    read(value, path, issues) {
      if (!isPlainObject(value)) {
        issues.push({ code: 'wrong_type', path, message: 'expected an object' });
        return { ok: false };
      }
      let ok = true;
      for (const [key, v] of Object.entries(value)) {
        if (named.includes(key)) continue;
        if (!Number.isSafeInteger(v)) {
          issues.push({ code: 'wrong_type', path: `${path}.${key}`, message: 'expected a count' });
          ok = false;
        }
      }
      return ok ? { ok: true, value: { ...value } } : { ok: false };
    },
  };
}

export const researchSchema = s.object({
  meta: s.object({
    generated: s.string({ nonEmpty: true }),
    instrumentKeysInCountries: s.array(s.oneOf(MATRIX_INSTRUMENT_IDS)),
    requiredMatrixInstruments: s.array(s.oneOf(MATRIX_INSTRUMENT_IDS)),
  }),
  instruments: s.array(instrumentSchema),
  countries: s.array(countrySchema),
  conductTaxonomy: s.array(conductSchema),
  nationalLawExamples: s.array(exampleSchema),
  icmecModelLegislation: s.object({
    criteria: s.array(s.object({ id: s.string({ nonEmpty: true }), label: s.string() })),
    criteriaSource: sourcesNonEmpty,
    latestConfirmedEdition: editionSchema(EDITION_NAMED),
    history: s.array(editionSchema(EDITION_NAMED)),
    edition10: s.object({ year: s.integer(), figures: s.string(), source: sourcesNonEmpty }),
  }),
});

export const ICMEC_EDITION_FIELDS = s.object({
  edition: s.integer(),
  published: s.optional(s.string({ nonEmpty: true })),
  year: s.optional(s.integer()),
  metAllFive: s.optional(s.array(s.string({ pattern: /^[A-Z]{2}$/ }))),
  source: sourcesNonEmpty,
});

/** Where the dataset comes from, for its header and meta. */

export type ResearchData = typeof researchSchema extends Schema<infer T> ? T : never;
