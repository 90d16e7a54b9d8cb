import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { fingerprintGroups } from '../../api/node-card.ts';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { useCan } from '../../session/active-session.tsx';
import { CopyButton } from '../../ui/copy-button.tsx';
import { ErrorAlert } from '../../ui/error-alert.tsx';
import { LoadingState } from '../../ui/loading-state.tsx';
import { StatusMessage } from '../../ui/status-message.tsx';
import { RotateKeys } from './rotate-keys.tsx';
import { useNodeCard, type NodeCardState } from './use-node-card.ts';

/**
 * This node's card: the fingerprint another administrator compares by
 * telephone before peering, and (for administrators) the card to send them.
 */
export function NodeCardSection() {
  const { t } = useI18n();
  const state = useNodeCard();
  const canAdmin = useCan('federation:admin');
  const { card } = state;
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="node-card-heading">
      <Stack>
        <Title order={2} size="h3" id="node-card-heading">
          {t('nodeCard.title')}
        </Title>
        <Text size="sm">{t('nodeCard.intro')}</Text>
        {card.isPending && <LoadingState />}
        {card.isError && <ErrorAlert error={card.error} onRetry={() => void card.refetch()} />}
        {card.data && <Fingerprint fingerprint={card.data.fingerprint} />}
        {card.data && <CardActions state={state} />}
        {card.data && canAdmin && <RotateKeys />}
      </Stack>
    </Paper>
  );
}

function Fingerprint({ fingerprint }: { readonly fingerprint: string }) {
  const { t } = useI18n();
  return (
    <Stack gap="xs">
      <Text fw={600} id="node-fingerprint-label">
        {t('nodeCard.fingerprint')}
      </Text>
      {/* Digits read left to right in every language; each group is one breath on the phone. */}
      <ol
        className="card-fingerprint"
        dir="ltr"
        aria-labelledby="node-fingerprint-label"
        data-testid="node-fingerprint"
      >
        {fingerprintGroups(fingerprint).map((group, index) => (
          // Groups may repeat; their place is what identifies them.
          <li key={index}>{group}</li>
        ))}
      </ol>
      <Text size="sm">{t('nodeCard.readAloud')}</Text>
    </Stack>
  );
}

function CardActions({ state }: { readonly state: NodeCardState }) {
  const { t, isolate } = useI18n();
  const canAdmin = useCan('federation:admin');
  if (!canAdmin || state.text === null) return null;
  return (
    <Stack gap="xs">
      <Text size="sm">{t('nodeCard.sendCard')}</Text>
      <Group gap="sm">
        <Button size="sm" onClick={state.download} data-testid="download-card">
          {t('nodeCard.download')}
        </Button>
        <CopyButton value={state.text} label={t('nodeCard.copy')} size="sm" />
      </Group>
      {state.saved && (
        <StatusMessage>{t('nodeCard.saved', { name: isolate(state.saved) })}</StatusMessage>
      )}
    </Stack>
  );
}
