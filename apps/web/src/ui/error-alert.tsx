import { Alert, Button, List, Stack, Text } from '@mantine/core';
import { describeError } from '../api/describe-error.ts';
import { useI18n } from '../i18n/i18n-provider.tsx';

/** A failure, explained and announced (role=alert), with a retry when one makes sense. */
export function ErrorAlert({
  error,
  title,
  detail,
  onRetry,
}: {
  readonly error: unknown;
  readonly title?: string;
  /** What the page knows more precisely (e.g. the line of a refused hash). */
  readonly detail?: string | null;
  readonly onRetry?: () => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const described = describeError(error, t, i18n);
  return (
    <Alert color="red" variant="light" role="alert" title={title} data-testid="error-alert">
      <Stack gap="xs">
        <Text size="sm">{described.message}</Text>
        {detail && <Text size="sm">{detail}</Text>}
        {described.issues.length > 0 && (
          <List size="sm">
            {described.issues.map((issue) => (
              <List.Item key={issue}>{issue}</List.Item>
            ))}
          </List>
        )}
        {described.code && (
          <Text size="xs" c="gray.8">
            {t('common.errorCode', { code: described.code })}
          </Text>
        )}
        {onRetry && (
          <Button size="xs" variant="outline" color="red.9" onClick={onRetry} w="fit-content">
            {t('common.retry')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
