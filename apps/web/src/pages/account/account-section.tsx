import { Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** One titled section of the account page (an h2 labelling a region). */
export function AccountSection({
  id,
  title,
  intro,
  children,
}: {
  readonly id: string;
  readonly title: string;
  readonly intro?: string;
  readonly children: ReactNode;
}) {
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby={`${id}-heading`}>
      <Stack>
        <Title order={2} size="h3" id={`${id}-heading`}>
          {title}
        </Title>
        {intro && <Text size="sm">{intro}</Text>}
        {children}
      </Stack>
    </Paper>
  );
}
