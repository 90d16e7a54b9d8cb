import { err, ok, type Result } from '@concord/core';
import { openEnvelope } from '@concord/federation';
import { v1 } from '@concord/protocol';
import { z } from 'zod';
import { fail, type ServiceError } from '../accounts/service-error.ts';
import { record, type Actor } from '../audit/audit-trail.ts';
import { findBank } from '../banks/bank-service.ts';
import type { NodeContext } from '../node/node-context.ts';
import { sealFor } from './messaging.ts';
import { ownDecryptionKey } from './own-card.ts';
import type { PeerDirectory } from './peer-directory.ts';
import { applyPage, subscribe } from './sync-client.ts';
import { MAX_PAGE, buildSyncPage } from './sync-server.ts';

/** Bundles travel by hand or by slow links: their pages stay openable for 30 days. */
const BUNDLE_LIFETIME_MS = 30 * 86_400_000;

/** The first line of a bundle file: what it holds (each page after it is a signed, sealed envelope). */
export const BundleHeader = z.strictObject({
  bundle: z.literal('concord-bundle/1'),
  sender: z.string(),
  recipient: z.string(),
  bankId: z.string(),
  bankName: z.string(),
  description: z.string(),
  handling: v1.HandlingCode,
  from: z.number().int().min(0),
  to: z.number().int().min(0),
  pages: z.number().int().min(0),
  createdAt: z.string(),
});
export type BundleHeader = z.infer<typeof BundleHeader>;

export interface BundleReport {
  readonly pages: number;
  readonly signals: number;
  readonly tombstones: number;
  readonly from: number;
  readonly to: number;
}

/**
 * Writes the changes of a shared bank after `since` for one peer as a bundle:
 * the same pages online sync would send (rules, policy and tombstones
 * included), each sealed for that peer. Returns the header line and the page
 * lines, for air-gapped or low-bandwidth links.
 */
export async function exportBundle(
  ctx: NodeContext,
  directory: PeerDirectory,
  actor: Actor,
  peerNodeId: string,
  bankIdOrName: string,
  since: number,
): Promise<Result<{ lines: string[]; report: BundleReport }, ServiceError>> {
  const bank = await findBank(ctx, bankIdOrName);
  if (!bank.ok) return bank;
  const pages: string[] = [];
  let cursor = since;
  let signals = 0;
  let tombstones = 0;
  for (;;) {
    const built = await buildSyncPage(ctx, peerNodeId, bank.value.id, cursor, MAX_PAGE);
    if (!built.ok)
      return fail(
        'forbidden',
        `${bank.value.name} is not shared with that peer: add a sharing rule first`,
      );
    const sealed = await sealFor(
      ctx,
      directory,
      peerNodeId,
      'bank.sync_page',
      built.value.page,
      null,
      BUNDLE_LIFETIME_MS,
    );
    if (!sealed.ok) return sealed;
    pages.push(JSON.stringify({ envelope: sealed.value.envelope }));
    signals += built.value.shared;
    tombstones += built.value.page.items.length - built.value.shared;
    cursor = built.value.page.nextCursor;
    if (built.value.page.complete) break;
  }
  const header: BundleHeader = {
    bundle: 'concord-bundle/1',
    sender: ctx.identity.nodeId,
    recipient: peerNodeId,
    bankId: bank.value.id,
    bankName: bank.value.name,
    description: bank.value.description,
    handling: {
      ...bank.value.handling,
      restrictions: {
        ...bank.value.handling.restrictions,
        permittedPurposes: bank.value.handling.restrictions.permittedPurposes
          ? [...bank.value.handling.restrictions.permittedPurposes]
          : null,
      },
    },
    from: since,
    to: cursor,
    pages: pages.length,
    createdAt: ctx.clock.now().toISOString(),
  };
  const report = { pages: pages.length, signals, tombstones, from: since, to: cursor };
  await record(ctx.storage, ctx.clock, actor, {
    action: 'sync.served',
    outcome: 'success',
    objectType: 'bank',
    objectId: bank.value.id,
    details: { bundle: true, peer: peerNodeId, ...report },
  });
  return ok({ lines: [JSON.stringify(header), ...pages], report });
}

/**
 * Applies a bundle exactly as online sync would: every page must verify as
 * sealed for this node by the peer named in the header, pages apply in
 * order each in its own transaction, and a bundle that starts after what this
 * node holds is refused (import the earlier one first). Importing is an
 * explicit act: it subscribes to the bank if this node did not already.
 */
export async function importBundle(
  ctx: NodeContext,
  directory: PeerDirectory,
  actor: Actor,
  lines: AsyncIterable<string>,
): Promise<Result<BundleReport, ServiceError>> {
  let header: BundleHeader | null = null;
  let subscriptionId = '';
  const totals = { pages: 0, signals: 0, tombstones: 0 };
  for await (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      return fail(
        'invalid_request',
        `line ${totals.pages + 1 + (header ? 1 : 0)} of the bundle is not JSON`,
      );
    }
    if (!header) {
      const parsed = BundleHeader.safeParse(json);
      if (!parsed.success)
        return fail(
          'invalid_request',
          'not a Concord bundle (its first line is not a bundle header)',
        );
      header = parsed.data;
      if (header.recipient !== ctx.identity.nodeId)
        return fail('forbidden', `this bundle was made for ${header.recipient}, not for this node`);
      const ready = await subscriptionFor(ctx, actor, header);
      if (!ready.ok) return ready;
      subscriptionId = ready.value;
      continue;
    }
    const transfer = v1.EnvelopeTransfer.safeParse(json);
    if (!transfer.success)
      return fail('invalid_request', `page ${totals.pages + 1} of the bundle is not an envelope`);
    const opened = await openPage(ctx, directory, header.sender, transfer.data.envelope);
    if (!opened.ok)
      return fail(
        'invalid_request',
        `page ${totals.pages + 1} is refused: ${opened.error.message}`,
      );
    const subscription = await ctx.storage.subscriptions.get(subscriptionId);
    if (!subscription) throw new Error('the subscription vanished during the import');
    if (subscription.cursor < header.from) {
      return fail(
        'invalid_request',
        `this bundle starts after change ${header.from}, but this node holds changes only up to ${subscription.cursor}: import the earlier bundle first`,
      );
    }
    const applied = await applyPage(ctx, subscription, opened.value);
    totals.pages += 1;
    totals.signals += applied.signals;
    totals.tombstones += applied.tombstones;
  }
  if (!header) return fail('invalid_request', 'the bundle is empty');
  if (totals.pages !== header.pages)
    return fail(
      'invalid_request',
      `the bundle is cut short: ${totals.pages} of ${header.pages} pages (those applied are kept; import the whole file again to finish)`,
    );
  return ok({ ...totals, from: header.from, to: header.to });
}

async function openPage(
  ctx: NodeContext,
  directory: PeerDirectory,
  sender: string,
  envelope: string,
): Promise<Result<v1.SyncPageV1, { code: string; message: string }>> {
  const now = ctx.clock.now();
  const opened = await openEnvelope(envelope, {
    myNodeId: ctx.identity.nodeId,
    now,
    resolveSender: async (nodeId, kid) =>
      nodeId === sender ? directory.signingKey(nodeId, kid, now) : { refused: 'unknown_sender' },
    decryptionKey: (kid) => ownDecryptionKey(ctx, kid),
    seen: async () => false,
    supportedVersions: (type) => (type === 'bank.sync_page' ? [1] : []),
  });
  if (!opened.ok) return err(opened.error.code, opened.error.message);
  const page = v1.SyncPageV1.safeParse(opened.value.payload);
  return page.success ? ok(page.data) : err('payload_invalid', 'the page is not a sync page');
}

async function subscriptionFor(
  ctx: NodeContext,
  actor: Actor,
  header: BundleHeader,
): Promise<Result<string, ServiceError>> {
  const peer = await ctx.storage.peers.get(header.sender);
  if (!peer)
    return fail(
      'not_found',
      `the bundle comes from ${header.sender}, which is not a peer of this node: add its card first`,
    );
  const existing = (await ctx.storage.subscriptions.list()).find(
    (s) => s.peerNodeId === header.sender && s.remoteBankId === header.bankId,
  );
  if (existing) return ok(existing.id);
  await ctx.storage.bankOffers.save({
    peerNodeId: header.sender,
    remoteBankId: header.bankId,
    name: header.bankName,
    description: header.description,
    handling: header.handling,
    signalCount: 0,
    offeredAt: header.createdAt,
  });
  const created = await subscribe(ctx, actor, header.sender, header.bankId);
  return created.ok ? ok(created.value.id) : created;
}
