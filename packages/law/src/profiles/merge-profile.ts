// A profile published by a jurisdiction's own node is authoritative for that jurisdiction:
// its values win over the bundled research, value by value, and both versions are kept with
// where each came from (bundled, or published by node N on date D).

import { ok, type Result } from '@concord/core';
import { CONDUCT_IDS, type ConductId, type Criminalisation, type SourceRecord } from '../model.ts';
import type { ContactPoint, NationalProfile, ProfileValue } from './national-profile.ts';
import type { ProfileDocument, ProfileError, PublishedValue } from './profile-document.ts';
import {
  LEGISLATION_FIELDS,
  type LegislationField,
  type YesNoUnknown,
} from './profile-readings.ts';

/** Where the value in force comes from. */
export type ValueOrigin =
  | { readonly kind: 'bundled' }
  | {
      readonly kind: 'published';
      readonly nodeId: string;
      readonly publisherName: string | null;
      readonly publishedAt: string;
    };

/** One value with both versions. */
export interface MergedValue<T> {
  readonly effective: ProfileValue<T>;
  readonly origin: ValueOrigin;
  readonly bundled: ProfileValue<T>;
  readonly published: ProfileValue<T> | null;
}

export interface MergedProfile {
  readonly jurisdiction: string;
  readonly publication: Extract<ValueOrigin, { kind: 'published' }>;
  readonly conducts: Readonly<Record<ConductId, MergedValue<Criminalisation>>>;
  readonly csamAgeThreshold: MergedValue<number | 'unknown'>;
  readonly extraditesNationals: MergedValue<Criminalisation>;
  readonly acceptedLanguages: MergedValue<readonly string[] | 'unknown'>;
  readonly centralAuthority: MergedValue<ContactPoint | 'unknown'>;
  readonly contact247: MergedValue<ContactPoint | 'unknown'>;
  readonly legislation: Readonly<Record<LegislationField, MergedValue<YesNoUnknown>>>;
  /** The profile with the published values in force: what plans and reports use. */
  readonly effective: NationalProfile;
  readonly bundled: NationalProfile;
  readonly published: ProfileDocument;
}

/**
 * Lays a published profile over the bundled one. Only pass a document whose signature you have
 * verified against the publishing node's key, and whose node belongs to the jurisdiction.
 *
 * @example
 * const merged = mergeProfile(bundledProfile('DE', BUNDLED_DATASET), verifiedDocument);
 * if (merged.ok) plan(request, { profiles: [merged.value.effective] });
 */
export function mergeProfile(
  bundled: NationalProfile,
  published: ProfileDocument,
): Result<MergedProfile, ProfileError> {
  if (published.jurisdiction !== bundled.jurisdiction) {
    return {
      ok: false,
      error: {
        code: 'jurisdiction_mismatch',
        message: `a profile of ${published.jurisdiction} cannot replace the profile of ${bundled.jurisdiction}`,
        issues: [],
      },
    };
  }
  const j = published.jurisdiction;
  const publication = {
    kind: 'published' as const,
    nodeId: published.publisher.nodeId,
    publisherName: published.publisher.name,
    publishedAt: published.publishedAt,
  };
  const lift = <T>(value: PublishedValue<T>): ProfileValue<T> => ({
    value: value.value,
    basis: 'direct',
    asOf: published.publishedAt.slice(0, 10),
    sources: [profileSourceId(j), ...value.sources.map((id) => citedSourceId(j, id))],
    note: value.note,
    unverified: false,
  });
  const merge = <T>(base: ProfileValue<T>, over: PublishedValue<T> | undefined): MergedValue<T> =>
    over === undefined
      ? { effective: base, origin: { kind: 'bundled' }, bundled: base, published: null }
      : { effective: lift(over), origin: publication, bundled: base, published: lift(over) };

  const values = published.values;
  const conducts = Object.fromEntries(
    CONDUCT_IDS.map((c) => [c, merge(bundled.conducts[c], values.conducts?.[c])]),
  );
  const legislation = Object.fromEntries(
    LEGISLATION_FIELDS.map((f) => [f, merge(bundled.legislation[f], values.legislation?.[f])]),
  );
  // Both records were built over every conduct id and every legislation field just above.
  const byConduct = conducts as Record<ConductId, MergedValue<Criminalisation>>;
  const byField = legislation as Record<LegislationField, MergedValue<YesNoUnknown>>;
  const merged = {
    csamAgeThreshold: merge(bundled.csamAgeThreshold, values.csamAgeThreshold),
    extraditesNationals: merge(bundled.extraditesNationals, values.extraditesNationals),
    acceptedLanguages: merge(bundled.acceptedLanguages, values.acceptedLanguages),
    centralAuthority: merge(bundled.centralAuthority, values.centralAuthority),
    contact247: merge(bundled.contact247, values.contact247),
  };
  const effective: NationalProfile = {
    ...bundled,
    conducts: mapValues(byConduct, (v) => v.effective),
    legislation: mapValues(byField, (v) => v.effective),
    csamAgeThreshold: merged.csamAgeThreshold.effective,
    extraditesNationals: merged.extraditesNationals.effective,
    acceptedLanguages: merged.acceptedLanguages.effective,
    centralAuthority: merged.centralAuthority.effective,
    contact247: merged.contact247.effective,
    extraSources: [...bundled.extraSources, ...publishedSources(published)],
  };
  return ok({
    jurisdiction: j,
    publication,
    conducts: byConduct,
    legislation: byField,
    ...merged,
    effective,
    bundled,
    published,
  });
}

/** The id under which a published profile itself is cited. */
export function profileSourceId(jurisdiction: string): string {
  return `profile:${jurisdiction}`;
}

function citedSourceId(jurisdiction: string, id: string): string {
  return `profile:${jurisdiction}:${id}`;
}

function publishedSources(doc: ProfileDocument): SourceRecord[] {
  const by =
    doc.publisher.name === null
      ? doc.publisher.nodeId
      : `${doc.publisher.name} (${doc.publisher.nodeId})`;
  return [
    {
      id: profileSourceId(doc.jurisdiction),
      title: `National profile of ${doc.jurisdiction} published by ${by} on ${doc.publishedAt}`,
      ref: `concord-node:${doc.publisher.nodeId}`,
      reliability: "published and signed by the jurisdiction's own node",
    },
    ...doc.sources.map((source) => ({
      id: citedSourceId(doc.jurisdiction, source.id),
      title: source.title,
      ref: source.ref,
      reliability: `cited by the profile ${doc.jurisdiction} published`,
    })),
  ];
}

function mapValues<K extends string, A, B>(
  record: Readonly<Record<K, A>>,
  f: (a: A) => B,
): Record<K, B> {
  // Same keys in, same keys out.
  return Object.fromEntries(Object.entries<A>(record).map(([k, v]) => [k, f(v)])) as Record<K, B>;
}
