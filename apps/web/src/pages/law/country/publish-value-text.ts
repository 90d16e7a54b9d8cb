import type { Translate } from '../../../i18n/catalogue.ts';
import { GIVEN, type ItemKind } from './publish-items.ts';

/** What an item's value reads as, by its kind: "An offence", "Yes", "18", "fr, en", an office. */
export function valueOfKindText(
  t: Translate,
  kind: ItemKind,
  value: unknown,
  number: (n: number) => string,
): string {
  if (typeof value === 'number') return number(value);
  if (Array.isArray(value)) return value.join(', ');
  if (typeof value === 'object' && value !== null && 'name' in value) {
    // Among profile values only contact points are objects with a name (LawContactPoint).
    const c = value as {
      name: string;
      phone: string | null;
      email: string | null;
      address: string | null;
    };
    return [c.name, c.phone, c.email, c.address].filter((x) => x !== null).join(' · ');
  }
  if (typeof value === 'string') return choiceText(t, kind, value, number);
  return String(value);
}

/** A choice of an item's select, in words. */
export function choiceText(
  t: Translate,
  kind: ItemKind,
  choice: string,
  number: (n: number) => string,
): string {
  const answer = kind === 'criminalisation' ? 'law.crim' : 'law.publish.answer';
  switch (choice) {
    case 'yes':
    case 'no':
    case 'partial':
    case 'unknown':
      return t(`${answer}.${choice}`);
    case GIVEN:
      return kind === 'contact' ? t('law.publish.givenContact') : t('law.publish.givenLanguages');
    default:
      return /^\d+$/.test(choice) ? number(Number(choice)) : choice;
  }
}
