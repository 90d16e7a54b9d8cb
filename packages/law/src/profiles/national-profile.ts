// A jurisdiction's national profile: what its law says about each conduct and the other facts
// a request needs, every value with its sources, basis and as-of date. The bundled profile is
// read from the research (profile-readings.ts); a jurisdiction's own node may publish a newer
// one (profile-document.ts, merge-profile.ts).

import {
  CONDUCT_IDS,
  type Basis,
  type ConductId,
  type Criminalisation,
  type LawDataset,
  type NationalLawExample,
  type SourceRecord,
} from '../model.ts';
import {
  ICMEC_ALL_FIVE_READS,
  LEGISLATION_FIELDS,
  READINGS,
  type LegislationField,
  type Reading,
  type YesNoUnknown,
} from './profile-readings.ts';

/** One value with where it comes from. */
export interface ProfileValue<T> {
  readonly value: T;
  readonly basis: Basis;
  /** The date the value is known to hold on, where a source gives one. */
  readonly asOf: string | null;
  readonly sources: readonly string[];
  readonly note: string | null;
  /** True where the research marks the underlying fact unverified. */
  readonly unverified: boolean;
}

/** A central authority or 24/7 point of contact. */
export interface ContactPoint {
  readonly name: string;
  readonly phone: string | null;
  readonly email: string | null;
  readonly address: string | null;
}

export interface NationalProfile {
  readonly jurisdiction: string;
  readonly name: string | null;
  readonly conducts: Readonly<Record<ConductId, ProfileValue<Criminalisation>>>;
  /** The age under which material counts as CSAM. */
  readonly csamAgeThreshold: ProfileValue<number | 'unknown'>;
  /** 'partial': only in cases the note names (e.g. to EU Member States). */
  readonly extraditesNationals: ProfileValue<Criminalisation>;
  /** Languages requests are accepted in (BCP 47 tags). */
  readonly acceptedLanguages: ProfileValue<readonly string[] | 'unknown'>;
  readonly centralAuthority: ProfileValue<ContactPoint | 'unknown'>;
  readonly contact247: ProfileValue<ContactPoint | 'unknown'>;
  readonly legislation: Readonly<Record<LegislationField, ProfileValue<YesNoUnknown>>>;
  /** Every research example about this jurisdiction, verbatim. */
  readonly examples: readonly NationalLawExample[];
  /** Sources the values cite that the dataset does not hold (a published profile's own). */
  readonly extraSources: readonly SourceRecord[];
}

/** A value nobody has a source for. */
export function unknownValue<T>(value: T, note: string | null = null): ProfileValue<T> {
  return { value, basis: 'none', asOf: null, sources: [], note, unverified: false };
}

const PLACEHOLDER =
  "placeholder: not in the bundled data; the jurisdiction's own node publishes it";

/**
 * The profile the bundled research gives a jurisdiction: unknown wherever it says nothing.
 *
 * @example
 * bundledProfile('DE', BUNDLED_DATASET).conducts['csam.possession'].value // 'yes'
 */
export function bundledProfile(iso2: string, dataset: LawDataset): NationalProfile {
  const examples = dataset.nationalLawExamples.filter((e) => e.iso2 === iso2);
  const conducts = Object.fromEntries(
    CONDUCT_IDS.map((c) => [c, unknownValue<Criminalisation>('unknown')]),
  );
  const legislation = Object.fromEntries(
    LEGISLATION_FIELDS.map((f) => [f, unknownValue<YesNoUnknown>('unknown')]),
  );
  const profile = {
    jurisdiction: iso2,
    name: dataset.jurisdictions.find((j) => j.iso2 === iso2)?.name ?? null,
    // Complete records: every conduct and field was set just above.
    conducts: conducts as Record<ConductId, ProfileValue<Criminalisation>>,
    csamAgeThreshold: unknownValue<number | 'unknown'>('unknown'),
    extraditesNationals: unknownValue<Criminalisation>('unknown'),
    acceptedLanguages: unknownValue<readonly string[] | 'unknown'>('unknown', PLACEHOLDER),
    centralAuthority: unknownValue<ContactPoint | 'unknown'>('unknown', PLACEHOLDER),
    contact247: unknownValue<ContactPoint | 'unknown'>('unknown', PLACEHOLDER),
    legislation: legislation as Record<LegislationField, ProfileValue<YesNoUnknown>>,
    examples,
    extraSources: [],
  };
  applyIcmecAllFive(profile, iso2, dataset);
  for (const reading of READINGS) {
    const example = examples.find((e) => exampleKey(e) === reading.example);
    if (example !== undefined) applyReading(profile, reading, example);
  }
  return profile;
}

/** How readings name an example: `${iso2}/${attribute}/${first source id}`. */
export function exampleKey(example: NationalLawExample): string {
  return `${example.iso2}/${example.attribute}/${example.sources[0] ?? ''}`;
}

type MutableProfile = {
  conducts: Record<ConductId, ProfileValue<Criminalisation>>;
  csamAgeThreshold: ProfileValue<number | 'unknown'>;
  extraditesNationals: ProfileValue<Criminalisation>;
  legislation: Record<LegislationField, ProfileValue<YesNoUnknown>>;
};

function applyIcmecAllFive(profile: MutableProfile, iso2: string, dataset: LawDataset): void {
  for (const edition of dataset.icmec.history) {
    if (!(edition.metAllFive ?? []).includes(iso2)) continue;
    const value: ProfileValue<'yes'> = {
      value: 'yes',
      basis: 'derived',
      asOf: edition.published,
      sources: edition.sources,
      note: `ICMEC Global Review, edition ${edition.edition} (${edition.published}): met all five criteria`,
      unverified: false,
    };
    for (const read of ICMEC_ALL_FIVE_READS) {
      if (read.set === 'conduct') profile.conducts[read.conduct] = value;
      else profile.legislation[read.field] = value;
    }
  }
}

function applyReading(
  profile: MutableProfile,
  reading: Reading,
  example: NationalLawExample,
): void {
  const from = <T>(value: T): ProfileValue<T> => ({
    value,
    basis: reading.basis,
    asOf: null,
    sources: example.sources,
    note: example.note === null ? example.value : `${example.value} (${example.note})`,
    unverified: example.unverified,
  });
  switch (reading.set) {
    case 'conduct':
      profile.conducts[reading.conduct] = from(reading.value);
      return;
    case 'csamAgeThreshold':
      profile.csamAgeThreshold = from(reading.value);
      return;
    case 'extraditesNationals':
      profile.extraditesNationals = from(reading.value);
      return;
    case 'legislation':
      profile.legislation[reading.field] = from(reading.value);
      return;
  }
}
