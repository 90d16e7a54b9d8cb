import { Alert, List, Stack, Text } from '@mantine/core';
import { DENY_REASONS, type DenyReason } from '../api/protocol-lists.ts';
import { useI18n } from '../i18n/i18n-provider.tsx';

/** What the node's handling-code policy kept back: a count by reason, never the items. */
export interface WithheldCounts {
  readonly count: number;
  readonly reasons: Readonly<Partial<Record<DenyReason, number>>>;
}

/**
 * Says plainly how many items the handling codes kept from the user and why.
 * Nothing is hidden silently: whenever something is withheld, this shows.
 */
export function WithheldNotice({
  withheld,
  subject,
}: {
  readonly withheld: WithheldCounts;
  readonly subject: 'signals' | 'matches';
}) {
  const { t, number } = useI18n();
  if (withheld.count === 0) return null;
  const reasons = DENY_REASONS.flatMap((reason) => {
    const count = withheld.reasons[reason];
    return count ? [{ reason, count }] : [];
  });
  return (
    <Alert color="orange" variant="light" role="status" data-testid="withheld-notice">
      <Stack gap={4}>
        <Text size="sm" fw={700}>
          {subject === 'signals'
            ? t('withheld.signals', { count: number(withheld.count) })
            : t('withheld.matches', { count: number(withheld.count) })}
        </Text>
        <List size="sm">
          {reasons.map(({ reason, count }) => (
            <List.Item key={reason}>
              {t(`withheld.reason.${reason}`, { count: number(count) })}
            </List.Item>
          ))}
        </List>
        {withheld.reasons.purpose_required ? (
          <Text size="sm">{t('withheld.purposeHint')}</Text>
        ) : null}
      </Stack>
    </Alert>
  );
}
