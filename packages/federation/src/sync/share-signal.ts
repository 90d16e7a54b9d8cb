import {
  compareTlp,
  decide,
  narrowHandling,
  type DenyReason,
  type HandlingCode,
} from '@concord/core';
import type {
  BankRecord,
  SharingGroupRecord,
  SharingRuleRecord,
  SignalRecord,
} from '@concord/storage';

/** The rules of a bank that reach a peer, directly or through a group it belongs to. */
export function rulesFor(
  rules: readonly SharingRuleRecord[],
  groups: readonly SharingGroupRecord[],
  peerNodeId: string,
): SharingRuleRecord[] {
  const groupIds = new Set(groups.filter((g) => g.members.includes(peerNodeId)).map((g) => g.id));
  return rules.filter((r) =>
    r.target.kind === 'peer' ? r.target.nodeId === peerNodeId : groupIds.has(r.target.groupId),
  );
}

export type ShareDecision =
  | { readonly share: true; readonly handling: HandlingCode; readonly ruleId: string }
  | {
      readonly share: false;
      readonly reason:
        'no_rule' | 'type_not_shared' | 'grade_not_shared' | 'tlp_above_rule' | DenyReason;
    };

function admits(rule: SharingRuleRecord, signal: SignalRecord): ShareDecision | null {
  if (rule.signalTypes !== null && !rule.signalTypes.includes(signal.type))
    return { share: false, reason: 'type_not_shared' };
  const grade = signal.grade ? `${signal.grade.scheme}:${signal.grade.value}` : 'ungraded';
  if (rule.grades !== null && !rule.grades.includes(grade))
    return { share: false, reason: 'grade_not_shared' };
  if (compareTlp(signal.handling.tlp, rule.maxTlp) > 0)
    return { share: false, reason: 'tlp_above_rule' };
  return null;
}

/**
 * Whether a signal goes to a peer, and under which handling code. A rule
 * must admit it (type, grade, TLP no higher than the rule's), and the one
 * policy function must allow this node to share it (a received signal may be
 * forwarded only as its originator allowed). What goes never carries a
 * looser handling code than it had: the rule's code can only narrow it.
 */
export function shareSignal(
  signal: SignalRecord,
  bank: BankRecord,
  rules: readonly SharingRuleRecord[],
  peerNodeId: string,
  localNodeId: string,
  at: string,
): ShareDecision {
  let refusal: ShareDecision = { share: false, reason: 'no_rule' };
  for (const rule of rules) {
    const refused = admits(rule, signal);
    if (refused) {
      refusal = refused;
      continue;
    }
    const decision = decide(
      { kind: 'node', nodeId: localNodeId, purpose: null },
      {
        handling: signal.handling,
        originNodeId: bank.originNodeId,
        namedRecipients: [],
        courtUseConsent: false,
      },
      { kind: 'share', at, targetNodeId: peerNodeId },
    );
    if (!decision.allow) return { share: false, reason: decision.reason };
    return {
      share: true,
      handling: rule.handling ? narrowHandling(signal.handling, rule.handling) : signal.handling,
      ruleId: rule.id,
    };
  }
  return refusal;
}
