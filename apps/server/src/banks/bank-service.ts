import { randomUUID } from 'node:crypto';
import { ok, type Clock, type HandlingCode, type Purpose, type Result } from '@concord/core';
import type {
  BankRecord,
  BankSummary,
  SignalFilter,
  SignalRecord,
  Storage,
} from '@concord/storage';
import { actorOf, type Principal } from '../accounts/principal.ts';
import { fail, type ServiceError } from '../accounts/service-error.ts';
import { record, type Actor } from '../audit/audit-trail.ts';
import type { NodeContext } from '../node/node-context.ts';
import { emptyWithheld, filterByPolicy, subjectOf, type Withheld } from './signal-policy.ts';

/** What bank work needs from a node: the database, the time, and which node this is. */
export interface BankDeps {
  readonly storage: Storage;
  readonly clock: Clock;
  readonly identity: { readonly nodeId: string; readonly name: string };
}

export async function createBank(
  ctx: BankDeps,
  actor: Actor,
  input: { readonly name: string; readonly description: string; readonly handling: HandlingCode },
): Promise<Result<BankSummary, ServiceError>> {
  const now = ctx.clock.now().toISOString();
  return ctx.storage.transaction(async (tx) => {
    const created = await tx.banks.create({
      id: randomUUID(),
      name: input.name,
      description: input.description,
      originNodeId: ctx.identity.nodeId,
      handling: input.handling,
      createdAt: now,
      updatedAt: now,
    });
    if ('kind' in created)
      return fail('bank_name_taken', `a bank named ${input.name} exists already`);
    await record(tx, ctx.clock, actor, {
      action: 'bank.create',
      outcome: 'success',
      objectType: 'bank',
      objectId: created.id,
      details: { name: created.name, tlp: created.handling.tlp },
    });
    return ok({ ...created, signalCount: 0 });
  });
}

/** A bank by id or by name. */
export async function findBank(
  ctx: Pick<BankDeps, 'storage'>,
  idOrName: string,
): Promise<Result<BankSummary, ServiceError>> {
  const bank =
    (await ctx.storage.banks.get(idOrName)) ?? (await ctx.storage.banks.findByName(idOrName));
  return bank ? ok(bank) : fail('not_found', `no bank ${idOrName}`);
}

export interface SignalSearch {
  readonly filter: SignalFilter;
  readonly page: number;
  readonly pageSize: number;
  readonly purpose: Purpose | null;
}

/**
 * Signals matching a filter, with those the caller may not view withheld and
 * counted by reason. The search is audited with its filter and purpose.
 */
export async function searchSignals(
  ctx: NodeContext,
  principal: Principal,
  search: SignalSearch,
): Promise<{ items: SignalRecord[]; total: number; withheld: Withheld }> {
  const result = await ctx.storage.signals.search(search.filter, {
    offset: (search.page - 1) * search.pageSize,
    limit: search.pageSize,
  });
  const banks = new Map((await ctx.storage.banks.list()).map((b) => [b.id, b]));
  const withheld = emptyWithheld();
  const subject = subjectOf(principal, ctx.identity.nodeId, search.purpose);
  const items = filterByPolicy(
    subject,
    result.items,
    (id) => banks.get(id),
    { kind: 'view', at: ctx.clock.now().toISOString() },
    withheld,
  );
  await record(ctx.storage, ctx.clock, actorOf(principal), {
    action: 'signal.search',
    outcome: 'success',
    objectType: 'bank',
    ...(search.filter.bankId ? { objectId: search.filter.bankId } : {}),
    purpose: search.purpose,
    details: { ...describeFilter(search.filter), returned: items.length, withheld: withheld.count },
  });
  return { items, total: result.total, withheld };
}

export async function retractSignal(
  ctx: NodeContext,
  principal: Principal,
  id: string,
  reason: string,
): Promise<Result<SignalRecord, ServiceError>> {
  const bankOf = async (bankId: string): Promise<BankRecord | null> =>
    ctx.storage.banks.get(bankId);
  const existing = await ctx.storage.signals.get(id);
  if (!existing || existing.retractedAt !== null)
    return fail('not_found', 'no live signal with this id');
  const bank = await bankOf(existing.bankId);
  if (bank?.originNodeId !== ctx.identity.nodeId) {
    return fail(
      'forbidden',
      'only the node that owns a bank retracts its signals; dispute the grade with the originator instead',
    );
  }
  return ctx.storage.transaction(async (tx) => {
    const retracted = await tx.signals.retract(id, reason, ctx.clock.now().toISOString());
    if (!retracted) return fail('not_found', 'no live signal with this id');
    await record(tx, ctx.clock, actorOf(principal), {
      action: 'signal.retract',
      outcome: 'success',
      objectType: 'signal',
      objectId: id,
      details: { bankId: retracted.bankId, reason },
    });
    return ok(retracted);
  });
}

function describeFilter(filter: SignalFilter): Record<string, string | boolean> {
  const out: Record<string, string | boolean> = {};
  for (const [k, v] of Object.entries(filter)) if (v !== undefined && k !== 'bankId') out[k] = v;
  return out;
}

/**
 * Every live signal of a bank that this node may use for the stated purpose,
 * for matching on this machine (`concord scan`). Signals the handling codes
 * keep back are counted, not returned; the read is audited.
 */
export async function readBankForLocalUse(
  storage: Storage,
  clock: Clock,
  actor: Actor,
  idOrName: string,
  purpose: Purpose,
): Promise<
  Result<{ bank: BankSummary; signals: SignalRecord[]; withheld: Withheld }, ServiceError>
> {
  const identity = await storage.identity.get();
  const bank = (await storage.banks.get(idOrName)) ?? (await storage.banks.findByName(idOrName));
  if (!identity || !bank) return fail('not_found', `no bank ${idOrName} on this node`);
  const subject = { kind: 'node', nodeId: identity.nodeId, purpose } as const;
  const withheld = emptyWithheld();
  const signals: SignalRecord[] = [];
  const at = clock.now().toISOString();
  for (let offset = 0; ; offset += 5000) {
    const page = await storage.signals.search({ bankId: bank.id }, { offset, limit: 5000 });
    signals.push(
      ...filterByPolicy(subject, page.items, () => bank, { kind: 'view', at }, withheld),
    );
    if (page.items.length < 5000) break;
  }
  await record(storage, clock, actor, {
    action: 'signal.search',
    outcome: 'success',
    objectType: 'bank',
    objectId: bank.id,
    purpose,
    details: { use: 'local_scan', returned: signals.length, withheld: withheld.count },
  });
  return ok({ bank, signals, withheld });
}
