import { Button, NumberInput, Stack, Text } from '@mantine/core';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { ConfirmDialog } from '../../ui/confirm-dialog.tsx';
import { StatusMessage } from '../../ui/status-message.tsx';
import { OVERLAP_DAYS, useRotateKeys } from './use-rotate-keys.ts';

/** For administrators: replace the node's keys, with the old ones honoured for an overlap. */
export function RotateKeys() {
  const { t, dateTime, number } = useI18n();
  const state = useRotateKeys();
  const { done } = state;
  return (
    <Stack gap="xs">
      <Text size="sm">{t('nodeCard.rotateIntro')}</Text>
      <div>
        <Button size="sm" variant="default" onClick={state.open} data-testid="rotate-keys">
          {t('nodeCard.rotate')}
        </Button>
      </div>
      {done && (
        <StatusMessage>
          {t('nodeCard.rotated', {
            peers: number(done.peersNotified),
            until: dateTime(done.overlapUntil),
          })}
        </StatusMessage>
      )}
      {done && done.peersMissed.length > 0 && (
        <Text size="sm" c="red.8" role="alert">
          {t('nodeCard.rotateMissed', { names: done.peersMissed.join(', ') })}
        </Text>
      )}
      <ConfirmDialog
        opened={state.opened}
        title={t('nodeCard.rotateTitle')}
        message={t('nodeCard.rotateBody')}
        confirmLabel={t('nodeCard.rotateConfirm')}
        onConfirm={state.confirm}
        onClose={state.close}
        pending={state.pending}
        error={state.error}
      >
        <NumberInput
          label={t('nodeCard.overlapDays')}
          description={t('nodeCard.overlapHelp', {
            min: OVERLAP_DAYS.min,
            max: OVERLAP_DAYS.max,
          })}
          value={state.overlapDays}
          onChange={state.setOverlapDays}
          min={OVERLAP_DAYS.min}
          max={OVERLAP_DAYS.max}
          allowDecimal={false}
          clampBehavior="none"
          error={
            state.invalid
              ? t('nodeCard.overlapInvalid', { min: OVERLAP_DAYS.min, max: OVERLAP_DAYS.max })
              : undefined
          }
          data-testid="overlap-days"
        />
      </ConfirmDialog>
    </Stack>
  );
}
