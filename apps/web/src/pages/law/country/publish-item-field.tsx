import {
  Checkbox,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import { itemOf, withChoice, withItem, type ContactText } from './publish-draft.ts';
import { choicesOf, GIVEN, itemFieldId, itemLabel, type ItemDefinition } from './publish-items.ts';
import { languageTags } from './publish-request.ts';
import { choiceText, valueOfKindText } from './publish-value-text.ts';
import type { PublishDraftState } from './use-publish-draft.ts';

/**
 * One item of the profile: whether it is published and with what value (typed details for
 * languages and contacts), and once published, the sources it cites and a note.
 */
export function PublishItemField({
  def,
  state,
  bundled,
  errors,
}: {
  readonly def: ItemDefinition;
  readonly state: PublishDraftState;
  /** The research's value, which stays in force when the item is not published. */
  readonly bundled: unknown;
  readonly errors: ReadonlyMap<string, string>;
}) {
  const { t, number } = useI18n();
  const { draft, update } = state;
  const item = itemOf(draft, def.id);
  const valueId = itemFieldId(def.id, 'value');
  const citesId = itemFieldId(def.id, 'cites');
  const noteId = itemFieldId(def.id, 'note');
  const options = [
    {
      value: '',
      label: t('law.publish.unchanged', { value: valueOfKindText(t, def.kind, bundled, number) }),
    },
    ...choicesOf(def.kind).map((c) => ({ value: c, label: choiceText(t, def.kind, c, number) })),
  ];
  return (
    <div role="group" aria-labelledby={`${valueId}-label`} data-testid={`publish-item-${def.id}`}>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
        <Stack gap="xs">
          <NativeSelect
            id={valueId}
            label={itemLabel(t, def.id)}
            data={options}
            value={item.choice}
            onChange={(e) => update(withChoice(draft, def.id, e.currentTarget.value))}
          />
          {def.kind === 'languages' && item.choice === GIVEN && (
            <LanguagesInput
              state={state}
              def={def}
              error={errors.get(itemFieldId(def.id, 'languages'))}
            />
          )}
          {def.kind === 'contact' && item.choice === GIVEN && (
            <ContactInputs state={state} def={def} errors={errors} />
          )}
        </Stack>
        {item.choice !== '' && (
          <Stack gap="xs">
            <div id={citesId}>
              {draft.sources.length === 0 ? (
                <Text size="sm">{t('law.publish.noSources')}</Text>
              ) : (
                <Checkbox.Group
                  label={t('law.publish.cites')}
                  maxSelectedValues={MAX_CITED}
                  value={[...item.cites]}
                  onChange={(cites) => update(withItem(draft, def.id, { cites }))}
                  error={errors.get(citesId)}
                >
                  <Group gap="md" mt={4}>
                    {draft.sources.map((s, i) => (
                      <Checkbox
                        key={s.key}
                        value={s.key}
                        label={
                          s.id.trim() === ''
                            ? t('law.publish.unnamedSource', { n: i + 1 })
                            : s.id.trim()
                        }
                      />
                    ))}
                  </Group>
                </Checkbox.Group>
              )}
            </div>
            <TextInput
              id={noteId}
              label={t('law.publish.itemNote')}
              dir="auto"
              value={item.note}
              error={errors.get(noteId)}
              onChange={(e) => update(withItem(draft, def.id, { note: e.currentTarget.value }))}
            />
          </Stack>
        )}
      </SimpleGrid>
    </div>
  );
}

/** Language tags as typed, with their names in the UI language once they read as tags. */
function LanguagesInput({
  state,
  def,
  error,
}: {
  readonly state: PublishDraftState;
  readonly def: ItemDefinition;
  readonly error: string | undefined;
}) {
  const { t, locale, list } = useI18n();
  const { draft, update } = state;
  const typed = itemOf(draft, def.id).languages;
  const read = languageTags(typed);
  const names = read.ok && read.tags.length > 0 ? languageNames(read.tags, locale) : null;
  return (
    <>
      <TextInput
        id={itemFieldId(def.id, 'languages')}
        label={t('law.publish.languageTags')}
        description={t('law.publish.languageTagsHelp')}
        inputWrapperOrder={['label', 'input', 'description', 'error']}
        dir="ltr"
        autoComplete="off"
        spellCheck={false}
        value={typed}
        error={error}
        onChange={(e) => update(withItem(draft, def.id, { languages: e.currentTarget.value }))}
      />
      {names && (
        <Text size="sm" c="gray.8">
          {t('law.publish.languagesRead', { languages: list(names) })}
        </Text>
      )}
    </>
  );
}

function languageNames(tags: readonly string[], locale: string): string[] {
  const names = new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' });
  return tags.map((tag) => names.of(tag) ?? tag);
}

/** The most sources one value may cite (LawPublishedValues). */
const MAX_CITED = 50;

const CONTACT_PARTS = ['name', 'phone', 'email', 'address'] as const;

/** The office's own details: a name, and a telephone, email and postal address if given. */
function ContactInputs({
  state,
  def,
  errors,
}: {
  readonly state: PublishDraftState;
  readonly def: ItemDefinition;
  readonly errors: ReadonlyMap<string, string>;
}) {
  const { t } = useI18n();
  const { draft, update } = state;
  const contact = itemOf(draft, def.id).contact;
  const field = (part: keyof ContactText) => {
    const id = itemFieldId(def.id, `contact-${part}`);
    return {
      id,
      value: contact[part],
      error: errors.get(id),
      onChange: (e: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) =>
        update(withItem(draft, def.id, { contact: { ...contact, [part]: e.currentTarget.value } })),
    };
  };
  const labels = {
    name: t('law.publish.contactName'),
    phone: t('law.publish.contactPhone'),
    email: t('law.publish.contactEmail'),
    address: t('law.publish.contactAddress'),
  };
  return (
    <Stack gap="xs">
      {CONTACT_PARTS.map((part) =>
        part === 'address' ? (
          <Textarea key={part} label={labels[part]} rows={2} dir="auto" {...field(part)} />
        ) : (
          <TextInput
            key={part}
            label={labels[part]}
            withAsterisk={part === 'name'}
            type={part === 'email' ? 'email' : part === 'phone' ? 'tel' : 'text'}
            dir={part === 'name' ? 'auto' : 'ltr'}
            autoComplete="off"
            {...field(part)}
          />
        ),
      )}
    </Stack>
  );
}
