import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fillPlaceholders, initialLocale, LOCALES, placeholdersOf } from './catalogue.ts';
import { CATALOGUES } from './catalogues.ts';
import { en } from './en.ts';

describe('translation catalogues', () => {
  const source = Object.keys(en).sort();

  for (const locale of LOCALES) {
    const catalogue: Readonly<Record<string, string>> = CATALOGUES[locale];

    it(`${locale} has exactly the keys of the English source`, () => {
      assert.deepEqual(Object.keys(catalogue).sort(), source);
    });

    it(`${locale} uses the same placeholders as English in every message`, () => {
      for (const key of source) {
        assert.deepEqual(
          placeholdersOf(catalogue[key] ?? ''),
          placeholdersOf(en[key as keyof typeof en]),
          `${locale} ${key}`,
        );
      }
    });

    it(`${locale} has no empty message`, () => {
      for (const key of source) assert.notEqual(catalogue[key]?.trim(), '', `${locale} ${key}`);
    });
  }

  it('translates rather than copies: only names and words French shares with English stay', () => {
    const identical = (locale: 'fr' | 'ar') =>
      source.filter(
        (key) => CATALOGUES[locale][key as keyof typeof en] === en[key as keyof typeof en],
      );
    const names = ['app.name', 'app.documentTitle'];
    // "Action(s)", "Pages", "Page {page}", "Description", "Format", "Distance",
    // "Import", "Export", "Police" and "Provenance" are spelled the same in French;
    // the TLP and PAP protocols keep their English names.
    const sharedWithFrench = [
      'audit.action',
      'audit.actionColumn',
      'users.actions',
      'tokens.actions',
      'common.pagination',
      'common.goToPage',
      'banks.description',
      'banks.tlp',
      'banks.pap',
      'import.crumb',
      'import.format',
      'export.crumb',
      'export.format',
      'match.distance',
      'nodeKind.police',
      'peers.actions',
      'provenance.title',
      'received.actions',
      'sharing.actions',
    ];
    assert.deepEqual(identical('fr').sort(), [...names, ...sharedWithFrench].sort());
    // "{scheme}: {value}" is a pattern without words; Arabic writes it the same way.
    assert.deepEqual(identical('ar').sort(), [...names, 'grade.label'].sort());
  });
});

describe('placeholders', () => {
  it('fills named placeholders and leaves unknown ones visible', () => {
    assert.equal(
      fillPlaceholders('Hello {name}, {missing}', { name: 'Amira' }),
      'Hello Amira, {missing}',
    );
  });

  it('lists placeholders sorted, repeated ones included', () => {
    assert.deepEqual(placeholdersOf('{b} and {a} and {b}'), ['a', 'b', 'b']);
  });
});

describe('initial language', () => {
  it('prefers the saved locale, then the first supported browser language, then English', () => {
    assert.equal(initialLocale('ar', ['fr-FR']), 'ar');
    assert.equal(initialLocale(null, ['de-DE', 'fr-CA', 'en']), 'fr');
    assert.equal(initialLocale(undefined, ['de', 'es']), 'en');
    assert.equal(initialLocale('xx', ['AR-EG']), 'ar');
  });
});
