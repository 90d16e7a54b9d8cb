import type { v1 } from '@concord/client';

export type TokenStatus =
  | { readonly kind: 'active' }
  | { readonly kind: 'expired' }
  | { readonly kind: 'revoked'; readonly at: string };

export function tokenStatus(token: v1.ApiToken, now: Date): TokenStatus {
  if (token.revokedAt !== null) return { kind: 'revoked', at: token.revokedAt };
  if (Date.parse(token.expiresAt) <= now.getTime()) return { kind: 'expired' };
  return { kind: 'active' };
}
