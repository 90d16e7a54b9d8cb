import { ok, type HashSetItem, type PolicySubject, type Purpose, type Result } from '@concord/core';
import {
  FORMATS,
  parseHashSet,
  type FormatId,
  type FormatInput,
  type ParseProblem,
  type ParseOptions,
} from '@concord/formats';
import type { BankSummary, NewSignal, SignalRecord, UpsertReport } from '@concord/storage';
import { fail, type ServiceError } from '../accounts/service-error.ts';
import { record, type Actor } from '../audit/audit-trail.ts';
import { emptyWithheld, filterByPolicy, type Withheld } from './signal-policy.ts';
import type { BankDeps } from './bank-service.ts';

export interface ImportOptions extends Pick<ParseOptions, 'signalType' | 'vicsCategoryScheme'> {
  readonly format: FormatId;
  /** All or nothing: any problem and nothing is written. */
  readonly strict: boolean;
  /** Who graded the file's items, when not this node (e.g. 'Project VIC'). */
  readonly gradedBy: string | null;
  readonly lawfulBasis: string | null;
}

export interface ImportReport extends UpsertReport {
  readonly format: FormatId;
  readonly items: number;
  readonly problems: readonly ParseProblem[];
  /** False when strict mode refused the file. */
  readonly applied: boolean;
}

/** One signal per hash of an item; they share the item's classification and its source id. */
function signalsOf(
  item: HashSetItem,
  ctx: BankDeps,
  bank: BankSummary,
  options: ImportOptions,
  at: string,
): NewSignal[] {
  return item.signals.map((s) => ({
    type: s.type,
    value: s.value,
    sourceId: item.sourceId,
    grade: item.grade
      ? { ...item.grade, gradedBy: options.gradedBy ?? ctx.identity.name, gradedAt: at }
      : null,
    series: item.series,
    victimIdentified: item.victimIdentified,
    offenderIdentified: item.offenderIdentified,
    isDistributed: item.isDistributed,
    comments: item.comments,
    contributor: ctx.identity.nodeId,
    confirmations: 0,
    handling: bank.handling,
    lawfulBasis: options.lawfulBasis,
    retainUntil: bank.handling.restrictions.retainUntil,
    extra: item.extra,
    provenance: null,
    remoteId: null,
    disputes: 0,
  }));
}

/**
 * Imports a hash-set file into a local bank. Every bad row is reported with
 * its line and reason; the good rows are written in one transaction (so a
 * crash writes nothing), or, in strict mode, nothing is written when any row
 * is bad.
 */
export async function importHashSet(
  ctx: BankDeps,
  actor: Actor,
  bank: BankSummary,
  input: FormatInput,
  options: ImportOptions,
): Promise<Result<ImportReport, ServiceError>> {
  if (bank.originNodeId !== ctx.identity.nodeId)
    return fail(
      'forbidden',
      `${bank.name} is received from another node: import into a local bank`,
    );
  const parsed = await parseHashSet(FORMATS[options.format], input, {
    strict: options.strict,
    ...(options.signalType ? { signalType: options.signalType } : {}),
    ...(options.vicsCategoryScheme ? { vicsCategoryScheme: options.vicsCategoryScheme } : {}),
  });
  const at = ctx.clock.now().toISOString();
  const applied = !(options.strict && parsed.problems.length > 0);
  const written = applied
    ? await ctx.storage.transaction(async (tx) => {
        const report = await tx.signals.upsert(
          bank.id,
          parsed.items.flatMap((item) => signalsOf(item, ctx, bank, options, at)),
          at,
        );
        await record(tx, ctx.clock, actor, {
          action: 'bank.import',
          outcome: parsed.problems.length > 0 ? 'failure' : 'success',
          objectType: 'bank',
          objectId: bank.id,
          details: {
            format: options.format,
            strict: options.strict,
            items: parsed.items.length,
            problems: parsed.problems.length,
            ...report,
          },
        });
        return report;
      })
    : { inserted: 0, updated: 0, unchanged: 0 };
  if (!applied) {
    await record(ctx.storage, ctx.clock, actor, {
      action: 'bank.import',
      outcome: 'failure',
      objectType: 'bank',
      objectId: bank.id,
      details: {
        format: options.format,
        strict: true,
        problems: parsed.problems.length,
        reason: 'strict_refused',
      },
    });
  }
  return ok({
    format: options.format,
    items: parsed.items.length,
    problems: parsed.problems,
    applied,
    ...written,
  });
}

/** Signals grouped back into the media items they came as (one per source id). */
export function itemsOf(signals: readonly SignalRecord[]): HashSetItem[] {
  const groups = new Map<string, SignalRecord[]>();
  for (const s of signals) {
    const key = s.sourceId ? `source:${s.sourceId}` : `signal:${s.id}`;
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  return [...groups.values()].map((group) => {
    const [first] = group;
    if (!first) throw new Error('unreachable: empty group');
    return {
      signals: group.map((s) => ({ type: s.type, value: s.value })),
      grade: first.grade ? { scheme: first.grade.scheme, value: first.grade.value } : null,
      series: first.series,
      victimIdentified: first.victimIdentified,
      offenderIdentified: first.offenderIdentified,
      isDistributed: first.isDistributed,
      comments: first.comments,
      sourceId: first.sourceId,
      extra: first.extra,
    };
  });
}

/**
 * The signals of a bank the caller may export for the stated purpose, as
 * items ready for a format; the rest are counted by reason. Audited with the
 * purpose and the counts.
 */
export async function exportableItems(
  ctx: BankDeps,
  actor: Actor,
  subject: PolicySubject,
  bank: BankSummary,
  format: FormatId,
  purpose: Purpose,
): Promise<{ items: HashSetItem[]; withheld: Withheld }> {
  const withheld = emptyWithheld();
  const at = ctx.clock.now().toISOString();
  const signals: SignalRecord[] = [];
  for (let offset = 0; ; offset += 5000) {
    const page = await ctx.storage.signals.search({ bankId: bank.id }, { offset, limit: 5000 });
    signals.push(
      ...filterByPolicy(subject, page.items, () => bank, { kind: 'export', at }, withheld),
    );
    if (page.items.length < 5000) break;
  }
  await record(ctx.storage, ctx.clock, actor, {
    action: 'bank.export',
    outcome: 'success',
    objectType: 'bank',
    objectId: bank.id,
    purpose,
    details: { format, signals: signals.length, withheld: withheld.count },
  });
  return { items: itemsOf(signals), withheld };
}
