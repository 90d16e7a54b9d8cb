import { ok, type HandlingCode, type Result } from '@concord/core';
import {
  PROFILE_SCHEMA,
  parseProfileDocument,
  parseSignedProfileFile,
  type SignedProfileFile,
} from '@concord/law';
import type { v1 } from '@concord/protocol';
import type { LawProfileVia, Stores } from '@concord/storage';
import { fail, type ServiceError } from '../accounts/service-error.ts';
import { record, type Actor } from '../audit/audit-trail.ts';
import type { NodeContext } from '../node/node-context.ts';
import { presentVersion, versionRecord } from './profiles-in-force.ts';
import { signProfile, verifyPublisher } from './profile-signature.ts';

// Jurisdiction self-publication: an administrator publishes the node's own jurisdiction's
// profile, signed by the node and sent to every active peer; peers keep every version they
// verify (from a message or a file) and the newest is authoritative over the bundled research.

/** How a publication reaches peers: the federation's outbox (Federation.send). */
export interface ProfileSender {
  send(
    peerNodeId: string,
    type: string,
    payload: unknown,
    handling: HandlingCode | null,
  ): Promise<Result<{ messageId: string }, ServiceError>>;
}

/**
 * Publishes the profile of this node's jurisdiction: checks it, signs it, keeps it, audits it
 * and queues it for every active peer.
 *
 * @example
 * const published = await publishProfile(ctx, federation, actor, { sources: [], values: {} });
 */
export async function publishProfile(
  ctx: NodeContext,
  sender: ProfileSender,
  actor: Actor,
  request: v1.LawPublishProfileRequest,
): Promise<Result<v1.LawPublishResult, ServiceError>> {
  const jurisdiction = ctx.identity.jurisdiction;
  const checked = parseProfileDocument({
    schema: PROFILE_SCHEMA,
    jurisdiction,
    publisher: { nodeId: ctx.identity.nodeId, jurisdiction, name: ctx.identity.name },
    publishedAt: ctx.clock.now().toISOString(),
    sources: request.sources,
    values: request.values,
  });
  if (!checked.ok) {
    await record(ctx.storage, ctx.clock, actor, {
      action: 'law.profile_publish',
      outcome: 'failure',
      objectType: 'law_profile',
      objectId: jurisdiction,
      details: { code: checked.error.code },
    });
    return fail(checked.error.code, checked.error.message);
  }
  const file = signProfile(ctx, checked.value);
  const stored = versionRecord(file, {
    receivedAt: ctx.clock.now().toISOString(),
    receivedVia: 'published',
    receivedFrom: null,
  });
  await ctx.storage.transaction(async (tx) => {
    await tx.lawProfiles.add(stored);
    await record(tx, ctx.clock, actor, {
      action: 'law.profile_publish',
      outcome: 'success',
      objectType: 'law_profile',
      objectId: stored.id,
      details: { jurisdiction },
    });
  });
  const sentTo: string[] = [];
  const notSent: { peerNodeId: string; code: string; message: string }[] = [];
  for (const peer of await ctx.storage.peers.list()) {
    if (peer.status !== 'active') continue;
    const sent = await sender.send(peer.nodeId, 'law.profile', file, null);
    if (sent.ok) sentTo.push(peer.nodeId);
    else notSent.push({ peerNodeId: peer.nodeId, ...sent.error });
  }
  return ok({ version: presentVersion(stored, stored.id), sentTo, notSent });
}

/**
 * The signed file of the newest profile this node published, to hand to a node that is not
 * (yet) a peer. Audited.
 */
export async function exportOwnProfile(
  ctx: NodeContext,
  actor: Actor,
): Promise<Result<SignedProfileFile, ServiceError>> {
  const own = (await ctx.storage.lawProfiles.list(ctx.identity.jurisdiction)).find(
    (v) => v.publisherNodeId === ctx.identity.nodeId,
  );
  if (own === undefined)
    return fail(
      'not_found',
      `this node has not published a profile of ${ctx.identity.jurisdiction} yet: publish one first`,
    );
  const parsed = parseSignedProfileFile(
    JSON.stringify({ profile: JSON.parse(own.document), signature: own.signature }),
  );
  // What this node stored it checked first; a failure here is a bug.
  if (!parsed.ok) throw new Error(`own law profile ${own.id} no longer reads`);
  await record(ctx.storage, ctx.clock, actor, {
    action: 'law.profile_export',
    outcome: 'success',
    objectType: 'law_profile',
    objectId: own.id,
    details: { jurisdiction: own.jurisdiction },
  });
  return ok(parsed.value);
}

/** Where a signed profile came from: a file an administrator imported, or a peer's message. */
export type ProfileArrival =
  | { readonly kind: 'file'; readonly actor: Actor }
  | { readonly kind: 'federation'; readonly actor: Actor; readonly from: string };

/**
 * Reads, verifies and keeps a signed profile (file text or a message payload as JSON text).
 * Refusals change nothing and are audited with their code: law.profile_import for a file,
 * law.profile_rejected for a message.
 *
 * @example
 * const imported = await acceptSignedProfile(ctx, ctx.storage, text, { kind: 'file', actor });
 * if (!imported.ok) console.error(imported.error.code); // unsigned_profile, bad_signature, ...
 */
export async function acceptSignedProfile(
  ctx: NodeContext,
  stores: Pick<Stores, 'peers' | 'lawProfiles' | 'audit'>,
  text: string,
  arrival: ProfileArrival,
): Promise<Result<v1.LawImportResult, ServiceError>> {
  const refused = async (error: ServiceError, details: Record<string, string>) => {
    await record(stores, ctx.clock, arrival.actor, {
      action: arrival.kind === 'file' ? 'law.profile_import' : 'law.profile_rejected',
      outcome: 'denied',
      objectType: 'law_profile',
      details: { code: error.code, ...details, ...fromOf(arrival) },
    });
    return { ok: false as const, error };
  };
  const parsed = parseSignedProfileFile(text);
  if (!parsed.ok) return refused({ code: parsed.error.code, message: parsed.error.message }, {});
  const file = parsed.value;
  const about = {
    jurisdiction: file.profile.jurisdiction,
    publisher: file.profile.publisher.nodeId,
  };
  const verified = await verifyPublisher(ctx, stores, file);
  if (!verified.ok) return refused(verified.error, about);
  const via: LawProfileVia = arrival.kind === 'file' ? 'file' : 'federation';
  const stored = versionRecord(file, {
    receivedAt: ctx.clock.now().toISOString(),
    receivedVia: via,
    receivedFrom: arrival.kind === 'federation' ? arrival.from : null,
  });
  const created = await stores.lawProfiles.add(stored);
  await record(stores, ctx.clock, arrival.actor, {
    action: arrival.kind === 'file' ? 'law.profile_import' : 'law.profile_received',
    outcome: 'success',
    objectType: 'law_profile',
    objectId: stored.id,
    details: { ...about, created, ...fromOf(arrival) },
  });
  const held = created ? stored : ((await stores.lawProfiles.get(stored.id)) ?? stored);
  const newest = (await stores.lawProfiles.list(stored.jurisdiction))[0];
  return ok({ version: presentVersion(held, newest?.id ?? null), created });
}

function fromOf(arrival: ProfileArrival): Record<string, string> {
  return arrival.kind === 'federation' ? { from: arrival.from } : {};
}
