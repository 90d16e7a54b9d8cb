import { isJurisdictionCode, ok, type Result } from '@concord/core';
import { toCsv, type InstrumentId } from '@concord/law';
import type { v1 } from '@concord/protocol';
import { fail, type ServiceError } from '../accounts/service-error.ts';
import type { Actor } from '../audit/audit-trail.ts';
import type { NodeContext } from '../node/node-context.ts';
import { countryDetail } from './country-detail.ts';
import { lawMap } from './law-map.ts';
import { listCountries, planFor, reportFor } from './law-queries.ts';
import { acceptSignedProfile } from './profile-publication.ts';
import { heldVersion, presentVersion, profilesInForce } from './profiles-in-force.ts';
import { wireProfileFile, writable } from './wire-data.ts';

// What the law routes call: each reads the profiles this node holds in force, then asks the
// pure parts (law-queries, country-detail, law-map, @concord/law). Legal data is the same for
// every user of the node and holds nothing about cases, so reads are not audited; publishing,
// importing, exporting and every profile refused are.

type Ctx = Pick<NodeContext, 'storage'>;

export async function lawCountries(ctx: Ctx): Promise<v1.LawCountry[]> {
  return listCountries(await profilesInForce(ctx.storage));
}

export async function lawCountry(
  ctx: Ctx,
  iso2: string,
): Promise<Result<v1.LawCountryDetail, ServiceError>> {
  const versions = isJurisdictionCode(iso2) ? await ctx.storage.lawProfiles.list(iso2) : [];
  return countryDetail(await profilesInForce(ctx.storage), versions, iso2);
}

/** The harmonisation report of a jurisdiction against its profile in force, as JSON or CSV. */
export async function lawHarmonisation(
  ctx: Ctx,
  iso2: string,
  format: 'json' | 'csv',
): Promise<
  Result<
    { kind: 'json'; report: v1.LawHarmonisationReport } | { kind: 'csv'; text: string },
    ServiceError
  >
> {
  if (!isJurisdictionCode(iso2))
    return fail('unknown_jurisdiction', `${iso2} is not an ISO 3166-1 alpha-2 code (e.g. DE)`);
  const report = reportFor(await profilesInForce(ctx.storage), iso2);
  if (!report.ok) return report;
  return ok(
    format === 'csv'
      ? { kind: 'csv', text: toCsv(report.value) }
      : { kind: 'json', report: writable(report.value) },
  );
}

export async function lawPlan(
  ctx: Ctx,
  request: v1.LawPlanRequest,
): Promise<Result<v1.LawPlan, ServiceError>> {
  return planFor(await profilesInForce(ctx.storage), request);
}

export async function lawMapOf(
  ctx: Ctx,
  query: { readonly instrument?: InstrumentId | undefined; readonly metric?: 'gaps' | undefined },
): Promise<v1.LawMap> {
  return lawMap(await profilesInForce(ctx.storage), query);
}

/** Every published version held, newest first, of one jurisdiction or all. */
export async function lawProfileVersions(
  ctx: Ctx,
  jurisdiction: string | undefined,
): Promise<v1.LawProfileVersion[]> {
  const inForce = await profilesInForce(ctx.storage);
  return (await ctx.storage.lawProfiles.list(jurisdiction)).map((v) =>
    presentVersion(v, inForce.get(v.jurisdiction)?.record.id ?? null),
  );
}

/** One held version as its signed file, exactly as it was signed. */
export async function lawProfileFile(
  ctx: Ctx,
  id: string,
): Promise<Result<v1.LawSignedProfileFile, ServiceError>> {
  const record = await ctx.storage.lawProfiles.get(id);
  if (record === null) return fail('not_found', `this node holds no profile version ${id}`);
  return ok(wireProfileFile(heldVersion(record).file));
}

/** Imports a signed profile file: verified against its publisher's card, kept, audited. */
export async function importProfileFile(
  ctx: NodeContext,
  actor: Actor,
  text: string,
): Promise<Result<v1.LawImportResult, ServiceError>> {
  return ctx.storage.transaction((tx) =>
    acceptSignedProfile(ctx, tx, text, { kind: 'file', actor }),
  );
}
