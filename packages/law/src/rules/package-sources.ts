import type { SourceRecord } from '../model.ts';

/**
 * Sources the package's rules cite that legal-data.json does not hold: two that notes.md
 * cites for facts the JSON states without a source id, and one for a rule the research did
 * not record at all. The legal researchers should move them into legal-data.json.
 */
export const PACKAGE_SOURCES: readonly SourceRecord[] = [
  // Two sources notes.md cites for dates the JSON states without a source id.
  {
    // legal-data.json: e-Evidence "applies from 2026-08-18 (secondary source)".
    id: 'EEV_DATE',
    title: 'mjmirza/app-store-compliance discussion #1196 (e-Evidence mandatory 2026-08-18)',
    ref: 'https://github.com/mjmirza/app-store-compliance/discussions/1196',
    reliability: 'weak secondary; from notes.md, not in legal-data.json',
  },
  {
    // legal-data.json: Lanzarote entryIntoForce "2010-07-01".
    id: 'LZ_EIF',
    title: 'CoE Gender Matters: Lanzarote Convention entered into force 1 July 2010',
    ref: 'https://www.coe.int/en/web/gender-matters/the-council-of-europe-convention-on-the-protection-of-children-against-sexual-exploitation-and-sexual-abuse-also-known-as-the-lanzarote-convention.',
    reliability: 'official (CoE); from notes.md, not in legal-data.json',
  },
  {
    // Which States are EU Member States: needed to apply EU instruments at all (the research
    // names "EU Member States" as the parties of the EIO, e-Evidence and the 2011 Directive).
    id: 'EU_COUNTRIES',
    title: 'European Union: EU countries (the 27 Member States)',
    ref: 'https://european-union.europa.eu/principles-countries-history/eu-countries_en',
    reliability: 'official (EU); added by @concord/law rules, not in the research file',
  },
];
