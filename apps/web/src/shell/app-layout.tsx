import { AppShell, Burger, Group, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useEffect, useRef } from 'react';
import { useI18n } from '../i18n/i18n-provider.tsx';
import { ForbiddenPage } from '../pages/not-found/forbidden-page.tsx';
import { NotFoundPage } from '../pages/not-found/not-found-page.tsx';
import { usePath } from '../routing/location.ts';
import { destinationFor, type Destination } from '../routing/routes.ts';
import { useActiveSession } from '../session/active-session.tsx';
import { useSignOut } from '../session/use-sign-out.ts';
import { ErrorAlert } from '../ui/error-alert.tsx';
import { AppHeader } from './app-header.tsx';
import { MainNavigation } from './main-navigation.tsx';
import { MAIN_CONTENT_ID, SkipLink } from './skip-link.tsx';
import { useLanguageChoice } from './use-language-choice.ts';

/** The signed-in frame: header (user, language, sign out), navigation, and the current page. */
export function AppLayout() {
  const { t } = useI18n();
  const path = usePath();
  const session = useActiveSession();
  const [navOpened, nav] = useDisclosure(false);
  const language = useLanguageChoice({ save: true });
  const signOut = useSignOut();
  const destination = destinationFor(path, session.permissions);
  useFocusHeadingOnNavigation(path, nav.close);
  return (
    <AppShell
      header={{ height: 64 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
      padding="lg"
    >
      <SkipLink />
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Burger
            opened={navOpened}
            onClick={nav.toggle}
            hiddenFrom="sm"
            size="sm"
            aria-label={t('nav.toggle')}
            aria-expanded={navOpened}
          />
          <AppHeader
            session={session}
            language={language}
            onSignOut={() => signOut.mutate()}
            signingOut={signOut.isPending}
          />
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label={t('nav.label')}>
        <MainNavigation path={path} permissions={session.permissions} />
      </AppShell.Navbar>
      <AppShell.Main id={MAIN_CONTENT_ID} tabIndex={-1}>
        <Stack gap="md">
          {signOut.isError && (
            <ErrorAlert error={signOut.error} title={t('header.signOutFailed')} />
          )}
          {language.saving.isError && <ErrorAlert error={language.saving.error} />}
          <CurrentPage destination={destination} path={path} />
        </Stack>
      </AppShell.Main>
    </AppShell>
  );
}

function CurrentPage({
  destination,
  path,
}: {
  readonly destination: Destination;
  readonly path: string;
}) {
  switch (destination.kind) {
    case 'page': {
      const Page = destination.route.page;
      // Keyed by the address, so that another bank or report starts from a fresh page state.
      return <Page key={path} params={destination.params} />;
    }
    case 'forbidden':
      return <ForbiddenPage />;
    case 'not_found':
      return <NotFoundPage />;
  }
}

/** After an in-app navigation, focus moves to the new page's heading (as a page load would). */
function useFocusHeadingOnNavigation(path: string, onNavigated: () => void): void {
  const previous = useRef(path);
  useEffect(() => {
    if (previous.current === path) return;
    previous.current = path;
    onNavigated();
    document.querySelector<HTMLElement>(`#${MAIN_CONTENT_ID} h1`)?.focus();
  });
}
