import { NavLink, Stack } from '@mantine/core';
import type { Permission } from '../api/protocol-lists.ts';
import { useI18n } from '../i18n/i18n-provider.tsx';
import { linkProps } from '../routing/link-props.ts';
import { navigationState, ROUTES } from '../routing/routes.ts';

/** Links to the pages this user's permissions open. */
export function MainNavigation({
  path,
  permissions,
}: {
  readonly path: string;
  readonly permissions: readonly Permission[];
}) {
  const { t } = useI18n();
  const visible = ROUTES.filter(
    (r) => r.inNavigation && (!r.permission || permissions.includes(r.permission)),
  );
  return (
    <Stack gap={4} component="ul" className="nav-list" m={0} p={0}>
      {visible.map((route) => {
        const state = navigationState(route, path);
        return (
          <li key={route.path} style={{ listStyle: 'none' }}>
            <NavLink
              component="a"
              {...linkProps(route.path)}
              label={t(route.label)}
              active={state !== null}
              // A bank's page is within "Hash banks": `true` marks the section, `page` the page itself.
              aria-current={state === 'page' ? 'page' : state === 'section' ? 'true' : undefined}
              className="nav-link"
              variant="filled"
            />
          </li>
        );
      })}
    </Stack>
  );
}
