import type { Locale } from './catalogue.ts';

/** Dates, numbers, durations and country names, formatted by Intl in the UI language. */
export interface Formatters {
  /** A date and time with seconds and the time zone, e.g. for the audit trail. */
  dateTime(iso: string): string;
  /** A calendar date. */
  date(iso: string): string;
  number(value: number): string;
  /**
   * A share as a whole percentage, rounded down: work that is not finished
   * never reads 100 %.
   */
  percent(fraction: number): string;
  /** Items joined as a sentence does ("a, b and c"). */
  list(items: readonly string[]): string;
  /** A file size in bytes, kB, MB or GB (decimal units, as file managers show them). */
  fileSize(bytes: number): string;
  /** A wait such as "15 minutes", in the largest unit that keeps it readable. */
  duration(seconds: number): string;
  /** How long ago (or how soon) an instant is from `now`, e.g. "3 minutes ago", in the largest fitting unit. */
  relativeTime(iso: string, now: Date): string;
  /** The name of a country from its ISO 3166 alpha-2 code, or the code when unknown. */
  regionName(code: string): string;
  /** The name of a language in that language itself ("Français"). */
  languageName(locale: Locale): string;
  /**
   * Text typed by people (names) set apart from the sentence around it, so a
   * Latin name in an Arabic sentence (or the reverse) keeps its own direction.
   */
  isolate(text: string): string;
}

/** The units a relative time is told in, largest first, with their length in seconds. */
const RELATIVE_UNITS: readonly (readonly [Intl.RelativeTimeFormatUnit, number])[] = [
  ['year', 365 * 86_400],
  ['month', 30 * 86_400],
  ['week', 7 * 86_400],
  ['day', 86_400],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

export function formattersFor(locale: Locale): Formatters {
  const dateTime = new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    timeZoneName: 'short',
  });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long' });
  const number = new Intl.NumberFormat(locale);
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const list = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const regions = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' });
  const unit = (name: 'second' | 'minute' | 'hour') =>
    new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'long' });
  const size = (name: 'byte' | 'kilobyte' | 'megabyte' | 'gigabyte') =>
    new Intl.NumberFormat(locale, {
      style: 'unit',
      unit: name,
      // "204 bytes", but "1.5 MB": the short form of the byte is not plural in every language.
      unitDisplay: name === 'byte' ? 'long' : 'short',
      maximumFractionDigits: 1,
    });
  return {
    dateTime: (iso) => dateTime.format(new Date(iso)),
    date: (iso) => date.format(new Date(iso)),
    number: (value) => number.format(value),
    percent: (fraction) =>
      percent.format(Math.floor(Math.min(1, Math.max(0, fraction)) * 100) / 100),
    list: (items) => list.format(items),
    fileSize: (bytes) => {
      if (bytes < 1000) return size('byte').format(bytes);
      if (bytes < 1e6) return size('kilobyte').format(bytes / 1e3);
      if (bytes < 1e9) return size('megabyte').format(bytes / 1e6);
      return size('gigabyte').format(bytes / 1e9);
    },
    duration: (seconds) => {
      if (seconds < 120) return unit('second').format(seconds);
      if (seconds < 2 * 3600) return unit('minute').format(Math.ceil(seconds / 60));
      return unit('hour').format(Math.ceil(seconds / 3600));
    },
    relativeTime: (iso, now) => {
      const seconds = Math.round((Date.parse(iso) - now.getTime()) / 1000);
      const [unit, size] = RELATIVE_UNITS.find(([, s]) => Math.abs(seconds) >= s) ?? ['second', 1];
      return relative.format(Math.round(seconds / size), unit);
    },
    regionName: (code) => regions.of(code.toUpperCase()) ?? code,
    isolate: (text) => `\u2068${text}\u2069`,
    languageName: (language) => {
      const name = new Intl.DisplayNames([language], { type: 'language' }).of(language) ?? language;
      return name.charAt(0).toLocaleUpperCase(language) + name.slice(1);
    },
  };
}
