import type { Received } from './message-handlers.ts';
import { continuesCard } from './card-continuity.ts';
import { fingerprintOf, readCard } from './peer-service.ts';

type Details = Readonly<Record<string, string | number | boolean | null>>;

/**
 * A peer rotated its keys and sent its re-issued card (signed with its old
 * key, so the envelope already proved who sent it). The card replaces the
 * stored one only if it verifies and every new key is vouched for by a key we
 * trust; otherwise the old card stays and the refusal is recorded with the
 * message. Status, contact history and how the peer was first trusted are kept.
 */
export async function applyCardUpdate({
  ctx,
  tx,
  sender,
  payload,
}: Received<{ readonly card: Record<string, unknown> }>): Promise<Details> {
  const now = ctx.clock.now();
  const read = await readCard(payload.card, now);
  if (!read.ok) return { applied: false, reason: read.error.code, problem: read.error.message };
  const known = await readCard(sender.card, now);
  if (!known.ok)
    return {
      applied: false,
      reason: 'stored_card_invalid',
      problem: 'the card we hold for this peer no longer verifies: add the peer again',
    };
  const continued = continuesCard(known.value.card, read.value.signed);
  if (!continued.ok)
    return { applied: false, reason: continued.error.code, problem: continued.error.message };
  const { card, signed } = read.value;
  const fingerprint = fingerprintOf(card, now);
  if (!fingerprint) return { applied: false, reason: 'invalid_card', problem: 'no key valid now' };
  await tx.peers.save({
    nodeId: sender.nodeId,
    name: card.name,
    organisation: card.organisation,
    kind: card.kind,
    jurisdiction: card.jurisdiction,
    endpoint: card.endpoint,
    card: JSON.parse(JSON.stringify(signed)),
    fingerprint,
    status: sender.status,
    trustedVia: sender.trustedVia,
    addedAt: sender.addedAt,
    updatedAt: now.toISOString(),
  });
  return {
    applied: true,
    fingerprint,
    previousFingerprint: sender.fingerprint,
    newKeys: continued.value.newKids.join(', ') || null,
  };
}
