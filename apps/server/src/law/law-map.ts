import {
  GAP_CATEGORIES,
  INSTRUMENT_IDS,
  PARTY_STATUSES,
  countries,
  gapCategory,
  type InstrumentId,
} from '@concord/law';
import type { v1 } from '@concord/protocol';
import { knownJurisdictions, partiesOf, reportFor, sourceRecords } from './law-queries.ts';
import type { ProfilesInForce } from './profiles-in-force.ts';

// The world map's data: one category per jurisdiction the node knows (the dataset's and those
// with a published profile), either its party status under an instrument or its count of
// harmonisation gaps. Countries not listed have no data; the map says so rather than guess.

const STATUS_LABELS: Readonly<Record<(typeof PARTY_STATUSES)[number], string>> = {
  party: 'Party',
  signatory: 'Signatory, not ratified',
  not_party: 'Not a party',
  not_signed: 'Not signed',
  unknown: 'Unknown',
};

const GAP_LABELS: Readonly<Record<(typeof GAP_CATEGORIES)[number], string>> = {
  unknown: 'No criterion assessed',
  none: 'No known gap',
  few: '1-2 gaps',
  some: '3-5 gaps',
  many: '6 or more gaps',
};

/** The choropleth for one instrument's party status, or for harmonisation gaps. */
export function lawMap(
  profiles: ProfilesInForce,
  query: { readonly instrument?: InstrumentId | undefined; readonly metric?: 'gaps' | undefined },
): v1.LawMap {
  const names = new Map(countries().map((c) => [c.iso2, c.name]));
  const rows = knownJurisdictions(profiles).map((iso2) => {
    const report = reportFor(profiles, iso2);
    // Listed jurisdictions are valid codes.
    if (!report.ok) throw new Error(report.error.message);
    const totals = { ...report.value.totals };
    const party =
      query.instrument === undefined
        ? null
        : (partiesOf(iso2)[INSTRUMENT_IDS.indexOf(query.instrument)] ?? null);
    const category = party === null ? gapCategory(totals) : party.status;
    return {
      iso2,
      name: names.get(iso2) ?? null,
      category,
      label: party === null ? GAP_LABELS[gapCategory(totals)] : STATUS_LABELS[party.status],
      partyStatus:
        party === null
          ? null
          : {
              status: party.status,
              year: party.year,
              basis: party.basis,
              asOf: party.asOf,
              sources: [...party.sources],
            },
      harmonisation: totals,
      authoritative: profiles.has(iso2) ? ('published' as const) : ('bundled' as const),
      cited: party === null ? report.value.sources.map((s) => s.id) : [...party.sources],
    };
  });
  const categories: readonly string[] =
    query.instrument === undefined ? GAP_CATEGORIES : PARTY_STATUSES;
  const labels: Readonly<Record<string, string>> =
    query.instrument === undefined ? GAP_LABELS : STATUS_LABELS;
  return {
    metric: query.instrument === undefined ? 'gaps' : 'party_status',
    instrument: query.instrument ?? null,
    legend: categories.map((category) => ({
      category,
      label: labels[category] ?? category,
      count: rows.filter((r) => r.category === category).length,
    })),
    countries: rows.map(({ cited: _cited, ...row }) => row),
    sources: sourceRecords(
      rows.flatMap((r) => r.cited),
      [...profiles.values()].flatMap((p) => p.merged.effective.extraSources),
    ),
  };
}
