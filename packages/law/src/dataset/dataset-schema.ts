// The schema of the bundled dataset, and the checks a schema cannot express: every cited
// source exists, ids are unique and complete, sources are sorted. The dataset test runs both
// over the generated module; the build script runs them before writing it.

import { isJurisdictionCode, ok, type Result } from '@concord/core';
import {
  BASES,
  CONDUCT_IDS,
  INSTRUMENT_IDS,
  MATRIX_INSTRUMENT_IDS,
  PARTY_STATUSES,
  type LawDataset,
} from '../model.ts';
import { datasetError, type DatasetError, type DatasetIssue } from './dataset-issues.ts';
import { isPlainObject, readWith, s, type Schema } from './schema.ts';

const ids = s.array(s.string({ pattern: /^[A-Z0-9_]+$/ }));
const idsNonEmpty = s.array(s.string({ pattern: /^[A-Z0-9_]+$/ }), { nonEmpty: true });
const text = s.string({ nonEmpty: true });
const isoDate = /^\d{4}-\d{2}-\d{2}$/;

const cell = s.object({
  status: s.oneOf(PARTY_STATUSES),
  year: s.union(s.integer(), s.oneOf(['unknown']), 'a year or "unknown"'),
  basis: s.oneOf(BASES),
  asOf: s.nullable(s.string({ pattern: isoDate })),
  note: s.string(),
  sources: ids,
});

/** An object whose every field is an integer count. */
const counts: Schema<Readonly<Record<string, number>>> = {
  read(value, path, issues) {
    if (!isPlainObject(value)) {
      issues.push({ code: 'wrong_type', path, message: 'expected an object of counts' });
      return { ok: false };
    }
    const out: Record<string, number> = {};
    let ok = true;
    for (const [key, v] of Object.entries(value)) {
      if (typeof v === 'number' && Number.isSafeInteger(v)) out[key] = v;
      else {
        issues.push({ code: 'wrong_type', path: `${path}.${key}`, message: 'expected a count' });
        ok = false;
      }
    }
    return ok ? { ok: true, value: out } : { ok: false };
  },
};

const edition = s.object({
  edition: s.integer(),
  published: text,
  figures: counts,
  metAllFive: s.nullable(s.array(s.string({ pattern: /^[A-Z]{2}$/ }))),
  sources: idsNonEmpty,
});

const LAW_DATASET_SCHEMA = s.object({
  meta: s.object({
    sourceFile: text,
    sha256: s.string({ pattern: /^[0-9a-f]{64}$/ }),
    description: text,
    requiredMatrixInstruments: s.array(s.oneOf(MATRIX_INSTRUMENT_IDS)),
  }),
  sources: s.array(
    s.object({
      id: s.string({ pattern: /^[A-Z0-9_]+$/ }),
      title: text,
      ref: text,
      reliability: text,
    }),
  ),
  instruments: s.array(
    s.object({
      id: s.oneOf(INSTRUMENT_IDS),
      title: text,
      adopted: text,
      entryIntoForce: text,
      scope: text,
      partiesCount: s.object({
        value: s.union(s.integer(), text, 'a count or a description'),
        signatories: s.nullable(s.integer()),
        asOf: s.nullable(text),
        note: s.nullable(text),
        sources: ids,
      }),
      provisions: s.array(
        s.object({
          article: text,
          title: text,
          summary: text,
          unverified: s.boolean(),
          sources: idsNonEmpty,
        }),
      ),
      deadlines: s.array(
        s.object({
          name: text,
          value: s.union(s.number(), text, 'a number or text'),
          unit: text,
          article: text,
          kind: text,
          unverified: s.boolean(),
          note: s.nullable(text),
          sources: idsNonEmpty,
        }),
      ),
      reservationExamples: s.array(
        s.object({
          party: text,
          article: text,
          text,
          unverified: s.boolean(),
          sources: idsNonEmpty,
        }),
      ),
      notes: s.array(s.object({ text, sources: idsNonEmpty })),
      sources: idsNonEmpty,
    }),
  ),
  jurisdictions: s.array(
    s.object({
      iso2: s.string({ pattern: /^[A-Z]{2}$/ }),
      name: text,
      parties: s.object({
        OPSC: cell,
        BUDAPEST: cell,
        LANZAROTE: cell,
        ILO_C182: cell,
        HAGUE1980: cell,
        CETS224: cell,
        UNCC: cell,
      }),
    }),
  ),
  conducts: s.array(
    s.object({
      id: s.oneOf(CONDUCT_IDS),
      label: text,
      description: s.string(),
      instrumentRefs: s.array(
        s.object({
          instrument: s.oneOf([...INSTRUMENT_IDS, 'ICMEC']),
          article: text,
          note: s.nullable(text),
        }),
      ),
    }),
  ),
  nationalLawExamples: s.array(
    s.object({
      iso2: s.string({ pattern: /^[A-Z]{2}$/ }),
      attribute: text,
      value: text,
      unverified: s.boolean(),
      note: s.nullable(text),
      sources: idsNonEmpty,
    }),
  ),
  icmec: s.object({
    criteria: s.array(s.object({ id: text, label: s.string() })),
    criteriaSources: idsNonEmpty,
    latestConfirmedEdition: edition,
    history: s.array(edition),
    edition10: s.object({ year: s.integer(), figures: s.string(), sources: idsNonEmpty }),
  }),
}) satisfies Schema<LawDataset>;

/**
 * Checks a value against the bundled dataset's schema and its integrity rules.
 *
 * @example
 * const checked = parseLawDataset(JSON.parse(text));
 * if (!checked.ok) for (const issue of checked.error.issues) console.error(issue.path, issue.message);
 */
export function parseLawDataset(value: unknown): Result<LawDataset, DatasetError> {
  const read = readWith(LAW_DATASET_SCHEMA, value);
  if (!read.ok) return { ok: false, error: datasetError('invalid_dataset', read.issues) };
  const problems = checkDatasetIntegrity(read.value);
  if (problems.length > 0) return { ok: false, error: datasetError('invalid_dataset', problems) };
  return ok(read.value);
}

/** What the schema cannot say: references resolve, ids are unique and complete, order holds. */
export function checkDatasetIntegrity(dataset: LawDataset): readonly DatasetIssue[] {
  const issues: DatasetIssue[] = [];
  const known = new Set<string>();
  dataset.sources.forEach((source, i) => {
    const previous = dataset.sources[i - 1];
    if (previous !== undefined && previous.id >= source.id) {
      issues.push({
        code: 'unordered',
        path: `$.sources[${i}]`,
        message: 'sources must be sorted by id, once each',
      });
    }
    known.add(source.id);
  });
  const cited = (list: readonly string[], path: string): void => {
    for (const id of list) {
      if (!known.has(id))
        issues.push({ code: 'unknown_source', path, message: `cites unknown source ${id}` });
    }
  };
  visitCitations(dataset, cited);
  exactIds(
    dataset.instruments.map((i) => i.id),
    INSTRUMENT_IDS,
    '$.instruments',
    issues,
  );
  exactIds(
    dataset.conducts.map((c) => c.id),
    CONDUCT_IDS,
    '$.conducts',
    issues,
  );
  const isos = dataset.jurisdictions.map((j) => j.iso2);
  isos.forEach((iso, i) => {
    if (!isJurisdictionCode(iso)) {
      issues.push({
        code: 'invalid_value',
        path: `$.jurisdictions[${i}].iso2`,
        message: `${iso} is not an ISO 3166-1 code`,
      });
    }
    if (isos.indexOf(iso) !== i) {
      issues.push({
        code: 'duplicate_id',
        path: `$.jurisdictions[${i}]`,
        message: `${iso} appears twice`,
      });
    }
  });
  return issues;
}

function exactIds(
  found: readonly string[],
  expected: readonly string[],
  path: string,
  issues: DatasetIssue[],
): void {
  found.forEach((id, i) => {
    if (found.indexOf(id) !== i)
      issues.push({ code: 'duplicate_id', path: `${path}[${i}]`, message: `${id} appears twice` });
  });
  for (const id of expected) {
    if (!found.includes(id)) issues.push({ code: 'missing_id', path, message: `${id} is missing` });
  }
}

function visitCitations(
  dataset: LawDataset,
  cited: (list: readonly string[], path: string) => void,
): void {
  dataset.instruments.forEach((inst, i) => {
    const at = `$.instruments[${i}]`;
    cited(inst.sources, `${at}.sources`);
    cited(inst.partiesCount.sources, `${at}.partiesCount.sources`);
    inst.provisions.forEach((p, j) => cited(p.sources, `${at}.provisions[${j}].sources`));
    inst.deadlines.forEach((d, j) => cited(d.sources, `${at}.deadlines[${j}].sources`));
    inst.reservationExamples.forEach((r, j) =>
      cited(r.sources, `${at}.reservationExamples[${j}].sources`),
    );
    inst.notes.forEach((n, j) => cited(n.sources, `${at}.notes[${j}].sources`));
  });
  dataset.jurisdictions.forEach((j, i) => {
    for (const id of MATRIX_INSTRUMENT_IDS)
      cited(j.parties[id].sources, `$.jurisdictions[${i}].parties.${id}.sources`);
  });
  dataset.nationalLawExamples.forEach((e, i) =>
    cited(e.sources, `$.nationalLawExamples[${i}].sources`),
  );
  const icmec = dataset.icmec;
  cited(icmec.criteriaSources, '$.icmec.criteriaSources');
  cited(icmec.latestConfirmedEdition.sources, '$.icmec.latestConfirmedEdition.sources');
  icmec.history.forEach((h, i) => cited(h.sources, `$.icmec.history[${i}].sources`));
  cited(icmec.edition10.sources, '$.icmec.edition10.sources');
}
