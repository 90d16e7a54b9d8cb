import { v1 } from '@concord/client';

/** The closed lists the UI offers, taken from the protocol so they never drift from the server. */
export const ROLES = v1.Role.options;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = v1.Permission.options;
export type Permission = (typeof PERMISSIONS)[number];

export const PURPOSES = v1.AuditExportQuery.shape.purpose.options;
export type Purpose = (typeof PURPOSES)[number];

export const AUDIT_OUTCOMES = v1.AuditQuery.shape.outcome.unwrap().options;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

/** Guards for values that arrive as plain strings (e.g. in audit events). */
export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export function isPurpose(value: string): value is Purpose {
  return (PURPOSES as readonly string[]).includes(value);
}
