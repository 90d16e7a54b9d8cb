import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import {
  AuditChainVerifier,
  GENESIS_HASH,
  chainAuditEvent,
  type AuditEventContent,
  type ChainedAuditEvent,
} from './audit-chain.ts';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

function content(seq: number): AuditEventContent {
  return {
    seq,
    at: `2026-01-01T00:00:${String(seq).padStart(2, '0')}.000Z`,
    actorId: 'u1',
    actorName: 'alice',
    actorRole: 'admin',
    action: 'user.create',
    objectType: 'user',
    objectId: `u${seq + 1}`,
    purpose: null,
    outcome: 'success',
    clientAddress: '127.0.0.1',
    details: { role: 'analyst' },
  };
}

function chain(n: number): ChainedAuditEvent[] {
  const out: ChainedAuditEvent[] = [];
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const e = chainAuditEvent(content(seq), prev, sha256);
    out.push(e);
    prev = e.hash;
  }
  return out;
}

function verify(events: readonly ChainedAuditEvent[], head: { seq: number; hash: string } | null) {
  const v = new AuditChainVerifier(sha256);
  for (const e of events) if (!v.push(e)) break;
  return v.finish(head);
}

const headOf = (events: readonly ChainedAuditEvent[]) => {
  const last = events.at(-1);
  return last ? { seq: last.seq, hash: last.hash } : { seq: 0, hash: GENESIS_HASH };
};

describe('AuditChainVerifier', () => {
  it('accepts an intact chain and counts it', () => {
    const events = chain(10);
    const verdict = verify(events, headOf(events));
    assert.deepEqual(verdict, { intact: true, count: 10, lastHash: events[9]?.hash });
  });

  it('accepts an empty log', () => {
    assert.deepEqual(verify([], null), { intact: true, count: 0, lastHash: GENESIS_HASH });
  });

  it('names the first edited row', () => {
    const events = chain(10);
    const edited = events.map((e) => (e.seq === 4 ? { ...e, outcome: 'failure' as const } : e));
    assert.deepEqual(verify(edited, headOf(events)), {
      intact: false,
      count: 3,
      firstBrokenSeq: 4,
      reason: 'hash_mismatch',
    });
  });

  it('names the first deleted row', () => {
    const events = chain(10).filter((e) => e.seq !== 6);
    const verdict = verify(events, headOf(events));
    assert.equal(verdict.intact, false);
    assert.equal(!verdict.intact && verdict.firstBrokenSeq, 6);
  });

  it('detects rows whose sequence numbers were swapped', () => {
    const events = chain(10);
    const [a, b] = [events[2], events[3]];
    assert.ok(a && b);
    const swapped = [...events];
    swapped[2] = { ...b, seq: 3 };
    swapped[3] = { ...a, seq: 4 };
    const verdict = verify(swapped, headOf(events));
    assert.equal(!verdict.intact && verdict.firstBrokenSeq, 3);
  });

  it('detects a row re-hashed in place (content and hash rewritten)', () => {
    const events = chain(10);
    const forged = chainAuditEvent(
      { ...content(5), actorName: 'mallory' },
      events[3]?.hash ?? '',
      sha256,
    );
    const rewritten = events.map((e) => (e.seq === 5 ? forged : e));
    const verdict = verify(rewritten, headOf(events));
    assert.equal(!verdict.intact && verdict.firstBrokenSeq, 6);
    assert.equal(!verdict.intact && verdict.reason, 'link_mismatch');
  });

  it('detects a deleted tail through the recorded head', () => {
    const events = chain(10);
    const verdict = verify(events.slice(0, 7), headOf(events));
    assert.deepEqual(verdict, { intact: false, count: 7, firstBrokenSeq: 8, reason: 'truncated' });
  });

  it('detects rows appended past the recorded head', () => {
    const events = chain(10);
    const verdict = verify(events, headOf(events.slice(0, 8)));
    assert.equal(!verdict.intact && verdict.firstBrokenSeq, 9);
  });
});
