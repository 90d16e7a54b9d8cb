import { v1 } from '@concord/client';
import { changesAgainst, type ProfileChanges } from './publish-changes.ts';
import {
  itemOf,
  type ContactText,
  type DraftSource,
  type ItemDraft,
  type PublishDraft,
} from './publish-draft.ts';
import { GIVEN, ITEMS, type ItemDefinition, type ItemId } from './publish-items.ts';

// From the form as typed to the request the server takes, checked with the server's own rules
// (LawPublishProfileRequest) so that every refusal is explained beside the field that causes it.

/** What stops the draft from being published; `source` is the source's position, from 1. */
export type DraftProblem =
  | { readonly kind: 'source_id'; readonly key: string; readonly source: number }
  | { readonly kind: 'source_id_twice'; readonly key: string; readonly source: number }
  | { readonly kind: 'source_title'; readonly key: string; readonly source: number }
  | { readonly kind: 'source_ref'; readonly key: string; readonly source: number }
  | { readonly kind: 'no_citation'; readonly item: ItemId }
  | { readonly kind: 'language_tag'; readonly item: ItemId; readonly tag: string }
  | { readonly kind: 'no_languages'; readonly item: ItemId }
  | { readonly kind: 'too_many_languages'; readonly item: ItemId }
  | { readonly kind: 'contact_name'; readonly item: ItemId }
  | { readonly kind: 'contact_email'; readonly item: ItemId }
  | { readonly kind: 'too_long'; readonly item: ItemId }
  | { readonly kind: 'nothing_changes' };

export type PublishCheck =
  | {
      readonly ok: true;
      readonly request: v1.LawPublishProfileRequest;
      readonly changes: ProfileChanges;
    }
  | { readonly ok: false; readonly problems: readonly DraftProblem[] };

const SOURCE_ID = /^[A-Za-z0-9_.-]{1,64}$/;
const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const MAX_TEXT = 2000;
const MAX_LANGUAGES = 50;

/**
 * Language tags as typed (separated by commas or spaces), in canonical BCP 47 form
 * (`FR` → `fr`, `pt-br` → `pt-BR`), or the first one that is not a tag the server takes.
 *
 * @example
 * languageTags('fr, EN') // { ok: true, tags: ['fr', 'en'] }
 * languageTags('fr_FR')  // { ok: false, bad: 'fr_FR' }
 */
export function languageTags(
  text: string,
):
  | { readonly ok: true; readonly tags: readonly string[] }
  | { readonly ok: false; readonly bad: string } {
  const tags: string[] = [];
  for (const typed of text.split(/[\s,;]+/).filter(Boolean)) {
    let canonical: string | undefined;
    try {
      canonical = Intl.getCanonicalLocales(typed)[0];
    } catch {
      canonical = undefined; // RangeError: not a well-formed BCP 47 tag
    }
    if (canonical === undefined || !LANGUAGE_TAG.test(canonical)) return { ok: false, bad: typed };
    if (!tags.includes(canonical)) tags.push(canonical);
  }
  return { ok: true, tags };
}

/**
 * The request to publish and what it changes against the profile in force, or every problem.
 *
 * @example
 * const checked = checkDraft(draft, country.profile);
 * if (checked.ok) publish(checked.request);
 */
export function checkDraft(draft: PublishDraft, profile: v1.LawCountryProfile): PublishCheck {
  const problems: DraftProblem[] = [];
  const cited = new Set(
    ITEMS.flatMap(({ id }) => (itemOf(draft, id).choice === '' ? [] : itemOf(draft, id).cites)),
  );
  // A blank source nothing cites is a row left empty, not a problem.
  const sources = draft.sources.filter(
    (s) => cited.has(s.key) || `${s.id}${s.title}${s.ref}`.trim() !== '',
  );
  sources.forEach((s) => problems.push(...sourceProblems(s, draft.sources, sources)));
  const values = publishedValues(draft, sources, problems);
  if (problems.length > 0) return { ok: false, problems };
  const parsed = v1.LawPublishProfileRequest.safeParse({
    sources: sources.map((s) => ({ id: s.id.trim(), title: s.title.trim(), ref: s.ref.trim() })),
    values,
  });
  // Every rule of the schema was checked above, each with its own message: this is a bug.
  if (!parsed.success)
    throw new Error(`the publish form built an invalid body: ${parsed.error.message}`);
  const body = parsed.data;
  const changes = changesAgainst(profile, body);
  if (changes.items.length === 0 && !changes.sourcesChanged)
    return { ok: false, problems: [{ kind: 'nothing_changes' }] };
  return { ok: true, request: body, changes };
}

/** The values of the published items, each citing the ids of its sources; problems added. */
function publishedValues(
  draft: PublishDraft,
  sources: readonly DraftSource[],
  problems: DraftProblem[],
): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  const conducts: Record<string, unknown> = {};
  const legislation: Record<string, unknown> = {};
  for (const def of ITEMS) {
    const item = itemOf(draft, def.id);
    if (item.choice === '') continue;
    const read = valueOf(def, item);
    if (!read.ok) {
      problems.push(read.problem);
      continue;
    }
    if (item.cites.length === 0) problems.push({ kind: 'no_citation', item: def.id });
    if (item.note.trim().length > MAX_TEXT) problems.push({ kind: 'too_long', item: def.id });
    const entry = {
      value: read.value,
      sources: sources.filter((s) => item.cites.includes(s.key)).map((s) => s.id.trim()),
      note: item.note.trim() === '' ? null : item.note.trim(),
    };
    if (def.id.startsWith('conducts.')) conducts[def.id.slice('conducts.'.length)] = entry;
    else if (def.id.startsWith('legislation.'))
      legislation[def.id.slice('legislation.'.length)] = entry;
    else values[def.id] = entry;
  }
  if (Object.keys(conducts).length > 0) values['conducts'] = conducts;
  if (Object.keys(legislation).length > 0) values['legislation'] = legislation;
  return values;
}

/** A source's problems; of two with the same id, the later one is told to change. */
function sourceProblems(
  source: DraftSource,
  all: readonly DraftSource[],
  kept: readonly DraftSource[],
): DraftProblem[] {
  const at = { key: source.key, source: all.indexOf(source) + 1 };
  const id = source.id.trim();
  const problems: DraftProblem[] = [];
  if (!SOURCE_ID.test(id)) problems.push({ kind: 'source_id', ...at });
  else if (kept.find((other) => other.id.trim() === id) !== source)
    problems.push({ kind: 'source_id_twice', ...at });
  const title = source.title.trim();
  if (title === '' || title.length > MAX_TEXT) problems.push({ kind: 'source_title', ...at });
  const ref = source.ref.trim();
  if (ref === '' || ref.length > MAX_TEXT) problems.push({ kind: 'source_ref', ...at });
  return problems;
}

type Read =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly problem: DraftProblem };

/** The value an item publishes, read from its choice and what is typed below it. */
function valueOf(def: ItemDefinition, item: ItemDraft): Read {
  if (item.choice === 'unknown') return { ok: true, value: 'unknown' };
  switch (def.kind) {
    case 'criminalisation':
    case 'answer':
    case 'yesNo':
      return { ok: true, value: item.choice };
    case 'age':
      return { ok: true, value: Number(item.choice) };
    case 'languages':
      return languagesValue(def.id, item.languages);
    case 'contact':
      return contactValue(def.id, item.choice === GIVEN ? item.contact : null);
  }
}

function languagesValue(id: ItemId, typed: string): Read {
  const read = languageTags(typed);
  if (!read.ok) return { ok: false, problem: { kind: 'language_tag', item: id, tag: read.bad } };
  if (read.tags.length === 0) return { ok: false, problem: { kind: 'no_languages', item: id } };
  if (read.tags.length > MAX_LANGUAGES)
    return { ok: false, problem: { kind: 'too_many_languages', item: id } };
  return { ok: true, value: read.tags };
}

function contactValue(id: ItemId, typed: ContactText | null): Read {
  if (typed === null) return { ok: true, value: 'unknown' };
  const text = (s: string) => (s.trim() === '' ? null : s.trim());
  const contact = {
    name: typed.name.trim(),
    phone: text(typed.phone),
    email: text(typed.email),
    address: text(typed.address),
  };
  if (contact.name === '') return { ok: false, problem: { kind: 'contact_name', item: id } };
  if (contact.email !== null && !/^[^\s@]+@[^\s@]+$/.test(contact.email))
    return { ok: false, problem: { kind: 'contact_email', item: id } };
  if (Object.values(contact).some((v) => v !== null && v.length > MAX_TEXT))
    return { ok: false, problem: { kind: 'too_long', item: id } };
  return { ok: true, value: contact };
}
