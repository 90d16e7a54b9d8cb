import { Anchor, Box, Text } from '@mantine/core';
import { useI18n } from '../i18n/i18n-provider.tsx';
import { linkProps } from '../routing/link-props.ts';

export interface Crumb {
  readonly label: string;
  /** Null for the current page (the last crumb). */
  readonly path: string | null;
  /** Names (of banks, reports) keep their own direction inside a translated trail. */
  readonly isName?: boolean;
}

/** Where a page sits under its section ("Hash banks › national-known › Import"), as links. */
export function Breadcrumbs({ crumbs }: { readonly crumbs: readonly Crumb[] }) {
  const { t } = useI18n();
  return (
    <Box component="nav" aria-label={t('common.breadcrumbs')} mb="xs">
      <ol className="breadcrumbs">
        {crumbs.map((crumb) => {
          const label = crumb.isName ? <bdi>{crumb.label}</bdi> : crumb.label;
          return (
            <li key={`${crumb.path ?? 'current'}:${crumb.label}`}>
              {crumb.path === null ? (
                <Text component="span" size="sm" aria-current="page">
                  {label}
                </Text>
              ) : (
                <Anchor size="sm" {...linkProps(crumb.path)}>
                  {label}
                </Anchor>
              )}
            </li>
          );
        })}
      </ol>
    </Box>
  );
}
