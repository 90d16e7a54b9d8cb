import { randomUUID } from 'node:crypto';
import { ok, type Result } from '@concord/core';
import { fromSyncSignal, openEnvelope } from '@concord/federation';
import { v1 } from '@concord/protocol';
import type { SubscriptionRecord } from '@concord/storage';
import { fail, type ServiceError } from '../accounts/service-error.ts';
import { SYSTEM_ACTOR, record, type Actor } from '../audit/audit-trail.ts';
import type { NodeContext } from '../node/node-context.ts';
import { sealFor } from './messaging.ts';
import { ownDecryptionKey } from './own-card.ts';
import type { PeerDirectory } from './peer-directory.ts';
import { MAX_PAGE, SYNC_LIFETIME_MS } from './sync-server.ts';
import type { Transport } from './transport.ts';

/**
 * Subscribes to a bank a peer offered: a local bank (with the peer as its
 * origin) receives its signals, from change number 0.
 */
export async function subscribe(
  ctx: NodeContext,
  actor: Actor,
  peerNodeId: string,
  remoteBankId: string,
): Promise<Result<SubscriptionRecord, ServiceError>> {
  const offer = await ctx.storage.bankOffers.get(peerNodeId, remoteBankId);
  const peer = await ctx.storage.peers.get(peerNodeId);
  if (!offer || !peer) return fail('not_found', 'that peer has not offered that bank');
  if (
    (await ctx.storage.subscriptions.list()).some(
      (s) => s.peerNodeId === peerNodeId && s.remoteBankId === remoteBankId,
    )
  ) {
    return fail('already_subscribed', 'this node already subscribes to that bank');
  }
  const at = ctx.clock.now().toISOString();
  return ctx.storage.transaction(async (tx) => {
    const slug =
      `${peer.name}-${offer.name}`
        .toLowerCase()
        .replace(/[^a-z0-9._-]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 54) || 'received';
    let name = offer.name;
    if (await tx.banks.findByName(name)) name = slug;
    if (await tx.banks.findByName(name)) name = `${slug}-${randomUUID().slice(0, 8)}`;
    const bank = await tx.banks.create({
      id: randomUUID(),
      name,
      description: offer.description,
      originNodeId: peerNodeId,
      handling: offer.handling,
      createdAt: at,
      updatedAt: at,
    });
    if ('kind' in bank)
      throw new Error('unreachable: the bank name was checked free in this transaction');
    const subscription: SubscriptionRecord = {
      id: randomUUID(),
      peerNodeId,
      remoteBankId,
      localBankId: bank.id,
      cursor: 0,
      status: 'active',
      createdAt: at,
      lastSyncAt: null,
      lastError: null,
      remoteHead: null,
    };
    const created = await tx.subscriptions.create(subscription);
    if (created) throw new Error('the subscription appeared while it was being created; try again');
    await record(tx, ctx.clock, actor, {
      action: 'subscription.create',
      outcome: 'success',
      objectType: 'subscription',
      objectId: subscription.id,
      details: { peer: peerNodeId, remoteBankId, localBank: name },
    });
    return ok(subscription);
  });
}

export interface PullReport {
  readonly pages: number;
  readonly signals: number;
  readonly tombstones: number;
  readonly cursor: number;
  readonly complete: boolean;
}

/**
 * Applies one page in one transaction, cursor included, so a crash at any
 * point resumes cleanly. `head` is the peer's latest change number as the
 * page reported it (version 2 pages); a complete page without one is its own
 * head, and an incomplete one leaves the goal unknown.
 */
export async function applyPage(
  ctx: NodeContext,
  subscription: SubscriptionRecord,
  page: v1.SyncPageV1,
  head: number | null = null,
): Promise<{ signals: number; tombstones: number }> {
  const fresh = page.items.filter((i) => i.changeSeq > subscription.cursor);
  const signals = fresh.flatMap((i) => (i.kind === 'signal' ? [fromSyncSignal(i)] : []));
  const tombstones = fresh.flatMap((i) => (i.kind === 'tombstone' ? [i.id] : []));
  const at = ctx.clock.now().toISOString();
  await ctx.storage.transaction(async (tx) => {
    await tx.signals.upsert(subscription.localBankId, signals, at);
    for (const remoteId of tombstones) {
      const held = await tx.signals.findByRemoteId(subscription.localBankId, remoteId);
      if (held && held.retractedAt === null)
        await tx.signals.retract(held.id, 'retracted or no longer shared by the sender', at);
    }
    await tx.subscriptions.update(subscription.id, {
      cursor: Math.max(subscription.cursor, page.nextCursor),
      remoteHead: head ?? (page.complete ? page.nextCursor : null),
      lastSyncAt: at,
      lastError: null,
    });
    await record(
      tx,
      ctx.clock,
      { ...SYSTEM_ACTOR, name: 'sync' },
      {
        action: 'sync.applied',
        outcome: 'success',
        objectType: 'subscription',
        objectId: subscription.id,
        details: { to: page.nextCursor, signals: signals.length, tombstones: tombstones.length },
      },
    );
  });
  return { signals: signals.length, tombstones: tombstones.length };
}

/** A page as fetched: its version, and the peer's head when the page reports one. */
interface FetchedPage {
  readonly page: v1.SyncPageV1;
  readonly head: number | null;
  readonly version: number;
}

/**
 * Asks the peer for the page after `cursor` and opens it: it must come from
 * that peer, sealed for this node, and be a page of the subscribed bank.
 * Nothing is stored here, so a page fetched ahead can be dropped unread.
 * The request goes as version 2 (answered with the peer's head); a peer that
 * refuses that version (an older node) is asked again in version 1.
 */
async function fetchPage(
  ctx: NodeContext,
  directory: PeerDirectory,
  transport: Transport,
  subscription: SubscriptionRecord,
  cursor: number,
  version = 2,
): Promise<Result<FetchedPage, ServiceError>> {
  const peer = await directory.peer(subscription.peerNodeId);
  const card = peer ? await directory.card(peer, ctx.clock.now()) : null;
  if (!peer || !card)
    return fail('not_found', 'the subscription’s peer is gone or its card no longer verifies');
  const request = await sealFor(
    ctx,
    directory,
    peer.nodeId,
    'bank.sync_request',
    { bankId: subscription.remoteBankId, cursor, limit: MAX_PAGE },
    null,
    SYNC_LIFETIME_MS,
    version,
  );
  if (!request.ok) return request;
  const answer = await transport.post(
    { endpoint: card.endpoint, tlsCertificateSha256: card.tlsCertificateSha256 },
    '/federation/v1/sync',
    { envelope: request.value.envelope },
  );
  if (
    version > 1 &&
    answer.kind === 'answered' &&
    refusalCode(answer.body) === 'unsupported_schema_version'
  )
    return fetchPage(ctx, directory, transport, subscription, cursor, version - 1);
  const problem =
    answer.kind === 'unreachable'
      ? `cannot reach ${card.endpoint}: ${answer.message}`
      : answer.status !== 200
        ? describeRefusal(answer.body, answer.status)
        : null;
  const transfer =
    answer.kind === 'answered' && answer.status === 200
      ? v1.EnvelopeTransfer.safeParse(answer.body)
      : null;
  if (problem || !transfer?.success)
    return fail('sync_failed', problem ?? 'the peer answered without a page');
  const now = ctx.clock.now();
  const opened = await openEnvelope(transfer.data.envelope, {
    myNodeId: ctx.identity.nodeId,
    now,
    resolveSender: async (nodeId, kid) =>
      nodeId === peer.nodeId
        ? directory.signingKey(nodeId, kid, now)
        : { refused: 'unknown_sender' },
    decryptionKey: (kid) => ownDecryptionKey(ctx, kid),
    seen: async () => false,
    // The page must be in the version asked for: an older page would hide the head.
    supportedVersions: (type) => (type === 'bank.sync_page' ? [version] : []),
  });
  const page = opened.ok
    ? (version === 2 ? v1.SyncPageV2 : v1.SyncPageV1).safeParse(opened.value.payload)
    : null;
  if (!opened.ok || !page?.success || page.data.bankId !== subscription.remoteBankId) {
    return fail(
      'sync_failed',
      opened.ok
        ? 'the page does not match the request'
        : `the page was refused: ${opened.error.message}`,
    );
  }
  const head = 'head' in page.data && typeof page.data.head === 'number' ? page.data.head : null;
  return ok({ page: page.data, head, version });
}

/**
 * Pulls a subscription up to date, page by page. Each page is asked for,
 * opened (it must come from that peer, sealed for this node) and applied
 * with its cursor in one transaction. While a page is applied the next one
 * is already asked for (its cursor is known once the page is open), so the
 * peer's reading and sealing overlap our writing; a page fetched ahead is
 * applied only after the one before it committed, and dropped if that failed.
 */
export async function pullSubscription(
  ctx: NodeContext,
  directory: PeerDirectory,
  transport: Transport,
  subscriptionId: string,
  maxPages = Infinity,
): Promise<Result<PullReport, ServiceError>> {
  let subscription = await ctx.storage.subscriptions.get(subscriptionId);
  if (!subscription) return fail('not_found', 'no such subscription');
  const totals = { pages: 0, signals: 0, tombstones: 0 };
  let pending = fetchPage(ctx, directory, transport, subscription, subscription.cursor);
  for (;;) {
    const fetched = await pending;
    if (!fetched.ok) {
      if (fetched.error.code === 'sync_failed')
        await ctx.storage.subscriptions.update(subscription.id, {
          lastError: fetched.error.message,
        });
      return fetched;
    }
    const { page, head, version } = fetched.value;
    const nextCursor = Math.max(subscription.cursor, page.nextCursor);
    const last = page.complete || totals.pages + 1 >= maxPages;
    const ahead = last
      ? null
      : fetchPage(ctx, directory, transport, subscription, nextCursor, version);
    // Handled here so that a failure while we apply is not an unhandled rejection;
    // it is still seen when `ahead` is awaited.
    ahead?.catch(() => undefined);
    const applied = await applyPage(ctx, subscription, page, head);
    totals.pages += 1;
    totals.signals += applied.signals;
    totals.tombstones += applied.tombstones;
    subscription = { ...subscription, cursor: nextCursor };
    if (!ahead) return ok({ ...totals, cursor: subscription.cursor, complete: page.complete });
    pending = ahead;
  }
}

function refusalCode(body: unknown): string | null {
  const parsed = v1.ErrorBody.safeParse(body);
  return parsed.success ? parsed.data.error.code : null;
}

function describeRefusal(body: unknown, status: number): string {
  const parsed = v1.ErrorBody.safeParse(body);
  return parsed.success
    ? `refused with ${parsed.data.error.code}: ${parsed.data.error.message}`
    : `answered HTTP ${status}`;
}
