import { Anchor, List, Text } from '@mantine/core';

/** A cited source: its id (as statements cite it), title and where to find it. */
export interface CitedSource {
  readonly id: string;
  readonly title: string;
  readonly ref: string;
}

/** Only web addresses become links; other references (github:…, concord-node:…) stay text. */
function isWebAddress(ref: string): boolean {
  return /^https?:\/\//.test(ref);
}

/** Sources as a list: `[ID] title`, then the reference. The text is the research's own (English). */
export function SourceList({ sources }: { readonly sources: readonly CitedSource[] }) {
  return (
    <List size="sm" spacing={4} lang="en" dir="ltr" listStyleType="none" data-testid="law-sources">
      {sources.map((s) => (
        <List.Item key={s.id} id={`source-${s.id}`}>
          <Text span size="sm" fw={600}>
            [{s.id}]
          </Text>{' '}
          {s.title}{' '}
          {isWebAddress(s.ref) ? (
            <Anchor href={s.ref} target="_blank" rel="noreferrer noopener" size="sm">
              {s.ref}
            </Anchor>
          ) : (
            <Text span size="sm" c="gray.8">
              {s.ref}
            </Text>
          )}
        </List.Item>
      ))}
    </List>
  );
}

/** Text from the legal data (English), kept left to right inside a right-to-left page. */
export function DataText({ children }: { readonly children: string }) {
  return (
    <Text span size="sm" lang="en" dir="ltr" className="law-data-text">
      {children}
    </Text>
  );
}
