import { canonicalJson } from './canonical-json.ts';

export const AUDIT_OUTCOMES = ['success', 'failure', 'denied'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

/** The part of an audit event that its hash covers. */
export interface AuditEventContent {
  readonly seq: number;
  /** ISO 8601 instant. */
  readonly at: string;
  readonly actorId: string | null;
  readonly actorName: string | null;
  readonly actorRole: string | null;
  readonly action: string;
  readonly objectType: string | null;
  readonly objectId: string | null;
  readonly purpose: string | null;
  readonly outcome: AuditOutcome;
  readonly clientAddress: string | null;
  /** Small, non-sensitive facts about the event (never secrets, never content). */
  readonly details: Readonly<Record<string, string | number | boolean | null>>;
}

export interface ChainedAuditEvent extends AuditEventContent {
  readonly prevHash: string;
  readonly hash: string;
}

/**
 * An event as read back from storage, unvalidated: a tampered row may hold an
 * outcome no code would write, and verification must hash what is there.
 */
export interface StoredAuditEvent extends Omit<ChainedAuditEvent, 'outcome'> {
  readonly outcome: string;
}

/** The previous-hash value of the first event. */
export const GENESIS_HASH = '0'.repeat(64);

/** Hex SHA-256 of a UTF-8 string; injected because core does no crypto I/O of its own. */
export type Sha256Hex = (text: string) => string;

/** The exact text whose SHA-256 is an event's hash. */
export function auditHashInput(
  content: Omit<AuditEventContent, 'outcome'> & { readonly outcome: string },
  prevHash: string,
): string {
  return canonicalJson({
    seq: content.seq,
    at: content.at,
    actorId: content.actorId,
    actorName: content.actorName,
    actorRole: content.actorRole,
    action: content.action,
    objectType: content.objectType,
    objectId: content.objectId,
    purpose: content.purpose,
    outcome: content.outcome,
    clientAddress: content.clientAddress,
    details: content.details,
    prevHash,
  });
}

/** Links new content onto the chain whose last hash is `prevHash`. */
export function chainAuditEvent(
  content: AuditEventContent,
  prevHash: string,
  sha256: Sha256Hex,
): ChainedAuditEvent {
  return { ...content, prevHash, hash: sha256(auditHashInput(content, prevHash)) };
}

export type ChainBreak = {
  readonly firstBrokenSeq: number;
  readonly reason: 'sequence_gap' | 'hash_mismatch' | 'link_mismatch' | 'truncated';
};

export type ChainVerdict =
  | { readonly intact: true; readonly count: number; readonly lastHash: string }
  | ({ readonly intact: false; readonly count: number } & ChainBreak);

/**
 * Checks a chain one event at a time, in sequence order, so that logs of any
 * length verify in constant memory. Detects edited rows (hash mismatch),
 * deleted rows (a gap in sequence numbers, or a tail shorter than the recorded
 * head), and reordered rows (a link that does not point at its predecessor).
 *
 * @example
 * const v = new AuditChainVerifier(sha256);
 * for (const e of events) if (!v.push(e)) break;
 * v.finish(head) // { intact: true, count, lastHash }
 */
export class AuditChainVerifier {
  #count = 0;
  #expectedSeq = 1;
  #lastHash = GENESIS_HASH;
  #broken: ChainBreak | null = null;
  readonly #sha256: Sha256Hex;

  constructor(sha256: Sha256Hex) {
    this.#sha256 = sha256;
  }

  /** Feeds the next event; returns false once the chain is known to be broken. */
  push(event: StoredAuditEvent): boolean {
    if (this.#broken) return false;
    if (event.seq !== this.#expectedSeq) {
      this.#broken = { firstBrokenSeq: this.#expectedSeq, reason: 'sequence_gap' };
      return false;
    }
    if (event.hash !== this.#sha256(auditHashInput(event, event.prevHash))) {
      this.#broken = { firstBrokenSeq: event.seq, reason: 'hash_mismatch' };
      return false;
    }
    if (event.prevHash !== this.#lastHash) {
      this.#broken = { firstBrokenSeq: event.seq, reason: 'link_mismatch' };
      return false;
    }
    this.#count += 1;
    this.#expectedSeq += 1;
    this.#lastHash = event.hash;
    return true;
  }

  /**
   * The verdict. `head` is the last sequence number and hash the log recorded
   * when it last appended; a chain that stops short of it lost its tail.
   */
  finish(head: { readonly seq: number; readonly hash: string } | null): ChainVerdict {
    if (this.#broken) return { intact: false, count: this.#count, ...this.#broken };
    if (head !== null && (head.seq !== this.#count || head.hash !== this.#lastHash)) {
      // Rows missing after the last one we saw, rows past the recorded head, or
      // a last row whose hash the head does not know.
      const firstBrokenSeq =
        head.seq > this.#count ? this.#count + 1 : head.seq < this.#count ? head.seq + 1 : head.seq;
      return { intact: false, count: this.#count, firstBrokenSeq, reason: 'truncated' };
    }
    return { intact: true, count: this.#count, lastHash: this.#lastHash };
  }
}
