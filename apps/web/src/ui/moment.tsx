import { Stack, Text } from '@mantine/core';
import { useI18n } from '../i18n/i18n-provider.tsx';

/** An instant as "3 minutes ago", with the date and time in full beneath; `none` when there is none. */
export function Moment({ at, none }: { readonly at: string | null; readonly none: string }) {
  const { dateTime, relativeTime } = useI18n();
  if (at === null) return <>{none}</>;
  return (
    <Stack gap={0}>
      <Text size="sm" component="time" dateTime={at}>
        {relativeTime(at, new Date())}
      </Text>
      <Text size="xs" c="gray.7">
        {dateTime(at)}
      </Text>
    </Stack>
  );
}
