import type { ComponentType } from 'react';
import type { Permission } from '../api/protocol-lists.ts';
import type { PlainMessageKey } from '../i18n/catalogue.ts';
import { AccountPage } from '../pages/account/account-page.tsx';
import { AuditPage } from '../pages/audit/audit-page.tsx';
import { HomePage } from '../pages/home/home-page.tsx';
import { UsersPage } from '../pages/users/users-page.tsx';

/** A page behind sign-in: where it lives, its navigation label, and what it needs. */
export interface PageRoute {
  readonly path: string;
  readonly label: PlainMessageKey;
  /** Hidden from navigation and refused without this permission (the server checks too). */
  readonly permission: Permission | null;
  readonly page: ComponentType;
}

export const ROUTES: readonly PageRoute[] = [
  { path: '/', label: 'nav.home', permission: 'node:read', page: HomePage },
  { path: '/users', label: 'nav.users', permission: 'users:read', page: UsersPage },
  { path: '/audit', label: 'nav.audit', permission: 'audit:read', page: AuditPage },
  { path: '/account', label: 'nav.account', permission: null, page: AccountPage },
];

/** What to show at a path for someone with these permissions. */
export type Destination =
  | { readonly kind: 'page'; readonly route: PageRoute }
  | { readonly kind: 'forbidden' }
  | { readonly kind: 'not_found' };

export function destinationFor(path: string, permissions: readonly Permission[]): Destination {
  const normalised = path.length > 1 ? path.replace(/\/+$/, '') : path;
  const route = ROUTES.find((r) => r.path === normalised);
  if (!route) return { kind: 'not_found' };
  if (route.permission && !permissions.includes(route.permission)) return { kind: 'forbidden' };
  return { kind: 'page', route };
}
