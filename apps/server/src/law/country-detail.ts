import { isJurisdictionCode, ok, type Result } from '@concord/core';
import {
  BUNDLED_DATASET,
  CONDUCT_IDS,
  bundledProfile,
  type MergedValue,
  type ProfileValue,
} from '@concord/law';
import type { v1 } from '@concord/protocol';
import type { LawProfileRecord } from '@concord/storage';
import { fail, type ServiceError } from '../accounts/service-error.ts';
import {
  countStatuses,
  euMembership,
  inDataset,
  partiesOf,
  reportFor,
  sourceRecords,
} from './law-queries.ts';
import { presentVersion, type ProfilesInForce } from './profiles-in-force.ts';
import { wireProfileFile, writable } from './wire-data.ts';

const LEGISLATION_FIELDS = [
  'csamSpecificLaw',
  'csamDefinition',
  'technologyFacilitatedOffences',
  'ispReportingDuty',
] as const satisfies readonly v1.LawCountryProfile['legislation'][number]['field'][];

/** A value only the bundled research gives. */
function bundledOnly<T>(value: ProfileValue<T>): MergedValue<T> {
  return { effective: value, origin: { kind: 'bundled' }, bundled: value, published: null };
}

/**
 * A country page's data: parties, the profile in force with both versions of each value, the
 * harmonisation report (gaps), every version held, and every source cited, resolved.
 *
 * @example
 * const de = countryDetail(await profilesInForce(storage), await storage.lawProfiles.list('DE'), 'DE');
 */
export function countryDetail(
  profiles: ProfilesInForce,
  versions: readonly LawProfileRecord[],
  iso2: string,
): Result<v1.LawCountryDetail, ServiceError> {
  if (!isJurisdictionCode(iso2))
    return fail('unknown_jurisdiction', `${iso2} is not an ISO 3166-1 alpha-2 code (e.g. DE)`);
  const held = profiles.get(iso2);
  const bundled = bundledProfile(iso2, BUNDLED_DATASET);
  const merged = held?.merged;
  const publication = held === undefined ? null : presentVersion(held.record, held.record.id);
  const profile: v1.LawCountryProfile = {
    jurisdiction: iso2,
    name: bundled.name,
    authoritative: held === undefined ? 'bundled' : 'published',
    publication,
    conducts: CONDUCT_IDS.map((conduct) => ({
      conduct,
      ...writable(merged?.conducts[conduct] ?? bundledOnly(bundled.conducts[conduct])),
    })),
    csamAgeThreshold: writable(merged?.csamAgeThreshold ?? bundledOnly(bundled.csamAgeThreshold)),
    extraditesNationals: writable(
      merged?.extraditesNationals ?? bundledOnly(bundled.extraditesNationals),
    ),
    acceptedLanguages: writable(
      merged?.acceptedLanguages ?? bundledOnly(bundled.acceptedLanguages),
    ),
    centralAuthority: writable(merged?.centralAuthority ?? bundledOnly(bundled.centralAuthority)),
    contact247: writable(merged?.contact247 ?? bundledOnly(bundled.contact247)),
    legislation: LEGISLATION_FIELDS.map((f) => ({
      field: f,
      ...writable(merged?.legislation[f] ?? bundledOnly(bundled.legislation[f])),
    })),
    examples: writable(bundled.examples),
    document: held === undefined ? null : wireProfileFile(held.file),
  };
  const report = reportFor(profiles, iso2);
  if (!report.ok) return report;
  const parties = partiesOf(iso2);
  const extra = held?.merged.effective.extraSources ?? [];
  const cited = [
    ...parties.flatMap((p) => [...p.sources, ...p.reservations.flatMap((r) => r.sources)]),
    ...report.value.sources.map((s) => s.id),
    ...bundled.examples.flatMap((e) => e.sources),
    ...citedByProfile(profile),
    'EU_COUNTRIES',
  ];
  return ok({
    iso2,
    name: bundled.name,
    inDataset: inDataset(iso2),
    eu: euMembership(iso2),
    parties: writable(parties),
    statusCounts: countStatuses(parties.map((p) => p.status)),
    profile,
    harmonisation: writable(report.value),
    versions: versions.map((v) => presentVersion(v, held?.record.id ?? null)),
    sources: sourceRecords(cited, extra),
    dataset: { sourceFile: BUNDLED_DATASET.meta.sourceFile, sha256: BUNDLED_DATASET.meta.sha256 },
  });
}

function citedByProfile(profile: v1.LawCountryProfile): string[] {
  const values = [
    ...profile.conducts,
    ...profile.legislation,
    profile.csamAgeThreshold,
    profile.extraditesNationals,
    profile.acceptedLanguages,
    profile.centralAuthority,
    profile.contact247,
  ];
  return values.flatMap((v) => [...v.bundled.sources, ...(v.published?.sources ?? [])]);
}
