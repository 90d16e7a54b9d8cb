import type { z } from 'zod';
import type { EnvelopeClaims } from '@concord/federation';
import { v1 } from '@concord/protocol';
import type { PeerRecord, Stores } from '@concord/storage';
import type { NodeContext } from '../node/node-context.ts';
import { applyCardUpdate } from './card-update-handler.ts';
import { handleLawProfile } from './law-profile-handler.ts';

/** What a handler of a received message is given; `tx` commits with the message's acceptance. */
export interface Received<P> {
  readonly ctx: NodeContext;
  readonly tx: Stores;
  readonly sender: PeerRecord;
  readonly claims: EnvelopeClaims;
  readonly payload: P;
}

export interface MessageHandler<S extends z.ZodType = z.ZodType> {
  readonly versions: Readonly<Record<number, S>>;
  handle(
    received: Received<z.infer<S>>,
  ): Promise<Readonly<Record<string, string | number | boolean | null>>>;
}

function handler<S extends z.ZodType>(
  versions: Readonly<Record<number, S>>,
  handle: MessageHandler<S>['handle'],
): MessageHandler {
  // The registry forgets each payload's type; the inbox parses a payload with
  // the schema registered beside its handler before calling it, so a handler
  // only ever sees its own type.
  return { versions, handle: handle as MessageHandler['handle'] };
}

/**
 * Messages a node accepts in its inbox, by type and version. Sync requests
 * and pages are not here: they are a request and its answer on /sync.
 */
export const MESSAGE_HANDLERS: Readonly<Record<string, MessageHandler>> = {
  ping: handler(v1.FEDERATION_MESSAGES.ping, async () => ({})),

  'card.update': handler(v1.FEDERATION_MESSAGES['card.update'], applyCardUpdate),
  'law.profile': handler(v1.FEDERATION_MESSAGES['law.profile'], handleLawProfile),

  'bank.offer': handler(
    v1.FEDERATION_MESSAGES['bank.offer'],
    async ({ tx, sender, claims, payload }) => {
      // Offers of one bank can arrive out of order (through a relay, or from
      // two servers of one node): an older one never replaces a newer one.
      const held = await tx.bankOffers.get(sender.nodeId, payload.bankId);
      if (held && Date.parse(held.offeredAt) > Date.parse(claims.created))
        return { bankId: payload.bankId, name: payload.name, applied: false, reason: 'superseded' };
      await tx.bankOffers.save({
        peerNodeId: sender.nodeId,
        remoteBankId: payload.bankId,
        name: payload.name,
        description: payload.description,
        handling: payload.handling,
        signalCount: payload.signalCount,
        offeredAt: claims.created,
      });
      return { bankId: payload.bankId, name: payload.name };
    },
  ),

  'grade.feedback': handler(
    v1.FEDERATION_MESSAGES['grade.feedback'],
    async ({ ctx, tx, payload }) => {
      const bank = await tx.banks.get(payload.bankId);
      if (!bank || bank.originNodeId !== ctx.identity.nodeId)
        return { applied: false, reason: 'not_our_bank' };
      const [signal] = (
        await tx.signals.search(
          { bankId: bank.id, type: payload.signalType, value: payload.value },
          { offset: 0, limit: 1 },
        )
      ).items;
      if (!signal) return { applied: false, reason: 'no_such_signal' };
      await tx.signals.addFeedback(signal.id, payload.kind, ctx.clock.now().toISOString());
      return { applied: true, kind: payload.kind, signalId: signal.id };
    },
  ),
};
