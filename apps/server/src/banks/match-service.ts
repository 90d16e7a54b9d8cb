import {
  normaliseSignal,
  parseVpdq,
  type Purpose,
  type Result,
  type SignalHit,
  type SignalType,
} from '@concord/core';
import type { SignalRecord } from '@concord/storage';
import { actorOf, type Principal } from '../accounts/principal.ts';
import { fail, type ServiceError } from '../accounts/service-error.ts';
import { record } from '../audit/audit-trail.ts';
import type { NodeContext } from '../node/node-context.ts';
import type { SignalIndex } from './signal-index.ts';
import { emptyWithheld, filterByPolicy, subjectOf, type Withheld } from './signal-policy.ts';

export interface MatchQuery {
  readonly type: SignalType;
  readonly value: string;
  readonly variants?: readonly string[] | undefined;
}

export interface MatchResult {
  readonly query: number;
  readonly matches: readonly {
    readonly signal: SignalRecord;
    readonly bankName: string;
    readonly distance: number;
  }[];
  readonly withheld: Withheld;
}

/** Normalises every query hash first, so that one bad hash fails the request before any lookup. */
function normalised(queries: readonly MatchQuery[]): Result<MatchQuery[], ServiceError> {
  const out: MatchQuery[] = [];
  for (const [i, q] of queries.entries()) {
    const value = normaliseSignal(q.type, q.value);
    if (!value.ok) return fail('invalid_hash', `hashes[${i}]: ${value.error.message}`);
    const variants: string[] = [];
    for (const v of q.variants ?? []) {
      const n = normaliseSignal('pdq', v);
      if (!n.ok) return fail('invalid_hash', `hashes[${i}].variants: ${n.error.message}`);
      variants.push(n.value);
    }
    out.push({ type: q.type, value: value.value, variants });
  }
  return { ok: true, value: out };
}

/**
 * Looks hashes up in every bank of the node: PDQ within the threshold (over
 * all given dihedral variants), digests exactly, vPDQ by the video rule,
 * PhotoDNA by exact value. Matches the caller may not view are withheld and
 * counted; the lookup is audited with its counts.
 */
export async function matchHashes(
  ctx: NodeContext,
  index: SignalIndex,
  principal: Principal,
  request: {
    readonly hashes: readonly MatchQuery[];
    readonly threshold: number;
    readonly purpose: Purpose | null;
  },
): Promise<Result<MatchResult[], ServiceError>> {
  const queries = normalised(request.hashes);
  if (!queries.ok) return queries;
  await index.refresh(ctx.storage);
  const hits = queries.value.map((q) => lookup(index, q, request.threshold));

  const signals = new Map(
    (await ctx.storage.signals.getMany([...new Set(hits.flat().map((h) => h.key))])).map((s) => [
      s.id,
      s,
    ]),
  );
  const banks = new Map((await ctx.storage.banks.list()).map((b) => [b.id, b]));
  const subject = subjectOf(principal, ctx.identity.nodeId, request.purpose);
  const at = ctx.clock.now().toISOString();
  const results = hits.map((found, query) => {
    const withheld = emptyWithheld();
    const live = found.flatMap((h) => {
      const signal = signals.get(h.key);
      return signal && signal.retractedAt === null ? [{ ...signal, distance: h.distance }] : [];
    });
    const visible = filterByPolicy(
      subject,
      live,
      (id) => banks.get(id),
      { kind: 'view', at },
      withheld,
    );
    const matches = visible
      .map(({ distance, ...signal }) => ({
        signal,
        distance,
        bankName: banks.get(signal.bankId)?.name ?? signal.bankId,
      }))
      .sort((a, b) => a.distance - b.distance || a.signal.id.localeCompare(b.signal.id));
    return { query, matches, withheld };
  });
  await record(ctx.storage, ctx.clock, actorOf(principal), {
    action: 'match.run',
    outcome: 'success',
    objectType: 'match',
    purpose: request.purpose,
    details: {
      queries: results.length,
      matchedQueries: results.filter((r) => r.matches.length > 0).length,
      matches: results.reduce((n, r) => n + r.matches.length, 0),
      withheld: results.reduce((n, r) => n + r.withheld.count, 0),
      threshold: request.threshold,
    },
  });
  return { ok: true, value: results };
}

function lookup(index: SignalIndex, q: MatchQuery, threshold: number): SignalHit[] {
  switch (q.type) {
    case 'pdq':
      return index.matcher.searchPdq([q.value, ...(q.variants ?? [])], threshold);
    case 'md5':
    case 'sha1':
    case 'sha256':
    case 'photodna':
      return index.matcher.lookupExact(q.type, q.value);
    case 'vpdq': {
      const features = parseVpdq(q.value);
      return features.ok ? index.matcher.matchVideo(features.value) : [];
    }
  }
}
