import { Group } from '@mantine/core';
import { CopyButton } from './copy-button.tsx';

/**
 * A hash in monospace, cut short on screen with an ellipsis (the whole value
 * stays in the page for screen readers, selection and the tooltip), with a
 * button that copies all of it.
 */
export function HashValue({
  value,
  copyLabel,
}: {
  readonly value: string;
  readonly copyLabel: string;
}) {
  return (
    <Group gap={6} wrap="nowrap">
      <code className="hash-value" dir="ltr" title={value}>
        {value}
      </code>
      <CopyButton value={value} accessibleName={copyLabel} />
    </Group>
  );
}

/** The first characters of a hash, enough to tell rows apart when read aloud. */
export function shortHash(value: string): string {
  return value.length > 12 ? `${value.slice(0, 8)}…` : value;
}
