import { Alert, Code, Group, Stack, Text } from '@mantine/core';
import { CopyButton } from './copy-button.tsx';

/** A secret the server shows once (a one-time password, an API token), with a copy button and a warning. */
export function OneTimeSecret({
  label,
  value,
  warning,
  testId,
}: {
  readonly label: string;
  readonly value: string;
  readonly warning: string;
  readonly testId: string;
}) {
  return (
    <Stack gap="sm">
      <Alert color="orange" variant="light" role="alert">
        <Text size="sm" fw={600}>
          {warning}
        </Text>
      </Alert>
      <Text size="sm" fw={600} id={`${testId}-label`}>
        {label}
      </Text>
      <Group gap="sm" wrap="nowrap" align="center">
        <Code
          block
          data-testid={testId}
          aria-labelledby={`${testId}-label`}
          className="secret-value"
          dir="ltr"
        >
          {value}
        </Code>
        <CopyButton value={value} />
      </Group>
    </Stack>
  );
}
