import type { v1 } from '@concord/client';
import { Alert } from '@mantine/core';
import { useI18n } from '../../i18n/i18n-provider.tsx';

/** The verdict of an integrity check, announced. */
export function AuditVerdictMessage({ verdict }: { readonly verdict: v1.AuditVerdict }) {
  const { t, number } = useI18n();
  if (verdict.intact) {
    return (
      <Alert color="green" variant="light" role="status" data-testid="audit-verdict">
        {t('audit.intact', { count: number(verdict.count) })}
      </Alert>
    );
  }
  return (
    <Alert color="red" variant="light" role="alert" data-testid="audit-verdict">
      {t('audit.broken', {
        seq: verdict.firstBrokenSeq === null ? '?' : number(verdict.firstBrokenSeq),
        reason: verdict.reason ?? '?',
        count: number(verdict.count),
      })}
    </Alert>
  );
}
