import type { v1 } from '@concord/client';
import { Button, Group, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import { TableScroll } from '../../../ui/table-scroll.tsx';
import type { ProfileChanges, ValueState } from './publish-changes.ts';
import { ITEMS, itemLabel, type ItemId } from './publish-items.ts';
import { valueOfKindText } from './publish-value-text.ts';

/**
 * What publishing would change against the version in force, item by item, and the sources
 * the signed document will list; then "Sign and publish" or back to editing. The heading
 * takes the focus when the review appears.
 */
export function PublishReview({
  request,
  changes,
  pending,
  onPublish,
  onCancel,
}: {
  readonly request: v1.LawPublishProfileRequest;
  readonly changes: ProfileChanges;
  readonly pending: boolean;
  readonly onPublish: () => void;
  readonly onCancel: () => void;
}) {
  const { t, number, list } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const kindOf = (id: ItemId) => ITEMS.find((d) => d.id === id)?.kind ?? 'answer';
  // Typed values (names, addresses) keep their own direction inside the UI language's.
  const state = (id: ItemId, s: ValueState) => (
    <>
      <bdi>{valueOfKindText(t, kindOf(id), s.value, number)}</bdi>
      {' · '}
      {s.origin === 'published' ? t('law.country.originPublished') : t('law.country.originBundled')}
    </>
  );
  const ids = (sources: readonly string[]) => (
    <span dir="ltr">{sources.length === 0 ? '—' : sources.join(', ')}</span>
  );
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="law-publish-review-title">
      <Stack gap="sm" data-testid="law-publish-review">
        <Title
          order={3}
          id="law-publish-review-title"
          ref={heading}
          tabIndex={-1}
          className="page-heading"
        >
          {t('law.publish.reviewTitle')}
        </Title>
        <Text size="sm">{t('law.publish.reviewIntro')}</Text>
        {changes.items.length > 0 && (
          <TableScroll label={t('law.publish.reviewTitle')} minWidth={760}>
            <Table data-testid="law-publish-changes">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('law.country.item')}</Table.Th>
                  <Table.Th scope="col">{t('law.publish.now')}</Table.Th>
                  <Table.Th scope="col">{t('law.publish.after')}</Table.Th>
                  <Table.Th scope="col">{t('law.publish.citesAfter')}</Table.Th>
                  <Table.Th scope="col">{t('law.publish.change')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {changes.items.map((c) => (
                  <Table.Tr key={c.item}>
                    <Table.Th scope="row">{itemLabel(t, c.item)}</Table.Th>
                    <Table.Td>{state(c.item, c.now)}</Table.Td>
                    <Table.Td>
                      <Text span size="sm" fw={600}>
                        {state(c.item, c.after)}
                      </Text>
                      {c.after.note !== null && c.after.origin === 'published' && (
                        <Text size="xs" dir="auto">
                          {c.after.note}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{ids(c.after.sources)}</Table.Td>
                    <Table.Td>{t(`law.publish.change.${c.kind}`)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        )}
        {changes.sourcesChanged && (
          <List size="sm" data-testid="law-publish-source-changes">
            {changes.addedSources.length > 0 && (
              <List.Item>
                {t('law.publish.sourcesAdded', { ids: list(changes.addedSources) })}
              </List.Item>
            )}
            {changes.removedSources.length > 0 && (
              <List.Item>
                {t('law.publish.sourcesRemoved', { ids: list(changes.removedSources) })}
              </List.Item>
            )}
            {changes.editedSources.length > 0 && (
              <List.Item>
                {t('law.publish.sourcesEdited', { ids: list(changes.editedSources) })}
              </List.Item>
            )}
          </List>
        )}
        <Title order={4}>{t('law.publish.documentSources')}</Title>
        {request.sources.length === 0 ? (
          <Text size="sm">{t('law.country.none')}</Text>
        ) : (
          <List
            size="sm"
            spacing={4}
            listStyleType="none"
            data-testid="law-publish-document-sources"
          >
            {request.sources.map((s) => (
              <List.Item key={s.id}>
                <Text span size="sm" fw={600} dir="ltr">
                  [{s.id}]
                </Text>{' '}
                <bdi>{s.title}</bdi>{' '}
                <Text span size="sm" c="gray.8" dir="ltr">
                  {s.ref}
                </Text>
              </List.Item>
            ))}
          </List>
        )}
        <Group>
          <Button onClick={onPublish} loading={pending} data-testid="law-publish-submit">
            {t('law.publish.submit')}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('law.publish.keepEditing')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
