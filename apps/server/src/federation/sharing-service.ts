import { randomUUID } from 'node:crypto';
import { ok, type HandlingCode, type Result, type SignalType, type Tlp } from '@concord/core';
import { rulesFor, shareSignal } from '@concord/federation';
import type { SharingRuleRecord, SharingTarget } from '@concord/storage';
import { fail, type ServiceError } from '../accounts/service-error.ts';
import { record, type Actor } from '../audit/audit-trail.ts';
import { findBank } from '../banks/bank-service.ts';
import type { NodeContext } from '../node/node-context.ts';
import type { Federation } from './federation.ts';

export interface NewRule {
  readonly target: SharingTarget;
  readonly signalTypes: readonly SignalType[] | null;
  readonly grades: readonly string[] | null;
  readonly maxTlp: Tlp;
  readonly handling: HandlingCode | null;
}

async function targetPeers(ctx: NodeContext, target: SharingTarget): Promise<string[] | null> {
  if (target.kind === 'peer')
    return (await ctx.storage.peers.get(target.nodeId)) ? [target.nodeId] : null;
  const group = (await ctx.storage.sharing.listGroups()).find((g) => g.id === target.groupId);
  return group ? [...group.members] : null;
}

/**
 * Shares a bank with a peer or a group under a rule, and offers the bank to
 * each peer it reaches (they decide whether to subscribe). What a peer then
 * receives is decided item by item, at each sync, by the rule and the policy.
 */
export async function addSharingRule(
  ctx: NodeContext,
  federation: Federation,
  actor: Actor,
  bankIdOrName: string,
  input: NewRule,
): Promise<Result<SharingRuleRecord, ServiceError>> {
  const bank = await findBank(ctx, bankIdOrName);
  if (!bank.ok) return bank;
  const peers = await targetPeers(ctx, input.target);
  if (!peers)
    return fail(
      'not_found',
      input.target.kind === 'peer' ? 'no such peer' : 'no such sharing group',
    );
  const rule: SharingRuleRecord = {
    id: randomUUID(),
    bankId: bank.value.id,
    ...input,
    createdAt: ctx.clock.now().toISOString(),
    createdBy: actor.name ?? 'unknown',
  };
  await ctx.storage.sharing.addRule(rule);
  await record(ctx.storage, ctx.clock, actor, {
    action: 'sharing.change',
    outcome: 'success',
    objectType: 'bank',
    objectId: bank.value.id,
    details: {
      change: 'rule_added',
      rule: rule.id,
      target: input.target.kind === 'peer' ? input.target.nodeId : `group:${input.target.groupId}`,
      maxTlp: input.maxTlp,
    },
  });
  for (const peer of peers) {
    await federation.send(
      peer,
      'bank.offer',
      {
        bankId: bank.value.id,
        name: bank.value.name,
        description: bank.value.description,
        handling: bank.value.handling,
        signalCount: bank.value.signalCount,
      },
      null,
    );
  }
  return ok(rule);
}

export async function removeSharingRule(
  ctx: NodeContext,
  actor: Actor,
  ruleId: string,
): Promise<Result<null, ServiceError>> {
  if (!(await ctx.storage.sharing.removeRule(ruleId)))
    return fail('not_found', 'no such sharing rule');
  await record(ctx.storage, ctx.clock, actor, {
    action: 'sharing.change',
    outcome: 'success',
    objectType: 'sharing_rule',
    objectId: ruleId,
    details: { change: 'rule_removed' },
  });
  return ok(null);
}

export async function createGroup(
  ctx: NodeContext,
  actor: Actor,
  name: string,
  members: readonly string[],
): Promise<Result<{ id: string }, ServiceError>> {
  for (const m of members)
    if (!(await ctx.storage.peers.get(m))) return fail('not_found', `no peer ${m}`);
  const id = randomUUID();
  const created = await ctx.storage.sharing.createGroup({
    id,
    name,
    createdAt: ctx.clock.now().toISOString(),
  });
  if (created) return fail('group_name_taken', `a sharing group named ${name} exists already`);
  await ctx.storage.sharing.setMembers(id, members);
  await record(ctx.storage, ctx.clock, actor, {
    action: 'sharing.change',
    outcome: 'success',
    objectType: 'sharing_group',
    objectId: id,
    details: { change: 'group_created', name, members: members.join(',') },
  });
  return ok({ id });
}

export async function setGroupMembers(
  ctx: NodeContext,
  actor: Actor,
  groupId: string,
  members: readonly string[],
): Promise<Result<null, ServiceError>> {
  for (const m of members)
    if (!(await ctx.storage.peers.get(m))) return fail('not_found', `no peer ${m}`);
  if (!(await ctx.storage.sharing.setMembers(groupId, members)))
    return fail('not_found', 'no such sharing group');
  await record(ctx.storage, ctx.clock, actor, {
    action: 'sharing.change',
    outcome: 'success',
    objectType: 'sharing_group',
    objectId: groupId,
    details: { change: 'members_set', members: members.join(',') },
  });
  return ok(null);
}

/** What each peer would receive of a bank if it synced now, counted, with the reasons for the rest. */
export async function sharingPreview(ctx: NodeContext, bankIdOrName: string) {
  const bank = await findBank(ctx, bankIdOrName);
  if (!bank.ok) return bank;
  const [rules, groups, peers] = await Promise.all([
    ctx.storage.sharing.listRules(bank.value.id),
    ctx.storage.sharing.listGroups(),
    ctx.storage.peers.list(),
  ]);
  const at = ctx.clock.now().toISOString();
  const rows = peers.map((p) => ({
    nodeId: p.nodeId,
    name: p.name,
    applicable: rulesFor(rules, groups, p.nodeId),
    shared: 0,
    withheld: {} as Record<string, number>,
  }));
  for (let offset = 0; ; offset += 5000) {
    const page = await ctx.storage.signals.search(
      { bankId: bank.value.id },
      { offset, limit: 5000 },
    );
    for (const signal of page.items) {
      for (const row of rows) {
        const d = shareSignal(
          signal,
          bank.value,
          row.applicable,
          row.nodeId,
          ctx.identity.nodeId,
          at,
        );
        if (d.share) row.shared += 1;
        else row.withheld[d.reason] = (row.withheld[d.reason] ?? 0) + 1;
      }
    }
    if (page.items.length < 5000) break;
  }
  return ok({
    bankId: bank.value.id,
    peers: rows.map(({ applicable, ...r }) => ({ ...r, rules: applicable.length })),
  });
}

/**
 * Confirms or disputes the grade of a received signal: the message goes to
 * the node the bank came from, which counts it and passes it on at its next sync.
 */
export async function sendGradeFeedback(
  ctx: NodeContext,
  federation: Federation,
  actor: Actor,
  signalId: string,
  kind: 'confirm' | 'dispute',
  comment: string | null,
): Promise<Result<{ messageId: string }, ServiceError>> {
  const signal = await ctx.storage.signals.get(signalId);
  const bank = signal ? await ctx.storage.banks.get(signal.bankId) : null;
  if (!signal || !bank) return fail('not_found', 'no such signal');
  const subscription = (await ctx.storage.subscriptions.list()).find(
    (s) => s.localBankId === bank.id,
  );
  if (!subscription || bank.originNodeId === ctx.identity.nodeId)
    return fail(
      'forbidden',
      'only a signal received from a peer can be confirmed or disputed; grade your own signals directly',
    );
  const sent = await federation.send(
    bank.originNodeId,
    'grade.feedback',
    {
      bankId: subscription.remoteBankId,
      signalType: signal.type,
      value: signal.value,
      kind,
      comment,
    },
    null,
  );
  if (sent.ok)
    await record(ctx.storage, ctx.clock, actor, {
      action: 'sharing.change',
      outcome: 'success',
      objectType: 'signal',
      objectId: signalId,
      details: { change: `grade_${kind}`, to: bank.originNodeId },
    });
  return sent;
}
