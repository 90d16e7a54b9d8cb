// The profile a jurisdiction's own node publishes, signs and sends: its schema, and the
// canonical bytes a signature covers (canonical JSON: sorted keys, no whitespace, UTF-8).
// Signing and verifying with node keys belong to the caller.

import {
  canonicalJson,
  isJurisdictionCode,
  ok,
  type CanonicalValue,
  type CodedError,
  type Result,
} from '@concord/core';
import { readWith, s, type Schema } from '../dataset/schema.ts';
import { CONDUCT_IDS, CRIMINALISATION, type ConductId, type Criminalisation } from '../model.ts';
import type { ContactPoint } from './national-profile.ts';
import {
  LEGISLATION_FIELDS,
  type LegislationField,
  type YesNoUnknown,
} from './profile-readings.ts';

export const PROFILE_SCHEMA = 'concord.law.profile/1';

export const PROFILE_ERROR_CODES = [
  'invalid_profile',
  'unsigned_profile',
  'publisher_not_authoritative',
  'jurisdiction_mismatch',
] as const;
export type ProfileErrorCode = (typeof PROFILE_ERROR_CODES)[number];

export interface ProfileError extends CodedError<ProfileErrorCode> {
  /** For invalid_profile: each problem with its path. */
  readonly issues: readonly { readonly path: string; readonly message: string }[];
}

/** A published value: the value, the document's sources it cites, and a note. */
export interface PublishedValue<T> {
  readonly value: T;
  readonly sources: readonly string[];
  readonly note: string | null;
}

export interface PublishedValues {
  readonly conducts?: Readonly<Partial<Record<ConductId, PublishedValue<Criminalisation>>>>;
  readonly csamAgeThreshold?: PublishedValue<number | 'unknown'>;
  readonly extraditesNationals?: PublishedValue<Criminalisation>;
  readonly acceptedLanguages?: PublishedValue<readonly string[] | 'unknown'>;
  readonly centralAuthority?: PublishedValue<ContactPoint | 'unknown'>;
  readonly contact247?: PublishedValue<ContactPoint | 'unknown'>;
  readonly legislation?: Readonly<Partial<Record<LegislationField, PublishedValue<YesNoUnknown>>>>;
}

/** A jurisdiction's profile as its own node publishes it. */
export interface ProfileDocument {
  readonly schema: typeof PROFILE_SCHEMA;
  readonly jurisdiction: string;
  /** The node that published it; its jurisdiction must be the profile's. */
  readonly publisher: {
    readonly nodeId: string;
    readonly jurisdiction: string;
    readonly name: string | null;
  };
  /** ISO 8601 UTC instant. */
  readonly publishedAt: string;
  /** The sources the values cite. */
  readonly sources: readonly {
    readonly id: string;
    readonly title: string;
    readonly ref: string;
  }[];
  readonly values: PublishedValues;
}

/** A signature over `canonicalProfileBytes(profile)`, made and checked by the caller. */
export interface ProfileSignature {
  readonly alg: string;
  readonly keyId: string;
  /** base64url. */
  readonly value: string;
}

/** The file a node exports and a peer imports: the profile and its signature. */
export interface SignedProfileFile {
  readonly profile: ProfileDocument;
  readonly signature: ProfileSignature;
}

const text = s.string({ nonEmpty: true });
const note = s.nullable(s.string());
const sourceIds = s.array(s.string({ pattern: /^[A-Za-z0-9_.-]{1,64}$/ }));

function published<T>(value: Schema<T>): Schema<PublishedValue<T>> {
  return s.object({ value, sources: sourceIds, note });
}

function partialRecord<K extends string, V>(
  keys: readonly K[],
  value: Schema<V>,
): Schema<Partial<Record<K, V>>> {
  const shape = Object.fromEntries(keys.map((k) => [k, s.optional(value)]));
  const object = s.object(shape);
  return {
    read(input, path, issues) {
      const read = object.read(input, path, issues);
      // The shape has exactly the keys K, each optional with a value read by `value`.
      return read.ok ? { ok: true, value: read.value as Partial<Record<K, V>> } : read;
    },
  };
}

const criminalisation = s.oneOf(CRIMINALISATION);
const contact = s.union(
  s.object({
    name: text,
    phone: s.nullable(text),
    email: s.nullable(text),
    address: s.nullable(text),
  }),
  s.oneOf(['unknown']),
  'a contact point or "unknown"',
);
const age: Schema<number | 'unknown'> = {
  read(value, path, issues) {
    if (value === 'unknown') return { ok: true, value };
    if (typeof value === 'number' && Number.isInteger(value) && value >= 10 && value <= 21)
      return { ok: true, value };
    issues.push({
      code: 'invalid_value',
      path,
      message: 'expected an age from 10 to 21 or "unknown"',
    });
    return { ok: false };
  },
};

const documentSchema = s.object({
  schema: s.oneOf<typeof PROFILE_SCHEMA>([PROFILE_SCHEMA]),
  jurisdiction: s.string({ pattern: /^[A-Z]{2}$/ }),
  publisher: s.object({
    nodeId: s.string({ pattern: /^\S{1,200}$/ }),
    jurisdiction: s.string({ pattern: /^[A-Z]{2}$/ }),
    name: s.nullable(text),
  }),
  publishedAt: s.string({ pattern: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$/ }),
  sources: s.array(
    s.object({ id: s.string({ pattern: /^[A-Za-z0-9_.-]{1,64}$/ }), title: text, ref: text }),
  ),
  values: s.object({
    conducts: s.optional(partialRecord(CONDUCT_IDS, published(criminalisation))),
    csamAgeThreshold: s.optional(published(age)),
    extraditesNationals: s.optional(published(criminalisation)),
    acceptedLanguages: s.optional(
      published(
        s.union(
          s.array(s.string({ pattern: /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/ }), { nonEmpty: true }),
          s.oneOf(['unknown']),
          'language tags or "unknown"',
        ),
      ),
    ),
    centralAuthority: s.optional(published(contact)),
    contact247: s.optional(published(contact)),
    legislation: s.optional(
      partialRecord(LEGISLATION_FIELDS, published(s.oneOf(['yes', 'no', 'unknown']))),
    ),
  }),
}) satisfies Schema<ProfileDocument>;

/**
 * Checks a parsed JSON value as a profile document.
 *
 * @example
 * const profile = parseProfileDocument(JSON.parse(text));
 * if (!profile.ok) console.error(profile.error.code, profile.error.issues);
 */
export function parseProfileDocument(value: unknown): Result<ProfileDocument, ProfileError> {
  const read = readWith(documentSchema, value);
  if (!read.ok) return invalid(read.issues);
  const doc = read.value;
  const issues: { path: string; message: string }[] = [];
  if (!isJurisdictionCode(doc.jurisdiction))
    issues.push({
      path: '$.jurisdiction',
      message: `${doc.jurisdiction} is not an ISO 3166-1 code`,
    });
  if (Number.isNaN(Date.parse(doc.publishedAt)))
    issues.push({ path: '$.publishedAt', message: 'not a real instant' });
  const ids = doc.sources.map((source) => source.id);
  ids.forEach((id, i) => {
    if (ids.indexOf(id) !== i)
      issues.push({ path: `$.sources[${i}]`, message: `${id} appears twice` });
  });
  for (const [path, cited] of citedIds(doc.values)) {
    for (const id of cited) {
      if (!ids.includes(id))
        issues.push({ path, message: `cites ${id}, which is not among the document's sources` });
    }
  }
  if (issues.length > 0) return invalid(issues);
  if (doc.publisher.jurisdiction !== doc.jurisdiction) {
    return fail(
      'publisher_not_authoritative',
      `a node of ${doc.publisher.jurisdiction} cannot publish the profile of ${doc.jurisdiction}`,
    );
  }
  return ok(doc);
}

/**
 * Reads a signed profile file (JSON text). The signature is only checked for shape: verify it
 * over `canonicalProfileBytes(file.profile)` with the publishing node's key before trusting it.
 *
 * @example
 * const file = parseSignedProfileFile(readFileSync(path, 'utf8'));
 * if (!file.ok && file.error.code === 'unsigned_profile') console.error('refusing an unsigned profile');
 */
export function parseSignedProfileFile(
  textContent: string,
): Result<SignedProfileFile, ProfileError> {
  let raw: unknown;
  try {
    raw = JSON.parse(textContent);
  } catch {
    return invalid([{ path: '$', message: 'not JSON' }]);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return invalid([{ path: '$', message: 'expected an object' }]);
  if (!('signature' in raw) || raw.signature === null)
    return fail('unsigned_profile', 'the profile file carries no signature');
  const extra = Object.keys(raw).filter((k) => k !== 'profile' && k !== 'signature');
  if (extra.length > 0)
    return invalid(extra.map((k) => ({ path: `$.${k}`, message: `unexpected ${k}` })));
  const signature = readWith(
    s.object({ alg: text, keyId: text, value: s.string({ pattern: /^[A-Za-z0-9_-]+={0,2}$/ }) }),
    raw.signature,
  );
  if (!signature.ok)
    return invalid(
      signature.issues.map((i) => ({
        path: i.path.replace('$', '$.signature'),
        message: i.message,
      })),
    );
  const profile = parseProfileDocument('profile' in raw ? raw.profile : undefined);
  return profile.ok ? ok({ profile: profile.value, signature: signature.value }) : profile;
}

/**
 * The bytes a node signs: the canonical JSON of the document, UTF-8 encoded.
 *
 * @example
 * const signature = sign(privateKey, canonicalProfileBytes(profile));
 */
export function canonicalProfileBytes(profile: ProfileDocument): Uint8Array {
  return new TextEncoder().encode(canonicalJson(toCanonical(profile)));
}

/** Plain JSON data as a canonical value; anything else is a bug. */
function toCanonical(value: unknown): CanonicalValue {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return value;
  if (Array.isArray(value)) return value.map((item: unknown) => toCanonical(item));
  if (typeof value === 'object') {
    const out: Record<string, CanonicalValue> = {};
    for (const [key, v] of Object.entries(value)) if (v !== undefined) out[key] = toCanonical(v);
    return out;
  }
  throw new Error(`canonicalProfileBytes: ${typeof value} is not JSON data`);
}

function citedIds(values: PublishedValues): [string, readonly string[]][] {
  const out: [string, readonly string[]][] = [];
  const add = (path: string, v: { readonly sources: readonly string[] } | undefined): void => {
    if (v !== undefined) out.push([`${path}.sources`, v.sources]);
  };
  for (const [id, v] of Object.entries(values.conducts ?? {})) add(`$.values.conducts.${id}`, v);
  for (const [field, v] of Object.entries(values.legislation ?? {}))
    add(`$.values.legislation.${field}`, v);
  add('$.values.csamAgeThreshold', values.csamAgeThreshold);
  add('$.values.extraditesNationals', values.extraditesNationals);
  add('$.values.acceptedLanguages', values.acceptedLanguages);
  add('$.values.centralAuthority', values.centralAuthority);
  add('$.values.contact247', values.contact247);
  return out;
}

function invalid(
  issues: readonly { path: string; message: string }[],
): Result<never, ProfileError> {
  const shown = issues
    .slice(0, 3)
    .map((i) => `${i.path}: ${i.message}`)
    .join('; ');
  return {
    ok: false,
    error: { code: 'invalid_profile', message: `invalid profile: ${shown}`, issues },
  };
}

function fail(
  code: Exclude<ProfileErrorCode, 'invalid_profile'>,
  message: string,
): Result<never, ProfileError> {
  return { ok: false, error: { code, message, issues: [] } };
}
