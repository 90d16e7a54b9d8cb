import type { v1 } from '@concord/client';
import { Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { useActiveSession } from '../../session/active-session.tsx';
import { ErrorAlert } from '../../ui/error-alert.tsx';
import { LoadingState } from '../../ui/loading-state.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { groupsOfFour } from './key-fingerprint.ts';
import { NodeCardSection } from './node-card-section.tsx';
import { useNodeIdentity } from './use-node-identity.ts';

export function HomePage() {
  const { t, isolate } = useI18n();
  const { user } = useActiveSession();
  const node = useNodeIdentity();
  return (
    <>
      <PageHeader
        title={t('home.title')}
        intro={t('home.welcome', { name: isolate(user.displayName) })}
      />
      <Paper withBorder p="lg" component="section" aria-labelledby="node-heading">
        <Stack>
          <Title order={2} size="h3" id="node-heading">
            {t('home.nodeTitle')}
          </Title>
          {node.isPending && <LoadingState />}
          {node.isError && <ErrorAlert error={node.error} onRetry={() => void node.refetch()} />}
          {node.data && <NodeIdentity node={node.data} />}
        </Stack>
      </Paper>
      <NodeCardSection />
    </>
  );
}

function NodeIdentity({ node }: { readonly node: v1.NodeInfo }) {
  const { t, regionName, date } = useI18n();
  return (
    <Stack>
      <Text size="sm">{t('home.nodeIntro')}</Text>
      <dl className="definition-list" data-testid="node-identity">
        <Entry term={t('home.name')}>
          <bdi>{node.name}</bdi>
        </Entry>
        <Entry term={t('home.jurisdiction')}>
          {regionName(node.jurisdiction)} ({node.jurisdiction})
        </Entry>
        <Entry term={t('home.nodeId')}>
          <span className="fingerprint" dir="ltr">
            {node.nodeId}
          </span>
        </Entry>
        <Entry term={t('home.signingKey')}>
          <span className="fingerprint" dir="ltr" data-testid="signing-fingerprint">
            {groupsOfFour(node.signingKey.fingerprint)}
          </span>
        </Entry>
        <Entry term={t('home.encryptionKey')}>
          <span className="fingerprint" dir="ltr" data-testid="encryption-fingerprint">
            {groupsOfFour(node.encryptionKey.fingerprint)}
          </span>
        </Entry>
        <Entry term={t('home.version')}>
          <span dir="ltr">{node.version}</span>
        </Entry>
        <Entry term={t('home.created')}>{date(node.createdAt)}</Entry>
      </dl>
    </Stack>
  );
}

function Entry({ term, children }: { readonly term: string; readonly children: ReactNode }) {
  return (
    <>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </>
  );
}
