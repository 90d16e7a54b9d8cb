import { v1 } from '@concord/client';

/** The closed lists the UI offers, taken from the protocol so they never drift from the server. */
export const ROLES = v1.Role.options;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = v1.Permission.options;
export type Permission = (typeof PERMISSIONS)[number];

export const PURPOSES = v1.Purpose.options;
export type Purpose = (typeof PURPOSES)[number];

export const AUDIT_OUTCOMES = v1.AuditQuery.shape.outcome.unwrap().options;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

/** TLP 2.0 labels, least to most restrictive. */
export const TLP_LEVELS = v1.Tlp.options;
export type Tlp = (typeof TLP_LEVELS)[number];

/** PAP labels, least to most restrictive. */
export const PAP_LEVELS = v1.Pap.options;
export type Pap = (typeof PAP_LEVELS)[number];

export const SIGNAL_TYPES = v1.SignalType.options;
export type SignalType = (typeof SIGNAL_TYPES)[number];

export const GRADE_SCHEMES = v1.GradeScheme.options;
export type GradeScheme = (typeof GRADE_SCHEMES)[number];

/** Why the handling-code policy kept an item from someone (the keys of `withheld.reasons`). */
export const DENY_REASONS = v1.Withheld.shape.reasons.keyType.options;
export type DenyReason = (typeof DENY_REASONS)[number];

/** Guards for values that arrive as plain strings (e.g. in audit events). */
export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export function isPurpose(value: string): value is Purpose {
  return (PURPOSES as readonly string[]).includes(value);
}

export function isSignalType(value: string): value is SignalType {
  return (SIGNAL_TYPES as readonly string[]).includes(value);
}

export function isGradeScheme(value: string): value is GradeScheme {
  return (GRADE_SCHEMES as readonly string[]).includes(value);
}

/**
 * Why a signal would not go to a peer (the keys of a sharing preview's
 * `withheld`): no rule reaches it, a rule's filters leave it out, or the
 * handling-code policy forbids sharing it.
 */
export const SHARE_REFUSALS = [
  'no_rule',
  'type_not_shared',
  'grade_not_shared',
  'tlp_above_rule',
  ...DENY_REASONS,
] as const;
export type ShareRefusal = (typeof SHARE_REFUSALS)[number];

export function isShareRefusal(value: string): value is ShareRefusal {
  return (SHARE_REFUSALS as readonly string[]).includes(value);
}

/** The kinds of agency that run a node, as node cards name them. */
export const NODE_KINDS = [
  'police',
  'prosecutor',
  'hotline',
  'victim_support',
  'international_organisation',
] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export function isNodeKind(value: string): value is NodeKind {
  return (NODE_KINDS as readonly string[]).includes(value);
}
