import { Alert } from '@mantine/core';
import type { ReactNode } from 'react';

/** A success or information message, announced politely to screen readers. */
export function StatusMessage({
  children,
  color = 'green',
}: {
  readonly children: ReactNode;
  readonly color?: 'green' | 'blue';
}) {
  return (
    <Alert color={color} variant="light" role="status" data-testid="status-message">
      {children}
    </Alert>
  );
}
