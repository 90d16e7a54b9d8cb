// A jurisdiction's harmonisation report: each criterion met, not met or unknown, with the
// evidence, its sources and as-of date. As ICMEC says of its review, an assessment of the
// state of legislation, not a scorecard. Unknown law gives 'unknown', never 'not_met'.

import { err, isJurisdictionCode, ok, type CodedError, type Result } from '@concord/core';
import { BUNDLED_DATASET } from '../data/legal-dataset.generated.ts';
import { findSource, partyRecordOf } from '../dataset/dataset-access.ts';
import type { LawDataset, PartyStatus, StandardId } from '../model.ts';
import {
  bundledProfile,
  type NationalProfile,
  type ProfileValue,
} from '../profiles/national-profile.ts';
import { recordedReservations } from '../rules/reservations.ts';
import { CRITERIA, type Criterion, type CriterionGroup } from './criteria.ts';

export type CriterionResult = 'met' | 'not_met' | 'unknown';

export interface HarmonisationRow {
  readonly criterion: string;
  readonly group: CriterionGroup;
  readonly standard: StandardId;
  readonly article: string;
  readonly label: string;
  /** The jurisdiction's status under the criterion's instrument; null for ICMEC. */
  readonly partyStatus: PartyStatus | null;
  readonly result: CriterionResult;
  readonly evidence: string;
  /** The oldest date the evidence is known to hold on, where its sources give one. */
  readonly asOf: string | null;
  readonly articleUnverified: boolean;
  readonly sources: readonly string[];
}

export interface HarmonisationReport {
  readonly jurisdiction: string;
  readonly name: string | null;
  readonly dataset: { readonly sourceFile: string; readonly sha256: string };
  readonly rows: readonly HarmonisationRow[];
  readonly totals: Readonly<Record<CriterionResult, number>>;
  readonly sources: readonly {
    readonly id: string;
    readonly title: string;
    readonly ref: string;
  }[];
}

export interface HarmonisationOptions {
  readonly dataset?: LawDataset;
  /** The profile in force (e.g. merged with a published one); the bundled one by default. */
  readonly profile?: NationalProfile;
}

/**
 * The harmonisation report for one jurisdiction.
 *
 * @example
 * const report = harmonisationReport('PH');
 * if (report.ok) writeFileSync('ph.csv', toCsv(report.value));
 */
export function harmonisationReport(
  iso2: string,
  options: HarmonisationOptions = {},
): Result<HarmonisationReport, CodedError<'unknown_jurisdiction' | 'jurisdiction_mismatch'>> {
  if (!isJurisdictionCode(iso2))
    return err('unknown_jurisdiction', `${iso2} is not an ISO 3166-1 alpha-2 code`);
  const dataset = options.dataset ?? BUNDLED_DATASET;
  const profile = options.profile ?? bundledProfile(iso2, dataset);
  if (profile.jurisdiction !== iso2) {
    return err(
      'jurisdiction_mismatch',
      `the profile given is ${profile.jurisdiction}'s, not ${iso2}'s`,
    );
  }
  const rows = CRITERIA.map((c) => row(c, iso2, profile, dataset));
  const totals = { met: 0, not_met: 0, unknown: 0 };
  for (const r of rows) totals[r.result] += 1;
  const cited = [...new Set(rows.flatMap((r) => r.sources))].sort();
  const sources = cited.map((id) => {
    const found = findSource(id, dataset, profile.extraSources);
    // Criteria cite dataset sources; values cite the dataset's or the profile's own.
    if (found === undefined) throw new Error(`harmonisation report cites unknown source ${id}`);
    return { id: found.id, title: found.title, ref: found.ref };
  });
  return ok({
    jurisdiction: iso2,
    name: profile.name,
    dataset: { sourceFile: dataset.meta.sourceFile, sha256: dataset.meta.sha256 },
    rows,
    totals,
    sources,
  });
}

function row(
  criterion: Criterion,
  iso2: string,
  profile: NationalProfile,
  dataset: LawDataset,
): HarmonisationRow {
  const label =
    criterion.standard === 'ICMEC'
      ? (dataset.icmec.criteria.find((c) => c.id === criterion.id)?.label ?? criterion.id)
      : criterion.label;
  const standard = criterion.standard;
  const party = standard === 'ICMEC' ? null : partyRecordOf(iso2, standard, dataset);
  const assessed = assess(criterion, profile);
  const tested = criterion.test.kind === 'conducts' ? criterion.test.conducts : [];
  const reservations =
    standard === 'ICMEC'
      ? []
      : recordedReservations(iso2, standard).filter((r) =>
          r.effects.some(
            (e) =>
              (e.kind === 'removes_conducts' || e.kind === 'narrows_conducts') &&
              e.conducts.some((c) => tested.includes(c)),
          ),
        );
  const reservationText = reservations
    .map((r) => `; reservation ${r.article}${r.unverified ? ' (unverified)' : ''}: ${r.text}`)
    .join('');
  const dates = assessed.values
    .map((v) => v.asOf)
    .filter((d): d is string => d !== null)
    .sort();
  return {
    criterion: criterion.id,
    group: criterion.group,
    standard,
    article: criterion.article,
    label,
    partyStatus: party?.status ?? null,
    result: assessed.result,
    evidence: `${assessed.evidence}${reservationText}`,
    asOf: dates[0] ?? null,
    articleUnverified: criterion.articleUnverified,
    sources: [
      ...new Set([
        ...criterion.sources,
        ...(party?.sources ?? []),
        ...assessed.values.flatMap((v) => v.sources),
        ...reservations.flatMap((r) => r.sources),
      ]),
    ],
  };
}

function assess(
  criterion: Criterion,
  profile: NationalProfile,
): { result: CriterionResult; evidence: string; values: readonly ProfileValue<unknown>[] } {
  const describe = (name: string, v: ProfileValue<unknown>): string =>
    `${name}: ${String(v.value)}${v.note === null ? '' : ` (${v.note})`}`;
  const test = criterion.test;
  switch (test.kind) {
    case 'not_assessable':
      return { result: 'unknown', evidence: test.why, values: [] };
    case 'legislation': {
      const v = profile.legislation[test.field];
      const result = v.value === 'yes' ? 'met' : v.value === 'no' ? 'not_met' : 'unknown';
      return { result, evidence: describe(test.field, v), values: [v] };
    }
    case 'age': {
      const v = profile.csamAgeThreshold;
      const result =
        v.value === 'unknown' ? 'unknown' : v.value >= test.atLeast ? 'met' : 'not_met';
      return { result, evidence: describe('CSAM age threshold', v), values: [v] };
    }
    case 'conducts': {
      const values = test.conducts.map((c) => profile.conducts[c]);
      const result = values.every((v) => v.value === 'yes')
        ? 'met'
        : values.some((v) => v.value === 'no')
          ? 'not_met'
          : 'unknown';
      const evidence = test.conducts
        .map((c, i) => describe(c, values[i] ?? profile.conducts[c]))
        .join('; ');
      return { result, evidence, values };
    }
  }
}

const CSV_COLUMNS = [
  'jurisdiction',
  'criterion',
  'group',
  'standard',
  'article',
  'label',
  'party_status',
  'result',
  'evidence',
  'as_of',
  'article_unverified',
  'sources',
] as const;

/**
 * The report as CSV (RFC 4180, CRLF line ends), one row per criterion.
 *
 * @example
 * toCsv(report).split('\r\n')[0] // 'jurisdiction,criterion,group,...'
 */
export function toCsv(report: HarmonisationReport): string {
  const lines = report.rows.map((r) =>
    [
      report.jurisdiction,
      r.criterion,
      r.group,
      r.standard,
      r.article,
      r.label,
      r.partyStatus ?? '',
      r.result,
      r.evidence,
      r.asOf ?? '',
      String(r.articleUnverified),
      r.sources.join(' '),
    ]
      .map(csvField)
      .join(','),
  );
  return [CSV_COLUMNS.join(','), ...lines].join('\r\n') + '\r\n';
}

/**
 * The report as indented JSON.
 *
 * @example
 * JSON.parse(toJson(report)).totals // { met: 6, not_met: 0, unknown: 17 }
 */
export function toJson(report: HarmonisationReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
