import type { ComponentType } from 'react';
import type { Permission } from '../api/protocol-lists.ts';
import type { PlainMessageKey } from '../i18n/catalogue.ts';
import { AccountPage } from '../pages/account/account-page.tsx';
import { AuditPage } from '../pages/audit/audit-page.tsx';
import { BankExportPage } from '../pages/bank-export/bank-export-page.tsx';
import { BankImportPage } from '../pages/bank-import/bank-import-page.tsx';
import { BankPage } from '../pages/bank/bank-page.tsx';
import { BanksPage } from '../pages/banks/banks-page.tsx';
import { HomePage } from '../pages/home/home-page.tsx';
import { LAW_ROUTES } from '../pages/law/law-routes.ts';
import { MatchPage } from '../pages/match/match-page.tsx';
import { PeersPage } from '../pages/peers/peers-page.tsx';
import { ReceivedPage } from '../pages/received/received-page.tsx';
import { ScanReportPage } from '../pages/scan-report/scan-report-page.tsx';
import { ScanReportsPage } from '../pages/scan-reports/scan-reports-page.tsx';
import { UsersPage } from '../pages/users/users-page.tsx';
import { matchPath, type RouteParams } from './route-match.ts';

/** What every page receives: the values of its pattern's `:name` segments. */
export interface PageProps {
  readonly params: RouteParams;
}

/** A page behind sign-in: where it lives, its label, what it needs, and whether the navigation lists it. */
export interface PageRoute {
  /** A path, or a pattern with `:name` segments (`/banks/:bank`). */
  readonly path: string;
  readonly label: PlainMessageKey;
  /** Hidden from navigation and refused without this permission (the server checks too). */
  readonly permission: Permission | null;
  readonly page: ComponentType<PageProps>;
  /** Pages reached from another page (a bank, a report) are not in the main navigation. */
  readonly inNavigation: boolean;
}

export const ROUTES: readonly PageRoute[] = [
  { path: '/', label: 'nav.home', permission: 'node:read', page: HomePage, inNavigation: true },
  {
    path: '/banks',
    label: 'nav.banks',
    permission: 'banks:read',
    page: BanksPage,
    inNavigation: true,
  },
  {
    path: '/banks/:bank',
    label: 'nav.banks',
    permission: 'banks:read',
    page: BankPage,
    inNavigation: false,
  },
  {
    path: '/banks/:bank/import',
    label: 'nav.banks',
    permission: 'banks:write',
    page: BankImportPage,
    inNavigation: false,
  },
  {
    path: '/banks/:bank/export',
    label: 'nav.banks',
    permission: 'banks:export',
    page: BankExportPage,
    inNavigation: false,
  },
  {
    path: '/match',
    label: 'nav.match',
    permission: 'match:run',
    page: MatchPage,
    inNavigation: true,
  },
  {
    path: '/scan-reports',
    label: 'nav.scanReports',
    permission: 'match:run',
    page: ScanReportsPage,
    inNavigation: true,
  },
  {
    path: '/scan-reports/:report',
    label: 'nav.scanReports',
    permission: 'match:run',
    page: ScanReportPage,
    inNavigation: false,
  },
  {
    path: '/received',
    label: 'nav.received',
    permission: 'federation:read',
    page: ReceivedPage,
    inNavigation: true,
  },
  {
    path: '/peers',
    label: 'nav.peers',
    permission: 'federation:read',
    page: PeersPage,
    inNavigation: true,
  },
  ...LAW_ROUTES,
  {
    path: '/users',
    label: 'nav.users',
    permission: 'users:read',
    page: UsersPage,
    inNavigation: true,
  },
  {
    path: '/audit',
    label: 'nav.audit',
    permission: 'audit:read',
    page: AuditPage,
    inNavigation: true,
  },
  {
    path: '/account',
    label: 'nav.account',
    permission: null,
    page: AccountPage,
    inNavigation: true,
  },
];

/** What to show at a path for someone with these permissions. */
export type Destination =
  | { readonly kind: 'page'; readonly route: PageRoute; readonly params: RouteParams }
  | { readonly kind: 'forbidden' }
  | { readonly kind: 'not_found' };

export function destinationFor(path: string, permissions: readonly Permission[]): Destination {
  const normalised = path.length > 1 ? path.replace(/\/+$/, '') : path;
  for (const route of ROUTES) {
    const params = matchPath(route.path, normalised);
    if (!params) continue;
    if (route.permission && !permissions.includes(route.permission)) return { kind: 'forbidden' };
    return { kind: 'page', route, params };
  }
  return { kind: 'not_found' };
}

/**
 * How a navigation entry relates to the current path: the page itself, a
 * page within its section (a bank under "Hash banks"), or neither.
 */
export function navigationState(route: PageRoute, path: string): 'page' | 'section' | null {
  if (route.path === path) return 'page';
  if (route.path !== '/' && path.startsWith(`${route.path}/`)) return 'section';
  return null;
}
