import { Progress, Stack, Text } from '@mantine/core';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import type { Subscription } from '../../api/federation-types.ts';
import { syncStanding } from './sync-standing.ts';

/**
 * Sync progress as "change X of Y" with a bar: X is the last change applied,
 * Y the peer's latest change number when its last page was made. Changes the
 * sharing rules hold back from this node count too, as tombstones.
 */
export function SyncProgress({ subscription }: { readonly subscription: Subscription }) {
  const { t, number, percent } = useI18n();
  const standing = syncStanding(subscription);
  switch (standing.kind) {
    case 'never':
      return <Text size="sm">{t('received.progressNever')}</Text>;
    case 'unknown':
      return (
        <Text size="sm">{t('received.progressUnknown', { cursor: number(standing.cursor) })}</Text>
      );
    case 'current':
      return (
        <Text size="sm" data-testid="sync-current">
          {t('received.progressCurrent', { cursor: number(standing.cursor) })}
        </Text>
      );
    case 'behind': {
      const share = standing.head === 0 ? 0 : standing.cursor / standing.head;
      const label = t('received.progressOf', {
        cursor: number(standing.cursor),
        head: number(standing.head),
      });
      return (
        <Stack gap={4} data-testid="sync-behind">
          <Progress
            value={Math.floor(share * 100)}
            size="md"
            aria-label={t('received.progress')}
            aria-valuetext={`${label} (${percent(share)})`}
          />
          <Text size="sm">
            {label} <span className="nowrap">({percent(share)})</span>
          </Text>
        </Stack>
      );
    }
  }
}
