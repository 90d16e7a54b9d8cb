import type { v1 } from '@concord/client';
import { fieldOf, GIVEN, ITEMS, publishedIn, type ItemId } from './publish-items.ts';

// The publish form as typed: the sources the document lists, and for each item whether it is
// published and with what value, citing which sources. Pure functions, so the form's rules
// are tested without a browser.

/** A source as typed; `key` stays the same while its id is edited, so citations follow it. */
export interface DraftSource {
  readonly key: string;
  readonly id: string;
  readonly title: string;
  readonly ref: string;
}

export interface ContactText {
  readonly name: string;
  readonly phone: string;
  readonly email: string;
  readonly address: string;
}

export interface ItemDraft {
  /**
   * '' leaves the item as the research says: it is not in the published document. Otherwise
   * one of `choicesOf(kind)`; for languages and contacts, `given` takes what is typed below.
   */
  readonly choice: string;
  /** Language tags as typed (languages only). */
  readonly languages: string;
  /** The office's details as typed (contacts only). */
  readonly contact: ContactText;
  /** Keys of the sources the value cites. */
  readonly cites: readonly string[];
  readonly note: string;
}

export interface PublishDraft {
  readonly sources: readonly DraftSource[];
  /** By item; read with `itemOf` (an item never touched reads as not published). */
  readonly items: Readonly<Partial<Record<ItemId, ItemDraft>>>;
  /** The number the next added source's key takes. */
  readonly nextKey: number;
}

const NO_CONTACT: ContactText = { name: '', phone: '', email: '', address: '' };
const NOT_PUBLISHED: ItemDraft = {
  choice: '',
  languages: '',
  contact: NO_CONTACT,
  cites: [],
  note: '',
};

/** An item of the draft. */
export function itemOf(draft: PublishDraft, id: ItemId): ItemDraft {
  return draft.items[id] ?? NOT_PUBLISHED;
}

/**
 * The form starts from the profile in force: every value the document in force publishes (with
 * its sources and notes) stays published; the rest stays as the research says. The research
 * holds no real contacts or languages (only placeholders), so those start empty.
 *
 * @example
 * draftFrom(country.profile).items['conducts.csam.possession'].choice // 'yes' if published
 */
export function draftFrom(profile: v1.LawCountryProfile): PublishDraft {
  const document = profile.document?.profile;
  const sources: DraftSource[] = (document?.sources ?? []).map((s, i) => ({
    key: `s${i + 1}`,
    id: s.id,
    title: s.title,
    ref: s.ref,
  }));
  if (sources.length === 0) sources.push({ key: 's1', id: '', title: '', ref: '' });
  const keyOf = new Map(sources.map((s) => [s.id, s.key]));
  const items = Object.fromEntries(
    ITEMS.map(({ id }) => {
      const published = document ? publishedIn(document.values, id) : undefined;
      const effective = fieldOf(profile, id).effective.value;
      return [
        id,
        {
          choice: published === undefined ? '' : choiceOf(published.value),
          languages: Array.isArray(effective) ? effective.join(', ') : '',
          contact: contactText(published?.value),
          cites: (published?.sources ?? []).flatMap((s) => keyOf.get(s) ?? []),
          note: published?.note ?? '',
        } satisfies ItemDraft,
      ];
    }),
  );
  return { sources, items, nextKey: sources.length + 1 };
}

function choiceOf(value: unknown): string {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return value;
  return GIVEN;
}

function contactText(value: unknown): ContactText {
  if (typeof value !== 'object' || value === null || !('name' in value)) return NO_CONTACT;
  // A published contact point (LawContactPoint): name, and phone, email, address or null.
  const c = value as {
    name: string;
    phone: string | null;
    email: string | null;
    address: string | null;
  };
  return { name: c.name, phone: c.phone ?? '', email: c.email ?? '', address: c.address ?? '' };
}

/**
 * Sets an item's choice. An item that starts to be published cites the first source listed,
 * the usual case being a single source; the administrator may tick others.
 */
export function withChoice(draft: PublishDraft, id: ItemId, choice: string): PublishDraft {
  const item = itemOf(draft, id);
  const first = draft.sources[0]?.key;
  const cites =
    choice !== '' && item.cites.length === 0 && first !== undefined ? [first] : item.cites;
  return withItem(draft, id, { choice, cites });
}

export function withItem(
  draft: PublishDraft,
  id: ItemId,
  change: Partial<ItemDraft>,
): PublishDraft {
  return { ...draft, items: { ...draft.items, [id]: { ...itemOf(draft, id), ...change } } };
}

export function withSourceAdded(draft: PublishDraft): PublishDraft {
  const source = { key: `s${draft.nextKey}`, id: '', title: '', ref: '' };
  return { ...draft, sources: [...draft.sources, source], nextKey: draft.nextKey + 1 };
}

export function withSource(
  draft: PublishDraft,
  key: string,
  change: Partial<Omit<DraftSource, 'key'>>,
): PublishDraft {
  return {
    ...draft,
    sources: draft.sources.map((s) => (s.key === key ? { ...s, ...change } : s)),
  };
}

/** Removes a source and every citation of it. */
export function withSourceRemoved(draft: PublishDraft, key: string): PublishDraft {
  const items = Object.fromEntries(
    ITEMS.map(({ id }) => {
      const item = itemOf(draft, id);
      return [id, { ...item, cites: item.cites.filter((c) => c !== key) }];
    }),
  );
  return { ...draft, sources: draft.sources.filter((s) => s.key !== key), items };
}
