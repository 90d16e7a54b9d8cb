import type { v1 } from '@concord/client';
import type { en } from './en.ts';

/** The languages the UI speaks; the same list as the server's `Locale`. */
export const LOCALES = ['en', 'fr', 'ar'] as const satisfies readonly v1.Locale[];
export type Locale = (typeof LOCALES)[number];

export type MessageKey = keyof typeof en;

/**
 * A complete translation: every key of the English source, nothing else.
 * (A missing or extra key is a type error; i18n.test.ts also checks placeholders.)
 */
export type Catalogue = { readonly [K in MessageKey]: string };

/** The `{name}` placeholders in a message, as a union of names. */
type PlaceholdersIn<Text extends string> = Text extends `${string}{${infer Name}}${infer Rest}`
  ? Name | PlaceholdersIn<Rest>
  : never;

export type MessageParams<K extends MessageKey> = {
  readonly [Name in PlaceholdersIn<(typeof en)[K]>]: string | number;
};

/** `t('key')` for a message without placeholders, `t('key', { name })` for one with them. */
export type TranslateArgs<K extends MessageKey> = [PlaceholdersIn<(typeof en)[K]>] extends [never]
  ? []
  : [params: MessageParams<K>];

/** Keys of messages without placeholders: what form problems and labels may hold. */
export type PlainMessageKey = {
  [K in MessageKey]: [PlaceholdersIn<(typeof en)[K]>] extends [never] ? K : never;
}[MessageKey];

export type Translate = <K extends MessageKey>(key: K, ...args: TranslateArgs<K>) => string;

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

export function directionOf(locale: Locale): 'ltr' | 'rtl' {
  return locale === 'ar' ? 'rtl' : 'ltr';
}

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

/** The placeholder names in a message, sorted (for comparing translations). */
export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '').sort();
}

/** Fills `{name}` placeholders; an unknown placeholder is left as written so it shows in review. */
export function fillPlaceholders(
  text: string,
  params: Readonly<Record<string, string | number>> | undefined,
): string {
  if (!params) return text;
  return text.replace(PLACEHOLDER, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/**
 * The locale to start in: the user's saved one, else the first supported
 * browser language, else English.
 *
 * @example
 * initialLocale(null, ['fr-CA', 'en']) // 'fr'
 */
export function initialLocale(
  saved: string | null | undefined,
  browserLanguages: readonly string[],
): Locale {
  if (saved && isLocale(saved)) return saved;
  for (const tag of browserLanguages) {
    const base = tag.toLowerCase().split('-')[0] ?? '';
    if (isLocale(base)) return base;
  }
  return 'en';
}
