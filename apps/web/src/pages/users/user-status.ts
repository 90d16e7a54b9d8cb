import type { v1 } from '@concord/client';

/** Whether a sign-in lockout is still running at `now`. */
export function isLocked(user: v1.User, now: Date): boolean {
  return user.lockedUntil !== null && Date.parse(user.lockedUntil) > now.getTime();
}

/** The conditions worth a badge, in the order they matter. */
export type UserCondition =
  | { readonly kind: 'disabled' }
  | { readonly kind: 'locked'; readonly until: string }
  | { readonly kind: 'must_change_password' }
  | { readonly kind: 'totp_on' }
  | { readonly kind: 'totp_required' }
  | { readonly kind: 'active' };

export function userConditions(user: v1.User, now: Date): readonly UserCondition[] {
  const conditions: UserCondition[] = [];
  if (user.disabled) conditions.push({ kind: 'disabled' });
  if (user.lockedUntil !== null && isLocked(user, now))
    conditions.push({ kind: 'locked', until: user.lockedUntil });
  if (user.mustChangePassword) conditions.push({ kind: 'must_change_password' });
  if (user.totpEnabled) conditions.push({ kind: 'totp_on' });
  else if (user.totpRequired) conditions.push({ kind: 'totp_required' });
  if (!user.disabled && !conditions.some((c) => c.kind === 'locked'))
    conditions.unshift({ kind: 'active' });
  return conditions;
}
