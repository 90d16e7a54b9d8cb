import { v1 } from '@concord/client';
import type { Translate } from '../../../i18n/catalogue.ts';
import { CONDUCTS, conductName } from '../law-labels.ts';

// Every item of a national profile a node may publish (LawPublishedValues), as one flat list:
// the form, its checks and the summary of changes treat them alike and ask each item's kind
// how its value is edited and shown.

type LegislationField = (typeof v1.LAW_LEGISLATION_FIELDS)[number];
type ConductItem = `conducts.${v1.LawConductId}`;
type LegislationItem = `legislation.${LegislationField}`;
export type ItemId =
  | ConductItem
  | 'csamAgeThreshold'
  | 'extraditesNationals'
  | 'acceptedLanguages'
  | 'centralAuthority'
  | 'contact247'
  | LegislationItem;

/**
 * How an item's value is chosen. criminalisation: an offence or not (conducts); answer: yes,
 * no, in part (extradition of nationals); yesNo: legislation fields; age: 10 to 21;
 * languages: BCP 47 tags; contact: an office's details.
 */
export type ItemKind = 'criminalisation' | 'answer' | 'yesNo' | 'age' | 'languages' | 'contact';

/** Sections of the form: the seventeen conducts are split in two so each stays short. */
export const GROUPS = [
  'material',
  'exploitation',
  'cooperation',
  'contacts',
  'legislation',
] as const;
export type GroupId = (typeof GROUPS)[number];

export interface ItemDefinition {
  readonly id: ItemId;
  readonly kind: ItemKind;
  readonly group: GroupId;
}

const EXPLOITATION: readonly v1.LawConductId[] = [
  'livestream.performance',
  'grooming.meeting',
  'grooming.sexual_communication',
  'sextortion',
  'child_prostitution',
  'sale_of_children',
  'trafficking.child',
];

export const ITEMS: readonly ItemDefinition[] = [
  ...CONDUCTS.filter((c) => !EXPLOITATION.includes(c)).map((c): ItemDefinition => ({
    id: `conducts.${c}`,
    kind: 'criminalisation',
    group: 'material',
  })),
  { id: 'csamAgeThreshold', kind: 'age', group: 'material' },
  ...EXPLOITATION.map((c): ItemDefinition => ({
    id: `conducts.${c}`,
    kind: 'criminalisation',
    group: 'exploitation',
  })),
  { id: 'extraditesNationals', kind: 'answer', group: 'cooperation' },
  { id: 'acceptedLanguages', kind: 'languages', group: 'cooperation' },
  { id: 'centralAuthority', kind: 'contact', group: 'contacts' },
  { id: 'contact247', kind: 'contact', group: 'contacts' },
  ...v1.LAW_LEGISLATION_FIELDS.map((f): ItemDefinition => ({
    id: `legislation.${f}`,
    kind: 'yesNo',
    group: 'legislation',
  })),
];

/** What a contact-kind or languages-kind item's select says when details are typed below it. */
export const GIVEN = 'given';

const AGES = Array.from({ length: 12 }, (_, i) => String(10 + i));

/** The values an item's select offers besides '' (as the research says), in order. */
export function choicesOf(kind: ItemKind): readonly string[] {
  switch (kind) {
    case 'criminalisation':
    case 'answer':
      return v1.LAW_CRIMINALISATION;
    case 'yesNo':
      return ['yes', 'no', 'unknown'];
    case 'age':
      return [...AGES, 'unknown'];
    case 'languages':
    case 'contact':
      return [GIVEN, 'unknown'];
  }
}

/** An item's name in the UI language. */
export function itemLabel(t: Translate, id: ItemId): string {
  if (id.startsWith('conducts.')) return conductName(t, id.slice('conducts.'.length));
  const field = legislationField(id);
  if (field !== null) return t(`law.country.legislation.${field}`);
  switch (id) {
    case 'csamAgeThreshold':
      return t('law.country.ageThreshold');
    case 'extraditesNationals':
      return t('law.country.extraditesNationals');
    case 'acceptedLanguages':
      return t('law.country.languages');
    case 'centralAuthority':
      return t('law.country.centralAuthority');
    default:
      return t('law.country.contact247');
  }
}

function legislationField(id: ItemId): LegislationField | null {
  return v1.LAW_LEGISLATION_FIELDS.find((f) => id === `legislation.${f}`) ?? null;
}

function conductOf(id: ItemId): v1.LawConductId | null {
  return v1.LAW_CONDUCT_IDS.find((c) => id === `conducts.${c}`) ?? null;
}

/** An item of the country page's profile: the value in force, where it comes from, the research's. */
interface ProfileField {
  readonly effective: {
    readonly value: unknown;
    readonly sources: readonly string[];
    readonly note: string | null;
  };
  readonly origin: { readonly kind: 'bundled' | 'published' };
  readonly bundled: {
    readonly value: unknown;
    readonly sources: readonly string[];
    readonly note: string | null;
  };
}

const NOTHING_KNOWN: ProfileField = {
  effective: { value: 'unknown', sources: [], note: null },
  origin: { kind: 'bundled' },
  bundled: { value: 'unknown', sources: [], note: null },
};

/** The item as the country page has it (every item is there; a missing one reads as unknown). */
export function fieldOf(profile: v1.LawCountryProfile, id: ItemId): ProfileField {
  const conduct = conductOf(id);
  if (conduct !== null) return profile.conducts.find((c) => c.conduct === conduct) ?? NOTHING_KNOWN;
  const field = legislationField(id);
  if (field !== null) return profile.legislation.find((l) => l.field === field) ?? NOTHING_KNOWN;
  switch (id) {
    case 'csamAgeThreshold':
      return profile.csamAgeThreshold;
    case 'extraditesNationals':
      return profile.extraditesNationals;
    case 'acceptedLanguages':
      return profile.acceptedLanguages;
    case 'centralAuthority':
      return profile.centralAuthority;
    default:
      return profile.contact247;
  }
}

type Published = {
  readonly value: unknown;
  readonly sources: readonly string[];
  readonly note: string | null;
};

/** The item's value in a published document, if the document gives one. */
export function publishedIn(
  values: v1.LawPublishProfileRequest['values'],
  id: ItemId,
): Published | undefined {
  const conduct = conductOf(id);
  if (conduct !== null) return values.conducts?.[conduct];
  const field = legislationField(id);
  if (field !== null) return values.legislation?.[field];
  switch (id) {
    case 'csamAgeThreshold':
      return values.csamAgeThreshold;
    case 'extraditesNationals':
      return values.extraditesNationals;
    case 'acceptedLanguages':
      return values.acceptedLanguages;
    case 'centralAuthority':
      return values.centralAuthority;
    default:
      return values.contact247;
  }
}

/** A DOM id for a part of an item's editor (ids are unique on the page). */
export function itemFieldId(
  id: ItemId,
  part: 'value' | 'languages' | 'cites' | 'note' | `contact-${string}`,
): string {
  return `publish-${id.replace(/\./g, '-')}-${part}`;
}
