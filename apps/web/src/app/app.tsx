import { DirectionProvider, MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { createAppQueryClient } from '../api/query-client.ts';
import { I18nProvider } from '../i18n/i18n-provider.tsx';
import { endSession } from '../session/session-view.ts';
import { AppView } from './app-view.tsx';
import { DocumentLanguage } from './document-language.tsx';
import { cssVariablesResolver, theme } from './theme.ts';

/** The providers, outermost first: data, language, direction, theme. */
export function App() {
  const [queryClient] = useState(() => {
    // Deferred: the cache is still dispatching the failure when this runs.
    const client = createAppQueryClient((ending) =>
      queueMicrotask(() => endSession(client, ending)),
    );
    return client;
  });
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider>
        <DirectionProvider detectDirection={false}>
          <MantineProvider
            theme={theme}
            cssVariablesResolver={cssVariablesResolver}
            forceColorScheme="light"
          >
            <DocumentLanguage />
            <AppView />
          </MantineProvider>
        </DirectionProvider>
      </I18nProvider>
    </QueryClientProvider>
  );
}
