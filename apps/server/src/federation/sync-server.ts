import { err, ok, type Result } from '@concord/core';
import { openEnvelope, rulesFor, shareSignal, toSyncSignal } from '@concord/federation';
import { v1 } from '@concord/protocol';
import { SYSTEM_ACTOR, record } from '../audit/audit-trail.ts';
import type { NodeContext } from '../node/node-context.ts';
import { sealFor, type Rejection } from './messaging.ts';
import { ownDecryptionKey } from './own-card.ts';
import type { PeerDirectory } from './peer-directory.ts';

/** A page of sync answers at most this many changes, whatever the request asks. */
export const MAX_PAGE = 5000;
/** Sync requests and pages are short-lived: they are a question and its answer. */
export const SYNC_LIFETIME_MS = 5 * 60_000;

/** The sync request versions this node answers; a page goes back in the request's version. */
const SYNC_VERSIONS: readonly number[] = [1, 2];

export type SyncRejection = Rejection | { readonly code: 'not_shared'; readonly message: string };

/**
 * The changes of a bank after `cursor` as one page for one peer: each change
 * goes as the signal (when a sharing rule and the policy let it go to that
 * peer, under the narrowed handling code) or as a tombstone (retracted, or no
 * longer shared with it). Used online (answerSync) and for offline bundles.
 */
export async function buildSyncPage(
  ctx: NodeContext,
  peerNodeId: string,
  bankId: string,
  cursor: number,
  limit: number,
): Promise<Result<{ page: v1.SyncPageV1; shared: number; head: number }, SyncRejection>> {
  const bank = await ctx.storage.banks.get(bankId);
  const rules = bank
    ? rulesFor(
        await ctx.storage.sharing.listRules(bank.id),
        await ctx.storage.sharing.listGroups(),
        peerNodeId,
      )
    : [];
  // The same answer whether the bank exists or not: nothing is disclosed.
  if (!bank || rules.length === 0)
    return err('not_shared', 'no bank with this id is shared with you');
  const size = Math.min(limit, MAX_PAGE);
  const changes = await ctx.storage.signals.changesSince(bank.id, cursor, size);
  const at = ctx.clock.now().toISOString();
  let shared = 0;
  const items: v1.SyncItemV1[] = changes.map((signal) => {
    const decision =
      signal.retractedAt === null
        ? shareSignal(signal, bank, rules, peerNodeId, ctx.identity.nodeId, at)
        : null;
    if (!decision?.share) return { kind: 'tombstone', changeSeq: signal.changeSeq, id: signal.id };
    shared += 1;
    return toSyncSignal(signal, decision.handling, ctx.identity.nodeId);
  });
  const nextCursor = changes.at(-1)?.changeSeq ?? cursor;
  return ok({
    page: { bankId: bank.id, items, nextCursor, complete: changes.length < size },
    shared,
    // The bank as read before its changes: a change made in between can put
    // the page past it, and the goal is never behind the page.
    head: Math.max(bank.changeSeq, nextCursor),
  });
}

/**
 * Answers a peer's request for the changes of a bank after its cursor: each
 * change goes as the signal (when a sharing rule and the policy let it go to
 * that peer, under the narrowed handling code) or as a tombstone (retracted,
 * or no longer shared with it). The page is sealed for the requester alone.
 */
export async function answerSync(
  ctx: NodeContext,
  directory: PeerDirectory,
  envelope: string,
  clientAddress: string | null,
): Promise<Result<v1.SyncPageTransfer, SyncRejection>> {
  const now = ctx.clock.now();
  const opened = await openEnvelope(envelope, {
    myNodeId: ctx.identity.nodeId,
    now,
    resolveSender: (nodeId, kid) => directory.signingKey(nodeId, kid, now),
    decryptionKey: (kid) => ownDecryptionKey(ctx, kid),
    // A replayed request only yields a page sealed for its original sender.
    seen: async () => false,
    supportedVersions: (type) => (type === 'bank.sync_request' ? SYNC_VERSIONS : []),
  });
  const actor = {
    ...SYSTEM_ACTOR,
    name: opened.ok ? `node:${opened.value.claims.sender}` : 'node:unknown',
    clientAddress,
  };
  if (!opened.ok) {
    await record(ctx.storage, ctx.clock, actor, {
      action: 'message.rejected',
      outcome: 'denied',
      objectType: 'sync',
      details: { code: opened.error.code },
    });
    return err(opened.error.code, opened.error.message);
  }
  const request = v1.SyncRequestV1.safeParse(opened.value.payload);
  if (!request.success) {
    await record(ctx.storage, ctx.clock, actor, {
      action: 'message.rejected',
      outcome: 'denied',
      objectType: 'sync',
      details: { code: 'payload_invalid' },
    });
    return err('payload_invalid', 'not a sync request');
  }
  const peerNodeId = opened.value.claims.sender;
  const { bankId, cursor } = request.data;
  const built = await buildSyncPage(ctx, peerNodeId, bankId, cursor, request.data.limit);
  if (!built.ok) {
    await record(ctx.storage, ctx.clock, actor, {
      action: 'sync.served',
      outcome: 'denied',
      objectType: 'bank',
      objectId: bankId,
      details: { reason: built.error.code },
    });
    return built;
  }
  const { page, shared, head } = built.value;
  // A page in the version it was asked in: only a version 2 requester reads the head.
  const version = opened.value.claims.schemaVersion;
  const sealed = await sealFor(
    ctx,
    directory,
    peerNodeId,
    'bank.sync_page',
    version === 2 ? ({ ...page, head } satisfies v1.SyncPageV2) : page,
    null,
    SYNC_LIFETIME_MS,
    version,
  );
  if (!sealed.ok) return err('not_shared', sealed.error.message);
  await record(ctx.storage, ctx.clock, actor, {
    action: 'sync.served',
    outcome: 'success',
    objectType: 'bank',
    objectId: page.bankId,
    details: {
      from: cursor,
      to: page.nextCursor,
      head,
      signals: shared,
      tombstones: page.items.length - shared,
    },
  });
  // A version 2 requester may ask for the next page before it opens this one.
  return ok(
    version === 2
      ? {
          envelope: sealed.value.envelope,
          next: { cursor: page.nextCursor, complete: page.complete },
        }
      : { envelope: sealed.value.envelope },
  );
}
