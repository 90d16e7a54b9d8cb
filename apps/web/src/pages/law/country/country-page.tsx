import { Alert, Anchor, Stack, Text, Title } from '@mantine/core';
import type { PageProps } from '../../../routing/routes.ts';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import { linkProps } from '../../../routing/link-props.ts';
import { paths } from '../../../routing/paths.ts';
import { useCan } from '../../../session/active-session.tsx';
import { Breadcrumbs } from '../../../ui/breadcrumbs.tsx';
import { ErrorAlert } from '../../../ui/error-alert.tsx';
import { LoadingState } from '../../../ui/loading-state.tsx';
import { PageHeader } from '../../../ui/page-header.tsx';
import { useNodeIdentity } from '../../home/use-node-identity.ts';
import { SourceList } from '../source-list.tsx';
import { useLawCountry } from '../use-law.ts';
import { GapsSection } from './gaps-section.tsx';
import { ImportProfileForm } from './import-profile-form.tsx';
import { PartiesTable } from './parties-table.tsx';
import { ProfileTable } from './profile-table.tsx';
import { PublishProfileForm } from './publish-profile-form.tsx';
import { VersionsTable } from './versions-table.tsx';

/** A country: its treaties, national profile (published and bundled), gaps, versions and sources. */
export function CountryPage({ params }: PageProps) {
  const iso2 = (params.country ?? '').toUpperCase();
  const { t, regionName, date, isolate } = useI18n();
  const country = useLawCountry(iso2);
  const node = useNodeIdentity();
  const isAdmin = useCan('federation:admin');
  const name = regionName(iso2);
  const publication = country.data?.profile.publication ?? null;
  return (
    <>
      <Breadcrumbs
        crumbs={[
          { label: t('nav.lawMap'), path: paths.lawMap },
          { label: name, path: null, isName: true },
        ]}
      />
      <PageHeader title={t('law.country.title', { country: name, iso2 })} />
      {country.isPending && <LoadingState />}
      {country.isError && (
        <ErrorAlert error={country.error} onRetry={() => void country.refetch()} />
      )}
      {country.data && (
        <Stack gap="xl">
          <Stack gap="xs">
            <Alert
              color={publication ? 'green' : 'blue'}
              variant="light"
              data-testid="law-authority"
            >
              {publication
                ? t('law.country.published', {
                    publisher: isolate(publication.publisherName ?? publication.publisherNodeId),
                    date: date(publication.publishedAt),
                  })
                : t('law.country.bundled')}
            </Alert>
            {!country.data.inDataset && <Text>{t('law.country.notInDataset')}</Text>}
            {country.data.eu.member && <Text>{t('law.country.euMember')}</Text>}
            <Anchor {...linkProps(paths.lawCompare)} size="sm">
              {t('nav.lawCompare')}
            </Anchor>
          </Stack>
          <PartiesTable parties={country.data.parties} />
          <ProfileTable profile={country.data.profile} />
          <GapsSection iso2={iso2} report={country.data.harmonisation} />
          <VersionsTable versions={country.data.versions} />
          {isAdmin && node.data?.jurisdiction === iso2 && (
            <PublishProfileForm iso2={iso2} profile={country.data.profile} />
          )}
          {isAdmin && <ImportProfileForm />}
          <Stack gap="xs" component="section" aria-labelledby="law-sources-title">
            <Title order={2} id="law-sources-title">
              {t('law.country.sources')}
            </Title>
            <SourceList sources={country.data.sources} />
            <Text size="xs" c="gray.8" dir="ltr">
              {t('law.country.dataset', {
                file: country.data.dataset.sourceFile,
                sha: country.data.dataset.sha256,
              })}
            </Text>
          </Stack>
        </Stack>
      )}
    </>
  );
}
