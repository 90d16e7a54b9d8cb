import { ok, type Result } from '@concord/core';
import {
  BUNDLED_DATASET,
  EU_MEMBER_STATES,
  INSTRUMENT_IDS,
  PARTY_STATUSES,
  countries,
  findSource,
  harmonisationReport,
  instrument,
  instruments,
  partyStatus,
  plan,
  type HarmonisationReport,
  type InstrumentId,
  type PartyRecord,
  type PartyStatus,
} from '@concord/law';
import type { v1 } from '@concord/protocol';
import type { ServiceError } from '../accounts/service-error.ts';
import { effectiveProfile, type ProfilesInForce } from './profiles-in-force.ts';
import { writable } from './wire-data.ts';

// Reading the legal knowledge base with the profiles this node holds in force: what the
// countries, instruments, plan and harmonisation routes answer. Pure over its arguments.

const dataset = BUNDLED_DATASET;

/** The jurisdictions to list: the dataset's, then those known only from a published profile. */
export function knownJurisdictions(profiles: ProfilesInForce): readonly string[] {
  const listed = countries(dataset).map((c) => c.iso2);
  const published = [...profiles.keys()].filter((iso) => !listed.includes(iso)).sort();
  return [...listed, ...published];
}

export function inDataset(iso2: string): boolean {
  return dataset.jurisdictions.some((j) => j.iso2 === iso2);
}

/** Every instrument's standing for a jurisdiction (any ISO code: unknown outside the dataset). */
export function partiesOf(iso2: string): PartyRecord[] {
  return INSTRUMENT_IDS.map((id) => {
    const cell = partyStatus(iso2, id, dataset);
    // The caller checked iso2 and the ids are the package's own.
    if (!cell.ok) throw new Error(cell.error.message);
    return cell.value;
  });
}

export function countStatuses(statuses: readonly PartyStatus[]): v1.LawStatusCounts {
  const counts = Object.fromEntries(PARTY_STATUSES.map((s) => [s, 0])) as v1.LawStatusCounts;
  for (const s of statuses) counts[s] += 1;
  return counts;
}

/** The harmonisation report against the profile in force. */
export function reportFor(
  profiles: ProfilesInForce,
  iso2: string,
): Result<HarmonisationReport, ServiceError> {
  const report = harmonisationReport(iso2, { dataset, profile: effectiveProfile(profiles, iso2) });
  return report.ok ? report : { ok: false, error: report.error };
}

export function euMembership(iso2: string): v1.LawEuMembership {
  return { member: EU_MEMBER_STATES.includes(iso2), sources: ['EU_COUNTRIES'] };
}

export function publicationOf(profiles: ProfilesInForce, iso2: string) {
  const held = profiles.get(iso2);
  return held === undefined
    ? null
    : {
        publisherNodeId: held.record.publisherNodeId,
        publisherName: held.record.publisherName,
        publishedAt: held.record.publishedAt,
      };
}

/** The countries list: parties, status counts, harmonisation totals, which profile is in force. */
export function listCountries(profiles: ProfilesInForce): v1.LawCountry[] {
  return knownJurisdictions(profiles).map((iso2) => {
    const parties = partiesOf(iso2);
    const report = reportFor(profiles, iso2);
    // Every listed code is a dataset or stored (checked) jurisdiction.
    if (!report.ok) throw new Error(report.error.message);
    return {
      iso2,
      name: countries(dataset).find((c) => c.iso2 === iso2)?.name ?? null,
      inDataset: inDataset(iso2),
      eu: euMembership(iso2),
      parties: parties.map((p) => ({ instrument: p.instrument, status: p.status, basis: p.basis })),
      statusCounts: countStatuses(parties.map((p) => p.status)),
      harmonisation: { ...report.value.totals },
      authoritative: profiles.has(iso2) ? 'published' : 'bundled',
      publication: publicationOf(profiles, iso2),
    };
  });
}

/** Statuses of an instrument over the dataset's jurisdictions. */
function instrumentStatusCounts(id: InstrumentId): v1.LawStatusCounts {
  return countStatuses(
    countries(dataset).map(
      (c) => partiesOf(c.iso2)[INSTRUMENT_IDS.indexOf(id)]?.status ?? 'unknown',
    ),
  );
}

export function listInstruments(): v1.LawInstrumentSummary[] {
  return instruments(dataset).map((i) =>
    writable({
      id: i.id,
      title: i.title,
      kind: i.kind,
      adopted: i.adopted,
      entryIntoForce: i.entryIntoForce,
      application: i.application,
      partiesCount: i.partiesCount,
      statusCounts: instrumentStatusCounts(i.id),
    }),
  );
}

/** One instrument with every dataset jurisdiction's standing and the sources cited. */
export function instrumentDetail(id: string): Result<v1.LawInstrumentDetail, ServiceError> {
  const found = instrument(id, dataset);
  if (!found.ok) return found;
  const index = INSTRUMENT_IDS.indexOf(found.value.id);
  const parties = countries(dataset).map((c) => {
    const party = partiesOf(c.iso2)[index];
    // index is the instrument's place in INSTRUMENT_IDS, which partiesOf follows.
    if (party === undefined) throw new Error(`no party record for ${c.iso2}`);
    return { ...writable(party), name: c.name };
  });
  const { provisions, ...rest } = found.value;
  const cited = new Set([
    ...rest.sources,
    ...provisions.flatMap((p) => p.sources),
    ...rest.deadlines.flatMap((d) => d.sources),
    ...rest.notes.flatMap((n) => n.sources),
    ...rest.partiesCount.sources,
    ...parties.flatMap((p) => p.sources),
    ...rest.allowedReservations.flatMap((r) => r.sources),
    ...rest.reservationExamples.flatMap((r) => r.sources),
  ]);
  return ok({
    instrument: writable({ ...rest, provisions }),
    parties,
    statusCounts: countStatuses(parties.map((p) => p.status)),
    sources: sourceRecords([...cited]),
  });
}

/** Sources by id, resolved (ids no source has are left out rather than invented). */
export function sourceRecords(
  ids: readonly string[],
  extra: Parameters<typeof findSource>[2] = [],
): v1.LawSourceRecord[] {
  return [...new Set(ids)].sort().flatMap((id) => {
    const s = findSource(id, dataset, extra);
    return s === undefined ? [] : [{ ...s }];
  });
}

/** A cooperation plan with the profiles in force on both sides. */
export function planFor(
  profiles: ProfilesInForce,
  request: v1.LawPlanRequest,
): Result<v1.LawPlan, ServiceError> {
  const { urgency, ...rest } = request;
  const result = plan(urgency === undefined ? rest : { ...rest, urgency }, {
    dataset,
    profiles: [request.requesting, request.requested].flatMap((iso) => {
      const held = profiles.get(iso);
      return held === undefined ? [] : [held.merged.effective];
    }),
  });
  return result.ok ? ok(writable(result.value)) : { ok: false, error: result.error };
}
