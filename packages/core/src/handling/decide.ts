import type { Role } from '../accounts/roles.ts';
import type { HandlingCode, Pap, Purpose } from './handling-code.ts';

/** Who is acting: a signed-in person, or the node itself (sharing rules, sync, matching). */
export type PolicySubject =
  | {
      readonly kind: 'user';
      readonly userId: string;
      readonly role: Role;
      readonly nodeId: string;
      readonly purpose: Purpose | null;
    }
  | { readonly kind: 'node'; readonly nodeId: string; readonly purpose: Purpose | null };

/** What the policy needs to know about an item, whatever kind of item it is. */
export interface PolicyItem {
  readonly handling: HandlingCode;
  /** The node that created the item and set its handling code. */
  readonly originNodeId: string;
  /** For TLP:RED, the nodes and users it was given to by name. */
  readonly namedRecipients: readonly string[];
  /** The originator agreed that an intelligence-only item may be used in court. */
  readonly courtUseConsent: boolean;
}

/** How intrusive an action taken on the strength of an item is (PAP). */
export const ACT_LEVELS = ['internal', 'passive', 'active'] as const;
export type ActLevel = (typeof ACT_LEVELS)[number];

/** What the subject wants to do with the item, and when (ISO 8601 instant). */
export type PolicyAction =
  | { readonly kind: 'view'; readonly at: string }
  | { readonly kind: 'export'; readonly at: string }
  | { readonly kind: 'share'; readonly at: string; readonly targetNodeId: string }
  | { readonly kind: 'court_use'; readonly at: string }
  | { readonly kind: 'act'; readonly at: string; readonly level: ActLevel };
export type PolicyActionKind = PolicyAction['kind'];

export const DENY_REASONS = [
  'role_not_permitted',
  'retention_expired',
  'purpose_required',
  'purpose_not_permitted',
  'tlp_red_not_recipient',
  'tlp_forbids_export',
  'tlp_forbids_forward',
  'no_onward_transmission',
  'intelligence_only',
  'pap_forbids_action',
] as const;
export type DenyReason = (typeof DENY_REASONS)[number];

export type PolicyDecision =
  | { readonly allow: true; readonly reason: 'originator' | 'permitted' }
  | { readonly allow: false; readonly reason: DenyReason };

/** Which kinds of subject may attempt each action at all. */
const CAPABLE: Readonly<Record<PolicyActionKind, readonly (Role | 'node')[]>> = {
  view: ['admin', 'analyst', 'victim_id', 'legal', 'victim_support', 'coordinator', 'node'],
  export: ['analyst', 'victim_id', 'legal', 'coordinator', 'node'],
  share: ['admin', 'analyst', 'victim_id', 'coordinator', 'node'],
  court_use: ['legal'],
  act: ['analyst', 'victim_id', 'coordinator'],
};

/** The most intrusive action each PAP label allows. */
const PAP_ALLOWS: Readonly<Record<Pap, readonly ActLevel[]>> = {
  CLEAR: ['internal', 'passive', 'active'],
  GREEN: ['internal', 'passive', 'active'],
  AMBER: ['internal', 'passive'],
  RED: ['internal'],
};

const PERMITTED: PolicyDecision = { allow: true, reason: 'permitted' };

function deny(reason: DenyReason): PolicyDecision {
  return { allow: false, reason };
}

/**
 * The single access-policy decision: may this subject do this with this item?
 * Every read, export, forward and court use of a handling-coded item goes
 * through here. The originator's own node is bound only by role capability and
 * by TLP:RED's named recipients; receivers are bound by everything the
 * originator set.
 *
 * @example
 * decide(analyst, receivedAmberItem, { kind: 'share', at, targetNodeId: 'n3' })
 * // { allow: false, reason: 'tlp_forbids_forward' }
 */
export function decide(
  subject: PolicySubject,
  item: PolicyItem,
  action: PolicyAction,
): PolicyDecision {
  const actor = subject.kind === 'node' ? 'node' : subject.role;
  if (!CAPABLE[action.kind].includes(actor)) return deny('role_not_permitted');

  const { handling } = item;
  if (subject.nodeId === item.originNodeId) {
    if (action.kind === 'share' && handling.tlp === 'RED') {
      return item.namedRecipients.includes(action.targetNodeId)
        ? { allow: true, reason: 'originator' }
        : deny('tlp_red_not_recipient');
    }
    return { allow: true, reason: 'originator' };
  }

  const { retainUntil, permittedPurposes } = handling.restrictions;
  if (retainUntil !== null && Date.parse(action.at) > Date.parse(retainUntil)) {
    return deny('retention_expired');
  }
  if (permittedPurposes !== null) {
    if (subject.purpose === null) return deny('purpose_required');
    if (!permittedPurposes.includes(subject.purpose)) return deny('purpose_not_permitted');
  }
  return decideAsReceiver(subject, item, action);
}

function decideAsReceiver(
  subject: PolicySubject,
  item: PolicyItem,
  action: PolicyAction,
): PolicyDecision {
  const { tlp, pap, restrictions } = item.handling;
  switch (action.kind) {
    case 'view': {
      if (tlp !== 'RED') return PERMITTED;
      const who = subject.kind === 'user' ? subject.userId : subject.nodeId;
      return item.namedRecipients.includes(who) ? PERMITTED : deny('tlp_red_not_recipient');
    }
    case 'export':
      return tlp === 'RED' ? deny('tlp_forbids_export') : PERMITTED;
    case 'share':
      if (restrictions.noOnwardTransmission) return deny('no_onward_transmission');
      return tlp === 'CLEAR' || tlp === 'GREEN' ? PERMITTED : deny('tlp_forbids_forward');
    case 'court_use':
      return restrictions.intelligenceOnly && !item.courtUseConsent
        ? deny('intelligence_only')
        : PERMITTED;
    case 'act':
      return PAP_ALLOWS[pap].includes(action.level) ? PERMITTED : deny('pap_forbids_action');
    default:
      return assertNever(action);
  }
}

function assertNever(value: never): never {
  throw new Error(`unhandled policy action: ${JSON.stringify(value)}`);
}
