import type { v1 } from '@concord/client';
import { Stack, Text } from '@mantine/core';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { PeerName } from '../../ui/peer-name.tsx';

/**
 * Where a received signal comes from: the node that first held it (named
 * when it is a known peer) and every node it passed through on its way here.
 */
export function SignalProvenance({
  provenance,
  peers,
}: {
  readonly provenance: v1.Signal['provenance'];
  readonly peers: ReadonlyMap<string, v1.Peer>;
}) {
  const { t } = useI18n();
  if (!provenance) return <>{t('common.unknown')}</>;
  return (
    <Stack gap={2} data-testid="signal-provenance">
      <Text size="sm">
        {t('provenance.origin')} <PeerName nodeId={provenance.origin} peers={peers} />
      </Text>
      <Text size="xs" fw={600}>
        {t('provenance.path')}
      </Text>
      <ol className="provenance-path">
        {provenance.path.map((nodeId, index) => (
          // A node may appear twice on a path; its place on the path tells the steps apart.
          <li key={`${index}:${nodeId}`}>
            <PeerName nodeId={nodeId} peers={peers} />
          </li>
        ))}
      </ol>
    </Stack>
  );
}
