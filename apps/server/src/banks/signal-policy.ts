import {
  decide,
  type DenyReason,
  type PolicyAction,
  type PolicySubject,
  type Purpose,
} from '@concord/core';
import type { BankRecord, SignalRecord } from '@concord/storage';
import type { Principal } from '../accounts/principal.ts';

/** The policy subject for a signed-in caller, stating the purpose they gave (if any). */
export function subjectOf(
  principal: Principal,
  nodeId: string,
  purpose: Purpose | null,
): PolicySubject {
  return { kind: 'user', userId: principal.user.id, role: principal.user.role, nodeId, purpose };
}

/** Counts of what the policy kept from the caller, by reason. */
export interface Withheld {
  count: number;
  reasons: Partial<Record<DenyReason, number>>;
}

export function emptyWithheld(): Withheld {
  return { count: 0, reasons: {} };
}

/**
 * Keeps the signals the subject may see (or export) and counts the rest by
 * reason. Every signal passes through the one policy function; the
 * originator of a signal is the node that owns its bank.
 */
export function filterByPolicy<T extends SignalRecord>(
  subject: PolicySubject,
  signals: readonly T[],
  bankOf: (bankId: string) => BankRecord | undefined,
  action: PolicyAction,
  withheld: Withheld,
): T[] {
  return signals.filter((signal) => {
    const bank = bankOf(signal.bankId);
    const decision = decide(
      subject,
      {
        handling: signal.handling,
        originNodeId: bank?.originNodeId ?? signal.contributor,
        namedRecipients: [],
        courtUseConsent: false,
      },
      action,
    );
    if (decision.allow) return true;
    withheld.count += 1;
    withheld.reasons[decision.reason] = (withheld.reasons[decision.reason] ?? 0) + 1;
    return false;
  });
}
