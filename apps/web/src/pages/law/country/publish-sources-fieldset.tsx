import { Button, Fieldset, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import { withSource, withSourceAdded, withSourceRemoved } from './publish-draft.ts';
import { sourceFieldId } from './publish-problems.tsx';
import type { PublishDraftState } from './use-publish-draft.ts';

/** The most sources a document lists (LawPublishProfileRequest). */
const MAX_SOURCES = 200;

/**
 * The sources the document lists, one row each, added and removed by button. A new row takes
 * the focus; after a removal the focus goes back to "Add a source".
 */
export function PublishSourcesFieldset({
  state,
  errors,
}: {
  readonly state: PublishDraftState;
  readonly errors: ReadonlyMap<string, string>;
}) {
  const { t } = useI18n();
  const { draft, update } = state;
  const addButton = useRef<HTMLButtonElement>(null);
  const [focus, setFocus] = useState<{ readonly to: string } | null>(null);
  useEffect(() => {
    if (focus === null) return;
    const target = focus.to === '' ? addButton.current : document.getElementById(focus.to);
    target?.focus();
  }, [focus]);

  return (
    <Fieldset legend={t('law.publish.sources')} data-testid="law-publish-sources">
      <Text size="sm" mb="sm">
        {t('law.publish.sourcesHelp')}
      </Text>
      <Stack gap="sm">
        {draft.sources.map((source, i) => {
          const n = i + 1;
          const field = (part: 'id' | 'title' | 'ref') => ({
            id: sourceFieldId(source.key, part),
            value: source[part],
            error: errors.get(sourceFieldId(source.key, part)),
            onChange: (e: { currentTarget: HTMLInputElement }) =>
              update(withSource(draft, source.key, { [part]: e.currentTarget.value })),
          });
          return (
            <Fieldset key={source.key} legend={t('law.publish.source', { n })} variant="filled">
              <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
                <TextInput
                  label={t('law.publish.sourceId')}
                  description={t('law.publish.sourceIdHelp')}
                  inputWrapperOrder={['label', 'input', 'description', 'error']}
                  dir="ltr"
                  autoComplete="off"
                  spellCheck={false}
                  {...field('id')}
                />
                <TextInput label={t('law.publish.sourceTitle')} dir="auto" {...field('title')} />
                <TextInput label={t('law.publish.sourceRef')} dir="ltr" {...field('ref')} />
              </SimpleGrid>
              {draft.sources.length > 1 && (
                <Group justify="flex-end" mt="xs">
                  <Button
                    variant="outline"
                    color="red.9"
                    size="xs"
                    onClick={() => {
                      update(withSourceRemoved(draft, source.key));
                      setFocus({ to: '' });
                    }}
                  >
                    {t('law.publish.removeSource', { n })}
                  </Button>
                </Group>
              )}
            </Fieldset>
          );
        })}
        <div>
          <Button
            ref={addButton}
            variant="default"
            disabled={draft.sources.length >= MAX_SOURCES}
            onClick={() => {
              const next = withSourceAdded(draft);
              update(next);
              const added = next.sources.at(-1);
              if (added) setFocus({ to: sourceFieldId(added.key, 'id') });
            }}
          >
            {t('law.publish.addSource')}
          </Button>
        </div>
      </Stack>
    </Fieldset>
  );
}
