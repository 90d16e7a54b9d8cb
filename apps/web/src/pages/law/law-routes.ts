import type { PageRoute } from '../../routing/routes.ts';
import { ComparePage } from './compare/compare-page.tsx';
import { CountryPage } from './country/country-page.tsx';
import { WorldMapPage } from './world-map/world-map-page.tsx';

/** The legal knowledge base's pages: for every signed-in user (node:read). */
export const LAW_ROUTES: readonly PageRoute[] = [
  {
    path: '/law/compare',
    label: 'nav.lawCompare',
    permission: 'node:read',
    page: ComparePage,
    inNavigation: true,
  },
  {
    path: '/law/map',
    label: 'nav.lawMap',
    permission: 'node:read',
    page: WorldMapPage,
    inNavigation: true,
  },
  {
    path: '/law/countries/:country',
    label: 'nav.lawMap',
    permission: 'node:read',
    page: CountryPage,
    inNavigation: false,
  },
];
