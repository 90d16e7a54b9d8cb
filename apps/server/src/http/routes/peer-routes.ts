import { z } from 'zod';
import { v1 } from '@concord/protocol';
import type { PeerRecord, SharingRuleRecord } from '@concord/storage';
import { actorOf } from '../../accounts/principal.ts';
import { record } from '../../audit/audit-trail.ts';
import type { Federation } from '../../federation/federation.ts';
import { rotateNodeKeys } from '../../federation/key-rotation.ts';
import { ownFingerprint, signedOwnCard } from '../../federation/own-card.ts';
import { addPeer, removePeer, setPeerStatus } from '../../federation/peer-service.ts';
import {
  addSharingRule,
  createGroup,
  removeSharingRule,
  sendGradeFeedback,
  setGroupMembers,
  sharingPreview,
} from '../../federation/sharing-service.ts';
import { subscribe } from '../../federation/sync-client.ts';
import type { NodeContext } from '../../node/node-context.ts';
import { findBank } from '../../banks/bank-service.ts';
import { unwrap } from '../api-error.ts';
import { principalOf } from '../principal-of.ts';
import type { ZodApp } from '../zod-app.ts';

const errors = {
  400: v1.ErrorBody,
  401: v1.ErrorBody,
  403: v1.ErrorBody,
  404: v1.ErrorBody,
  409: v1.ErrorBody,
  502: v1.ErrorBody,
};
const read = { kind: 'signed_in', permission: 'federation:read' } as const;
const admin = { kind: 'signed_in', permission: 'federation:admin' } as const;

/** A signed card as plain JSON for the wire (its interfaces are read-only records). */
function asJson(value: object): Record<string, unknown> {
  return JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
}

async function presentPeer(ctx: NodeContext, p: PeerRecord): Promise<v1.Peer> {
  const { card: _card, updatedAt: _updated, ...rest } = p;
  return { ...rest, queue: await ctx.storage.outbox.queue(p.nodeId) };
}

function presentRule(r: SharingRuleRecord) {
  const purposes = r.handling?.restrictions.permittedPurposes;
  return {
    ...r,
    signalTypes: r.signalTypes ? [...r.signalTypes] : null,
    grades: r.grades ? [...r.grades] : null,
    handling: r.handling
      ? {
          ...r.handling,
          restrictions: {
            ...r.handling.restrictions,
            permittedPurposes: purposes ? [...purposes] : null,
          },
        }
      : null,
  };
}

/** Peers, sharing rules and groups, bank offers and subscriptions: what an administrator manages. */
export function registerPeerRoutes(app: ZodApp, ctx: NodeContext, federation: Federation): void {
  app.get('/node/card', {
    config: { access: { kind: 'signed_in', permission: 'node:read' } },
    schema: {
      tags: ['federation'],
      summary: "This node's signed card and fingerprint, to give to a peer",
      response: { 200: v1.OwnCard, ...errors },
    },
    handler: async () => ({
      card: asJson(await signedOwnCard(ctx)),
      fingerprint: ownFingerprint(ctx),
    }),
  });

  app.post('/node/keys/rotate', {
    config: { access: admin },
    schema: {
      tags: ['federation'],
      summary: "Rotate this node's signing and encryption keys",
      description:
        'The old signing key vouches for the new one; peers accept both until the overlap ends (7 to 90 days, 14 by default). Every active peer is sent the re-issued card before anything is signed with the new key.',
      body: v1.RotateKeysRequest,
      response: { 200: v1.RotateKeysResult, ...errors },
    },
    handler: async (request) => {
      const overlapDays = request.body.overlapDays;
      const rotated = unwrap(
        await rotateNodeKeys(
          ctx,
          federation.directory,
          actorOf(principalOf(request)),
          overlapDays === undefined ? {} : { overlapDays },
        ),
      );
      void federation.deliver().catch(() => undefined);
      return {
        ...rotated,
        peersMissed: [...rotated.peersMissed],
        fingerprint: ownFingerprint(ctx),
      };
    },
  });

  app.get('/peers', {
    config: { access: read },
    schema: {
      tags: ['federation'],
      summary: 'Peers with their status, last contact, queue and last error',
      response: { 200: v1.Peer.array(), ...errors },
    },
    handler: async () =>
      Promise.all((await ctx.storage.peers.list()).map((p) => presentPeer(ctx, p))),
  });

  app.post('/peers', {
    config: { access: admin },
    schema: {
      tags: ['federation'],
      summary: 'Add a peer from its signed card',
      description:
        'Give the fingerprint its administrator read to you by a separate channel, or trustAnchor: true when a configured trust anchor endorsed the card.',
      body: v1.AddPeerRequest,
      response: { 201: v1.Peer, ...errors },
    },
    handler: async (request, reply) => {
      const body = request.body;
      const trust =
        'trustAnchor' in body
          ? ({ kind: 'anchor' } as const)
          : ({ kind: 'fingerprint', fingerprint: body.fingerprint } as const);
      const peer = unwrap(await addPeer(ctx, actorOf(principalOf(request)), body.card, trust));
      return reply.status(201).send(await presentPeer(ctx, peer));
    },
  });

  for (const [action, status] of [
    ['suspend', 'suspended'],
    ['resume', 'active'],
  ] as const) {
    app.post(`/peers/:id/${action}`, {
      config: { access: admin },
      schema: {
        tags: ['federation'],
        summary: `${action === 'suspend' ? 'Suspend' : 'Resume'} a peer (a suspended peer is neither sent to nor heard)`,
        params: v1.PeerIdParams,
        response: { 204: z.null(), ...errors },
      },
      handler: async (request, reply) => {
        unwrap(await setPeerStatus(ctx, actorOf(principalOf(request)), request.params.id, status));
        return reply.status(204).send(null);
      },
    });
  }

  app.delete('/peers/:id', {
    config: { access: admin },
    schema: {
      tags: ['federation'],
      summary: 'Remove a peer',
      params: v1.PeerIdParams,
      response: { 204: z.null(), ...errors },
    },
    handler: async (request, reply) => {
      unwrap(await removePeer(ctx, actorOf(principalOf(request)), request.params.id));
      return reply.status(204).send(null);
    },
  });

  app.get('/sharing/groups', {
    config: { access: read },
    schema: {
      tags: ['federation'],
      summary: 'Sharing groups (named sets of peers)',
      response: { 200: v1.SharingGroup.array(), ...errors },
    },
    handler: async () =>
      (await ctx.storage.sharing.listGroups()).map((g) => ({ ...g, members: [...g.members] })),
  });

  app.post('/sharing/groups', {
    config: { access: admin },
    schema: {
      tags: ['federation'],
      summary: 'Create a sharing group',
      body: v1.CreateSharingGroup,
      response: { 201: z.object({ id: z.string() }), ...errors },
    },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(
          unwrap(
            await createGroup(
              ctx,
              actorOf(principalOf(request)),
              request.body.name,
              request.body.members,
            ),
          ),
        ),
  });

  app.put('/sharing/groups/:id/members', {
    config: { access: admin },
    schema: {
      tags: ['federation'],
      summary: "Set a sharing group's members",
      params: v1.PeerIdParams,
      body: v1.SetGroupMembers,
      response: { 204: z.null(), ...errors },
    },
    handler: async (request, reply) => {
      unwrap(
        await setGroupMembers(
          ctx,
          actorOf(principalOf(request)),
          request.params.id,
          request.body.members,
        ),
      );
      return reply.status(204).send(null);
    },
  });

  app.get('/banks/:id/sharing-rules', {
    config: { access: read },
    schema: {
      tags: ['federation'],
      summary: "A bank's sharing rules",
      params: v1.BankIdParams,
      response: { 200: v1.SharingRule.array(), ...errors },
    },
    handler: async (request) => {
      const bank = unwrap(await findBank(ctx, request.params.id));
      return (await ctx.storage.sharing.listRules(bank.id)).map(presentRule);
    },
  });

  app.post('/banks/:id/sharing-rules', {
    config: { access: admin },
    schema: {
      tags: ['federation'],
      summary: 'Share a bank with a peer or a group under a rule (and offer it to them)',
      params: v1.BankIdParams,
      body: v1.CreateSharingRule,
      response: { 201: v1.SharingRule, ...errors },
    },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(
          presentRule(
            unwrap(
              await addSharingRule(
                ctx,
                federation,
                actorOf(principalOf(request)),
                request.params.id,
                request.body,
              ),
            ),
          ),
        ),
  });

  app.delete('/sharing-rules/:id', {
    config: { access: admin },
    schema: {
      tags: ['federation'],
      summary: 'Remove a sharing rule (later syncs send tombstones for what it no longer covers)',
      params: v1.PeerIdParams,
      response: { 204: z.null(), ...errors },
    },
    handler: async (request, reply) => {
      unwrap(await removeSharingRule(ctx, actorOf(principalOf(request)), request.params.id));
      return reply.status(204).send(null);
    },
  });

  app.get('/banks/:id/sharing-preview', {
    config: { access: read },
    schema: {
      tags: ['federation'],
      summary: 'What each peer would receive of this bank now, and why the rest would not go',
      params: v1.BankIdParams,
      response: { 200: v1.SharingPreview, ...errors },
    },
    handler: async (request) => unwrap(await sharingPreview(ctx, request.params.id)),
  });

  app.get('/offers', {
    config: { access: read },
    schema: {
      tags: ['federation'],
      summary: 'Banks peers have offered to share with this node',
      response: { 200: v1.BankOffer.array(), ...errors },
    },
    handler: async () => {
      const [offers, peers, subs] = await Promise.all([
        ctx.storage.bankOffers.list(),
        ctx.storage.peers.list(),
        ctx.storage.subscriptions.list(),
      ]);
      return offers.map((o) => ({
        ...o,
        handling: {
          ...o.handling,
          restrictions: {
            ...o.handling.restrictions,
            permittedPurposes: o.handling.restrictions.permittedPurposes
              ? [...o.handling.restrictions.permittedPurposes]
              : null,
          },
        },
        peerName: peers.find((p) => p.nodeId === o.peerNodeId)?.name ?? o.peerNodeId,
        subscribed: subs.some(
          (s) => s.peerNodeId === o.peerNodeId && s.remoteBankId === o.remoteBankId,
        ),
      }));
    },
  });

  const presentSubscription = async (
    s: Awaited<ReturnType<typeof ctx.storage.subscriptions.list>>[number],
  ) => {
    const [peer, bank] = await Promise.all([
      ctx.storage.peers.get(s.peerNodeId),
      ctx.storage.banks.get(s.localBankId),
    ]);
    return {
      ...s,
      peerName: peer?.name ?? s.peerNodeId,
      localBankName: bank?.name ?? s.localBankId,
      signalCount: bank?.signalCount ?? 0,
    };
  };

  app.get('/subscriptions', {
    config: { access: read },
    schema: {
      tags: ['federation'],
      summary: 'Subscriptions to peers’ banks, with sync progress',
      response: { 200: v1.Subscription.array(), ...errors },
    },
    handler: async () =>
      Promise.all((await ctx.storage.subscriptions.list()).map(presentSubscription)),
  });

  app.post('/subscriptions', {
    config: { access: admin },
    schema: {
      tags: ['federation'],
      summary: 'Subscribe to a bank a peer offered (its signals start arriving at the next sync)',
      body: v1.CreateSubscription,
      response: { 201: v1.Subscription, ...errors },
    },
    handler: async (request, reply) => {
      const created = unwrap(
        await subscribe(
          ctx,
          actorOf(principalOf(request)),
          request.body.peerNodeId,
          request.body.remoteBankId,
        ),
      );
      return reply.status(201).send(await presentSubscription(created));
    },
  });

  app.post('/subscriptions/:id/sync', {
    config: { access: admin },
    schema: {
      tags: ['federation'],
      summary: 'Synchronise a subscription now',
      params: v1.PeerIdParams,
      response: { 200: v1.PullResult, ...errors },
    },
    handler: async (request) => {
      const pulled = unwrap(await federation.pull(request.params.id));
      await record(ctx.storage, ctx.clock, actorOf(principalOf(request)), {
        action: 'sync.applied',
        outcome: 'success',
        objectType: 'subscription',
        objectId: request.params.id,
        details: { requested: true, pages: pulled.pages },
      });
      return pulled;
    },
  });

  app.post('/signals/:id/feedback', {
    config: { access: { kind: 'signed_in', permission: 'banks:write' } },
    schema: {
      tags: ['federation'],
      summary: "Confirm or dispute a received signal's grade; it goes to the originating node",
      params: v1.PeerIdParams,
      body: v1.GradeFeedbackRequest,
      response: { 202: z.object({ messageId: z.string() }), ...errors },
    },
    handler: async (request, reply) =>
      reply
        .status(202)
        .send(
          unwrap(
            await sendGradeFeedback(
              ctx,
              federation,
              actorOf(principalOf(request)),
              request.params.id,
              request.body.kind,
              request.body.comment,
            ),
          ),
        ),
  });
}
