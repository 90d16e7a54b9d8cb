import { ar } from './ar.ts';
import type { Catalogue, Locale } from './catalogue.ts';
import { en } from './en.ts';
import { fr } from './fr.ts';

/** Every catalogue, by locale. */
export const CATALOGUES: Readonly<Record<Locale, Catalogue>> = { en, fr, ar };
