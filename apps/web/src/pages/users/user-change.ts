import type { v1 } from '@concord/client';
import { concord } from '../../api/concord-client.ts';
import type { Role } from '../../api/protocol-lists.ts';

/** Everything an administrator can do to an account from the users table. */
export type UserChange =
  | { readonly kind: 'role'; readonly user: v1.User; readonly role: Role }
  | { readonly kind: 'disabled'; readonly user: v1.User; readonly disabled: boolean }
  | { readonly kind: 'totp_required'; readonly user: v1.User; readonly required: boolean }
  | { readonly kind: 'reset_password'; readonly user: v1.User }
  | { readonly kind: 'unlock'; readonly user: v1.User };

export type UserChangeResult =
  | { readonly kind: 'updated'; readonly user: v1.User }
  | { readonly kind: 'unlocked'; readonly user: v1.User }
  | { readonly kind: 'password_reset'; readonly user: v1.User; readonly oneTimePassword: string };

export async function applyUserChange(change: UserChange): Promise<UserChangeResult> {
  const { id } = change.user;
  switch (change.kind) {
    case 'role':
      return { kind: 'updated', user: await concord.users.update(id, { role: change.role }) };
    case 'disabled':
      return {
        kind: 'updated',
        user: await concord.users.update(id, { disabled: change.disabled }),
      };
    case 'totp_required':
      return {
        kind: 'updated',
        user: await concord.users.update(id, { totpRequired: change.required }),
      };
    case 'reset_password': {
      const { oneTimePassword } = await concord.users.resetPassword(id);
      return { kind: 'password_reset', user: change.user, oneTimePassword };
    }
    case 'unlock':
      return { kind: 'unlocked', user: await concord.users.unlock(id) };
  }
}
