import type { v1 } from '@concord/client';
import { fieldOf, ITEMS, publishedIn, type ItemId } from './publish-items.ts';

// What publishing would change against the profile in force, item by item. A publication
// replaces the one in force: an item it leaves out goes back to the research's value.

/**
 * value: a different value. published: the same value, now published with its sources.
 * reverted: back to the research (the document in force published it, this one does not).
 * citation: the same published value with other sources or another note.
 */
type ChangeKind = 'value' | 'published' | 'reverted' | 'citation';

export interface ValueState {
  readonly value: unknown;
  readonly origin: 'bundled' | 'published';
  readonly sources: readonly string[];
  readonly note: string | null;
}

interface ItemChange {
  readonly item: ItemId;
  readonly kind: ChangeKind;
  readonly now: ValueState;
  readonly after: ValueState;
}

export interface ProfileChanges {
  /** In the order of the form. */
  readonly items: readonly ItemChange[];
  /** Source ids the new document lists and the one in force does not. */
  readonly addedSources: readonly string[];
  /** Source ids the document in force lists and the new one does not. */
  readonly removedSources: readonly string[];
  /** Source ids in both, with another title or address. */
  readonly editedSources: readonly string[];
  readonly sourcesChanged: boolean;
}

/**
 * The changes `request` makes to `profile` once published.
 *
 * @example
 * changesAgainst(profile, { sources, values: { contact247: { value: 'unknown', sources: ['S'], note: null } } })
 * // { items: [{ item: 'contact247', kind: 'published', ... }], addedSources: ['S'], ... }
 */
export function changesAgainst(
  profile: v1.LawCountryProfile,
  request: v1.LawPublishProfileRequest,
): ProfileChanges {
  const inForce = profile.document?.profile.values;
  const items = ITEMS.flatMap(({ id }): ItemChange[] => {
    const field = fieldOf(profile, id);
    // A published value in force is compared as its document cites it: the country page
    // prefixes the ids it cites with the document's own (`profile:FR:<id>`).
    const cited =
      inForce && field.origin.kind === 'published' ? publishedIn(inForce, id) : undefined;
    const now: ValueState = { ...(cited ?? field.effective), origin: field.origin.kind };
    const published = publishedIn(request.values, id);
    const after: ValueState =
      published === undefined
        ? { ...field.bundled, origin: 'bundled' }
        : { ...published, origin: 'published' };
    const kind = changeKind(now, after);
    return kind === null ? [] : [{ item: id, kind, now, after }];
  });
  const before = profile.document?.profile.sources ?? [];
  const ids = (list: readonly { readonly id: string }[]) => list.map((s) => s.id);
  const addedSources = ids(request.sources).filter((id) => !ids(before).includes(id));
  const removedSources = ids(before).filter((id) => !ids(request.sources).includes(id));
  const editedSources = request.sources
    .filter((s) => before.some((b) => b.id === s.id && (b.title !== s.title || b.ref !== s.ref)))
    .map((s) => s.id);
  return {
    items,
    addedSources,
    removedSources,
    editedSources,
    sourcesChanged: addedSources.length + removedSources.length + editedSources.length > 0,
  };
}

function changeKind(now: ValueState, after: ValueState): ChangeKind | null {
  if (now.origin === 'published' && after.origin === 'bundled') return 'reverted';
  if (!sameValue(now.value, after.value)) return 'value';
  if (now.origin === 'bundled' && after.origin === 'published') return 'published';
  if (now.origin === 'bundled') return null;
  const sameSources =
    now.sources.length === after.sources.length &&
    now.sources.every((s) => after.sources.includes(s));
  return sameSources && now.note === after.note ? null : 'citation';
}

/** Equal values, whatever the order of an object's keys (contacts come back from the server). */
function sameValue(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null)
    return `{${Object.entries(value)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`)
      .join(',')}}`;
  return JSON.stringify(value) ?? 'undefined';
}
