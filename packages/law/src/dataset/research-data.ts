// Normalising the research file into the bundled dataset keeps every value, source, basis
// and note; it only lists each source once, spells statuses in snake_case and picks up a
// cell's as-of date where its note states one.

import { ok, type Result } from '@concord/core';
import {
  MATRIX_INSTRUMENT_IDS,
  type IcmecEdition,
  type IcmecRecord,
  type InstrumentRecord,
  type JurisdictionRecord,
  type LawDataset,
  type MatrixInstrumentId,
  type PartyCell,
  type PartyStatus,
  type SourceRecord,
} from '../model.ts';
import { checkDatasetIntegrity } from './dataset-schema.ts';
import { datasetError, type DatasetError, type DatasetIssue } from './dataset-issues.ts';
import {
  EDITION_NAMED,
  ICMEC_EDITION_FIELDS,
  researchSchema,
  type RawSource,
  type ResearchData,
} from './research-schema.ts';
import { readWith, type SchemaIssue } from './schema.ts';

export interface ResearchOrigin {
  readonly sourceFile: string;
  readonly sha256: string;
}

type RawInstrument = ResearchData['instruments'][number];
type RawCountry = ResearchData['countries'][number];
type Cite = (list: readonly RawSource[] | undefined, path: string) => readonly string[];

/**
 * Reads the research file's parsed JSON and normalises it into the bundled dataset shape.
 *
 * @example
 * const dataset = normaliseResearchData(JSON.parse(text), { sourceFile: 'legal-data.json', sha256 });
 * if (!dataset.ok) console.error(dataset.error.issues);
 */
export function normaliseResearchData(
  raw: unknown,
  origin: ResearchOrigin,
): Result<LawDataset, DatasetError> {
  const read = readWith(researchSchema, raw);
  if (!read.ok) return fail(read.issues);
  const data = read.value;
  const registry = new SourceRegistry();
  const cite: Cite = (list, path) =>
    (list ?? []).map((src, i) => registry.add(src, `${path}[${i}]`));
  const issues: SchemaIssue[] = [];
  const icmec = normaliseIcmec(data.icmecModelLegislation, cite, issues);
  if (icmec === null) return fail(issues);
  const dataset: LawDataset = {
    meta: {
      sourceFile: origin.sourceFile,
      sha256: origin.sha256,
      description: data.meta.generated,
      requiredMatrixInstruments: data.meta.requiredMatrixInstruments,
    },
    sources: [],
    instruments: data.instruments.map((inst, i) =>
      normaliseInstrument(inst, `$.instruments[${i}]`, cite),
    ),
    jurisdictions: data.countries.map((c, i) =>
      normaliseCountry(c, `$.countries[${i}].parties`, cite),
    ),
    conducts: data.conductTaxonomy.map((c) => ({
      id: c.id,
      label: c.label,
      description: c.description,
      instrumentRefs: c.instrumentRefs.map((r) => ({
        instrument: r.instrument,
        article: r.article,
        note: r.note ?? null,
      })),
    })),
    nationalLawExamples: data.nationalLawExamples.map((e, i) => ({
      iso2: e.iso2,
      attribute: e.attribute,
      value: e.value,
      unverified: e.verified === false,
      note: e.note ?? null,
      sources: cite(e.source, `$.nationalLawExamples[${i}].source`),
    })),
    icmec,
  };
  const keys = [...data.meta.instrumentKeysInCountries].sort().join();
  const expected = [...MATRIX_INSTRUMENT_IDS].sort().join();
  const metaIssues: DatasetIssue[] =
    keys === expected
      ? []
      : [
          {
            code: 'invalid_value',
            path: '$.meta.instrumentKeysInCountries',
            message: `expected ${expected}`,
          },
        ];
  const complete: LawDataset = { ...dataset, sources: registry.sorted() };
  const problems = [...registry.issues, ...metaIssues, ...checkDatasetIntegrity(complete)];
  return problems.length === 0 ? ok(complete) : fail(problems);
}

function normaliseInstrument(inst: RawInstrument, at: string, cite: Cite): InstrumentRecord {
  const count = inst.partiesCount;
  return {
    id: inst.id,
    title: inst.title,
    adopted: inst.adopted,
    entryIntoForce: inst.entryIntoForce,
    scope: inst.scope,
    partiesCount: {
      value: count.value,
      signatories: count.signatories ?? null,
      asOf: count.asOf ?? null,
      note: count.note ?? null,
      sources: cite(count.source, `${at}.partiesCount.source`),
    },
    provisions: inst.cooperationArticles.map((a, j) => ({
      article: a.article,
      title: a.title,
      summary: a.summary,
      unverified: a.verified === false,
      sources: cite(a.source, `${at}.cooperationArticles[${j}].source`),
    })),
    deadlines: inst.deadlines.map((d, j) => ({
      name: d.name,
      value: d.value,
      unit: d.unit,
      article: d.article,
      kind: d.kind,
      unverified: d.verified === false,
      note: d.note ?? null,
      sources: cite(d.source, `${at}.deadlines[${j}].source`),
    })),
    reservationExamples: (inst.reservationsExamples ?? []).map((r, j) => ({
      party: r.party,
      article: r.article,
      text: r.text,
      unverified: r.verified === false,
      sources: cite(r.source, `${at}.reservationsExamples[${j}].source`),
    })),
    notes: (inst.notes ?? []).map((n, j) => ({
      text: n.text,
      sources: cite(n.source, `${at}.notes[${j}].source`),
    })),
    sources: cite(inst.source, `${at}.source`),
  };
}

function normaliseCountry(c: RawCountry, at: string, cite: Cite): JurisdictionRecord {
  const cell = (id: MatrixInstrumentId): PartyCell => {
    const raw = c.parties[id];
    return {
      status: snakeStatus(raw.status),
      year: raw.year,
      basis: raw.basis,
      asOf: statedAsOf(raw.note),
      note: raw.note,
      sources: cite(raw.source, `${at}.${id}.source`),
    };
  };
  return {
    iso2: c.iso2,
    name: c.name,
    parties: {
      OPSC: cell('OPSC'),
      BUDAPEST: cell('BUDAPEST'),
      LANZAROTE: cell('LANZAROTE'),
      ILO_C182: cell('ILO_C182'),
      HAGUE1980: cell('HAGUE1980'),
      CETS224: cell('CETS224'),
      UNCC: cell('UNCC'),
    },
  };
}

function normaliseIcmec(
  icmec: ResearchData['icmecModelLegislation'],
  cite: Cite,
  issues: SchemaIssue[],
): IcmecRecord | null {
  const edition = (value: Record<string, unknown>, path: string): IcmecEdition | null => {
    const named = ICMEC_EDITION_FIELDS.read(pick(value, EDITION_NAMED), path, issues);
    if (!named.ok) return null;
    const figures: Record<string, number> = {};
    for (const [key, v] of Object.entries(value)) {
      // editionSchema has checked that every field not named is an integer count.
      if (!EDITION_NAMED.includes(key) && typeof v === 'number') figures[key] = v;
    }
    const { published, year } = named.value;
    return {
      edition: named.value.edition,
      published: published ?? (year === undefined ? 'unknown' : String(year)),
      figures,
      metAllFive: named.value.metAllFive ?? null,
      sources: cite(named.value.source, `${path}.source`),
    };
  };
  const base = '$.icmecModelLegislation';
  const latest = edition(icmec.latestConfirmedEdition, `${base}.latestConfirmedEdition`);
  const history = icmec.history.map((h, i) => edition(h, `${base}.history[${i}]`));
  if (latest === null || issues.length > 0) return null;
  return {
    criteria: icmec.criteria,
    criteriaSources: cite(icmec.criteriaSource, `${base}.criteriaSource`),
    latestConfirmedEdition: latest,
    history: history.filter((h): h is IcmecEdition => h !== null),
    edition10: {
      year: icmec.edition10.year,
      figures: icmec.edition10.figures,
      sources: cite(icmec.edition10.source, `${base}.edition10.source`),
    },
  };
}

function fail(issues: readonly (DatasetIssue | SchemaIssue)[]): Result<never, DatasetError> {
  const error = datasetError('invalid_research_data', issues);
  return { ok: false, error };
}

function pick(value: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([k]) => keys.includes(k)));
}

function snakeStatus(
  status: 'party' | 'signatory' | 'not-party' | 'not-signed' | 'unknown',
): PartyStatus {
  switch (status) {
    case 'not-party':
      return 'not_party';
    case 'not-signed':
      return 'not_signed';
    default:
      return status;
  }
}

/** The date a note says the cell held on ("no accession found as of 2026-11-28"). */
function statedAsOf(note: string): string | null {
  return /\b(?:as of|re-checked) (\d{4}-\d{2}-\d{2})\b/.exec(note)?.[1] ?? null;
}

/** Each source once; the same id with different details is a problem in the research. */
class SourceRegistry {
  readonly issues: DatasetIssue[] = [];
  readonly #byId = new Map<string, SourceRecord>();

  add(source: RawSource, path: string): string {
    const known = this.#byId.get(source.id);
    if (known === undefined) this.#byId.set(source.id, { ...source });
    else if (
      known.title !== source.title ||
      known.ref !== source.ref ||
      known.reliability !== source.reliability
    ) {
      this.issues.push({
        code: 'conflicting_source',
        path,
        message: `source ${source.id} is cited with different details elsewhere`,
      });
    }
    return source.id;
  }

  sorted(): readonly SourceRecord[] {
    return [...this.#byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
}
