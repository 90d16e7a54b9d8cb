import { acceptedSigningKeys, type CardKey, type NodeCard } from '@concord/federation';
import type { PeerRecord, Storage } from '@concord/storage';
import { readCard } from './peer-service.ts';

/**
 * Which issue of a peer's card the record holds: its signature, which any
 * re-issue changes (a timestamp would not tell two updates in one millisecond apart).
 */
function cardVersion(peer: PeerRecord): string {
  const card = peer.card;
  const signature =
    card !== null && typeof card === 'object' && !Array.isArray(card)
      ? (card as { readonly [key: string]: unknown }).signature
      : null;
  return typeof signature === 'string' ? signature : `${peer.updatedAt}:${JSON.stringify(card)}`;
}

/**
 * Peers with their cards verified once and remembered until the peer record
 * changes: each message would otherwise re-verify a card.
 */
export class PeerDirectory {
  readonly #cards = new Map<string, { readonly version: string; readonly card: NodeCard }>();
  /**
   * Peer records as read under a peers version (`PeerStore.version`, SQLite),
   * which any change to any peer moves, from any process: one small read
   * instead of a peer's record (and its card parsed) for every message sealed
   * for it. Only peers that exist are kept, so made-up sender ids cannot fill
   * it. Without a version (PostgreSQL) the record is read each time.
   */
  readonly #records = new Map<string, { readonly version: number; readonly record: PeerRecord }>();

  constructor(readonly storage: Storage) {}

  async peer(nodeId: string): Promise<PeerRecord | null> {
    // The version first: a change that lands between the two reads leaves
    // the record filed under an older number, so it is read again next time.
    const version = await this.storage.peers.version();
    if (version === null) return this.storage.peers.get(nodeId);
    const known = this.#records.get(nodeId);
    if (known && known.version === version) return known.record;
    const record = await this.storage.peers.get(nodeId);
    if (record) this.#records.set(nodeId, { version, record });
    else this.#records.delete(nodeId);
    return record;
  }

  /** A peer's verified card, or null when the stored card no longer verifies. */
  async card(peer: PeerRecord, now: Date): Promise<NodeCard | null> {
    const cached = this.#cards.get(peer.nodeId);
    const version = cardVersion(peer);
    if (cached && cached.version === version && Date.parse(cached.card.validUntil) > now.getTime())
      return cached.card;
    const read = await readCard(peer.card, now);
    if (!read.ok) return null;
    this.#cards.set(peer.nodeId, { version, card: read.value.card });
    return read.value.card;
  }

  /** The key a peer signs with under this kid, if its card accepts it now. */
  async signingKey(
    nodeId: string,
    kid: string,
    now: Date,
  ): Promise<
    { publicKey: string } | { refused: 'unknown_sender' | 'suspended_sender' | 'unknown_key' }
  > {
    return this.signingKeyOf(await this.peer(nodeId), kid, now);
  }

  /** As `signingKey`, for a peer record already read (null: no such peer). */
  async signingKeyOf(
    peer: PeerRecord | null,
    kid: string,
    now: Date,
  ): Promise<
    { publicKey: string } | { refused: 'unknown_sender' | 'suspended_sender' | 'unknown_key' }
  > {
    if (!peer) return { refused: 'unknown_sender' };
    if (peer.status === 'suspended') return { refused: 'suspended_sender' };
    const card = await this.card(peer, now);
    const key = card ? acceptedSigningKeys(card, now).find((k) => k.kid === kid) : undefined;
    return key ? { publicKey: key.publicKey } : { refused: 'unknown_key' };
  }

  /** The encryption key to seal messages for a peer: the newest its card accepts now. */
  async encryptionKey(peer: PeerRecord, now: Date): Promise<CardKey | null> {
    const card = await this.card(peer, now);
    if (!card) return null;
    const valid = card.encryptionKeys.filter(
      (k) =>
        Date.parse(k.validFrom) <= now.getTime() &&
        (k.validUntil === null || Date.parse(k.validUntil) > now.getTime()),
    );
    return valid.at(-1) ?? null;
  }
}
