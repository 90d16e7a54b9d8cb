import { Paper, Text } from '@mantine/core';

/** What to show instead of an empty table. */
export function EmptyState({ children }: { readonly children: string }) {
  return (
    <Paper withBorder p="lg" data-testid="empty-state">
      <Text ta="center">{children}</Text>
    </Paper>
  );
}
