import { createHash } from 'node:crypto';
import {
  BUNDLED_DATASET,
  canonicalProfileBytes,
  bundledProfile,
  mergeProfile,
  parseProfileDocument,
  type MergedProfile,
  type NationalProfile,
  type ProfileDocument,
  type SignedProfileFile,
} from '@concord/law';
import type { LawProfileRecord, Stores } from '@concord/storage';
import type { v1 } from '@concord/protocol';

/** A published version held by this node, with its document read back. */
export interface HeldVersion {
  readonly record: LawProfileRecord;
  readonly file: SignedProfileFile;
}

/** The published profile in force for a jurisdiction: its newest version, merged over the bundled one. */
export interface ProfileInForce extends HeldVersion {
  readonly merged: MergedProfile;
}

/** Every jurisdiction's profile in force, by ISO code; jurisdictions absent use the bundled data. */
export type ProfilesInForce = ReadonlyMap<string, ProfileInForce>;

/** Reads a stored version back. Versions are checked before they are stored, so a failure is a bug. */
export function heldVersion(record: LawProfileRecord): HeldVersion {
  const parsed = parseProfileDocument(JSON.parse(record.document));
  if (!parsed.ok)
    throw new Error(`stored law profile ${record.id} no longer reads: ${parsed.error.message}`);
  return { record, file: { profile: parsed.value, signature: record.signature } };
}

/**
 * The newest published version of each jurisdiction (versions come newest first), merged over
 * the bundled research: published values win, both versions are kept.
 */
export async function profilesInForce(
  stores: Pick<Stores, 'lawProfiles'>,
): Promise<ProfilesInForce> {
  const inForce = new Map<string, ProfileInForce>();
  for (const record of await stores.lawProfiles.list()) {
    if (inForce.has(record.jurisdiction)) continue;
    const held = heldVersion(record);
    const merged = mergeProfile(
      bundledProfile(record.jurisdiction, BUNDLED_DATASET),
      held.file.profile,
    );
    // Stored versions were checked to be of their own jurisdiction.
    if (!merged.ok) throw new Error(`stored law profile ${record.id}: ${merged.error.message}`);
    inForce.set(record.jurisdiction, { ...held, merged: merged.value });
  }
  return inForce;
}

/** The profile plans and reports use for a jurisdiction. */
export function effectiveProfile(profiles: ProfilesInForce, iso2: string): NationalProfile {
  return profiles.get(iso2)?.merged.effective ?? bundledProfile(iso2, BUNDLED_DATASET);
}

/** A stored version as the API shows it. */
export function presentVersion(
  record: LawProfileRecord,
  authoritativeId: string | null,
): v1.LawProfileVersion {
  return {
    id: record.id,
    jurisdiction: record.jurisdiction,
    publisherNodeId: record.publisherNodeId,
    publisherName: record.publisherName,
    publishedAt: record.publishedAt,
    receivedAt: record.receivedAt,
    receivedVia: record.receivedVia,
    receivedFrom: record.receivedFrom,
    signatureKeyId: record.signature.keyId,
    authoritative: record.id === authoritativeId,
  };
}

/** The record to store for a verified signed profile: its id and text are its canonical bytes'. */
export function versionRecord(
  file: SignedProfileFile,
  received: Pick<LawProfileRecord, 'receivedAt' | 'receivedVia' | 'receivedFrom'>,
): LawProfileRecord {
  const profile: ProfileDocument = file.profile;
  const bytes = canonicalProfileBytes(profile);
  return {
    id: createHash('sha256').update(bytes).digest('hex'),
    jurisdiction: profile.jurisdiction,
    publisherNodeId: profile.publisher.nodeId,
    publisherName: profile.publisher.name,
    // Normalised to milliseconds, so that instants sort as text.
    publishedAt: new Date(profile.publishedAt).toISOString(),
    document: Buffer.from(bytes).toString('utf8'),
    signature: { ...file.signature },
    ...received,
  };
}
