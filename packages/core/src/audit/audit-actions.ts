/**
 * Every action the audit trail records, with whether the actor must state a
 * purpose for it. Reads of protected data are actions too.
 */
export const AUDIT_ACTIONS = {
  'node.init': { purposeRequired: false },
  'node.keys_rotate': { purposeRequired: false },
  'session.sign_in': { purposeRequired: false },
  'session.second_factor': { purposeRequired: false },
  'session.sign_out': { purposeRequired: false },
  'account.update': { purposeRequired: false },
  'account.password_change': { purposeRequired: false },
  'account.totp_enrol': { purposeRequired: false },
  'account.totp_disable': { purposeRequired: false },
  'token.create': { purposeRequired: false },
  'token.revoke': { purposeRequired: false },
  'token.use_rejected': { purposeRequired: false },
  'user.list': { purposeRequired: false },
  'user.create': { purposeRequired: false },
  'user.update': { purposeRequired: false },
  'user.password_reset': { purposeRequired: false },
  'user.unlock': { purposeRequired: false },
  'audit.read': { purposeRequired: false },
  'audit.verify': { purposeRequired: false },
  'audit.export': { purposeRequired: true },
  'access.denied': { purposeRequired: false },
  'bank.read': { purposeRequired: false },
  'bank.create': { purposeRequired: false },
  'bank.update': { purposeRequired: false },
  'bank.import': { purposeRequired: false },
  'bank.export': { purposeRequired: true },
  'signal.search': { purposeRequired: false },
  'signal.retract': { purposeRequired: false },
  'signal.purge': { purposeRequired: false },
  'match.run': { purposeRequired: false },
  'scan_report.upload': { purposeRequired: false },
  'scan_report.read': { purposeRequired: false },
  'peer.add': { purposeRequired: false },
  'peer.update': { purposeRequired: false },
  'peer.suspend': { purposeRequired: false },
  'peer.resume': { purposeRequired: false },
  'peer.remove': { purposeRequired: false },
  'anchor.add': { purposeRequired: false },
  'anchor.remove': { purposeRequired: false },
  'sharing.change': { purposeRequired: false },
  'subscription.create': { purposeRequired: false },
  'message.received': { purposeRequired: false },
  'message.rejected': { purposeRequired: false },
  'message.expired': { purposeRequired: false },
  'sync.served': { purposeRequired: false },
  'sync.applied': { purposeRequired: false },
  'law.profile_publish': { purposeRequired: false },
  'law.profile_export': { purposeRequired: false },
  'law.profile_import': { purposeRequired: false },
  'law.profile_received': { purposeRequired: false },
  'law.profile_rejected': { purposeRequired: false },
} as const satisfies Record<string, { readonly purposeRequired: boolean }>;

export type AuditAction = keyof typeof AUDIT_ACTIONS;

export function isAuditAction(value: string): value is AuditAction {
  return Object.hasOwn(AUDIT_ACTIONS, value);
}
