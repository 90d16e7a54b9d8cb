import { Stack } from '@mantine/core';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { MatchForm } from './match-form.tsx';
import { MatchResults } from './match-results.tsx';
import { useMatch } from './use-match.ts';

/** Pasted hashes matched against every bank of the node; only categories and counts come back. */
export function MatchPage() {
  const { t } = useI18n();
  const match = useMatch();
  return (
    <>
      <PageHeader title={t('match.title')} intro={t('match.intro')} />
      <Stack>
        <MatchForm match={match} />
        {match.outcome && <MatchResults key={match.outcomeKey} outcome={match.outcome} />}
      </Stack>
    </>
  );
}
