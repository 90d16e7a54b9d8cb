// The harmonisation criteria of notes.md: OPSC Art. 3, Budapest Art. 9, Lanzarote Arts. 18-24
// and ICMEC's five criteria, each tested against a national profile. A criterion with no
// conduct in the taxonomy (Lanzarote 18, 22, 24) cannot be assessed and stays unknown.

import type { ConductId, StandardId } from '../model.ts';
import type { LegislationField } from '../profiles/profile-readings.ts';

export const CRITERION_GROUPS = ['icmec', 'opsc', 'budapest', 'lanzarote'] as const;
export type CriterionGroup = (typeof CRITERION_GROUPS)[number];

export type CriterionTest =
  /** Met when every conduct is an offence. */
  | { readonly kind: 'conducts'; readonly conducts: readonly ConductId[] }
  /** Met when the legislation has the feature. */
  | { readonly kind: 'legislation'; readonly field: LegislationField }
  /** Met when material of anyone under this age is covered. */
  | { readonly kind: 'age'; readonly atLeast: number }
  /** The data has nothing to test it against. */
  | { readonly kind: 'not_assessable'; readonly why: string };

export interface Criterion {
  readonly id: string;
  readonly group: CriterionGroup;
  readonly standard: StandardId;
  readonly article: string;
  readonly label: string;
  readonly test: CriterionTest;
  /** True where the research marks the article number unverified. */
  readonly articleUnverified: boolean;
  readonly sources: readonly string[];
}

const NO_CONDUCT = 'the conduct taxonomy has no conduct for this article, so it is not assessed';

const icmec = (n: number, test: CriterionTest): Criterion => ({
  id: `icmec.${n}`,
  group: 'icmec',
  standard: 'ICMEC',
  article: `criterion ${n}`,
  // Replaced by the dataset's own label when the report is built.
  label: '',
  test,
  articleUnverified: false,
  sources: ['ICMEC_9_CH', 'ICMEC_1'],
});

export const CRITERIA: readonly Criterion[] = [
  icmec(1, { kind: 'legislation', field: 'csamSpecificLaw' }),
  icmec(2, { kind: 'legislation', field: 'csamDefinition' }),
  icmec(3, { kind: 'legislation', field: 'technologyFacilitatedOffences' }),
  icmec(4, { kind: 'conducts', conducts: ['csam.possession'] }),
  icmec(5, { kind: 'legislation', field: 'ispReportingDuty' }),
  ...(
    [
      ['opsc.3.1.a', '3(1)(a)', 'Sale of children', ['sale_of_children']],
      ['opsc.3.1.b', '3(1)(b)', 'Child prostitution', ['child_prostitution']],
      [
        'opsc.3.1.c',
        '3(1)(c)',
        'Producing, distributing, offering, selling child pornography',
        ['csam.production', 'csam.distribution'],
      ],
    ] as const
  ).map(([id, article, label, conducts]): Criterion => ({
    id,
    group: 'opsc',
    standard: 'OPSC',
    article,
    label,
    test: { kind: 'conducts', conducts },
    articleUnverified: false,
    sources: ['OPSC_TEXT'],
  })),
  ...(
    [
      [
        'budapest.9.1.a',
        '9(1)(a)',
        'Producing for distribution through a computer system',
        ['csam.production'],
      ],
      [
        'budapest.9.1.b-c',
        '9(1)(b)-(c)',
        'Offering, making available, distributing or transmitting',
        ['csam.distribution'],
      ],
      ['budapest.9.1.d', '9(1)(d)', 'Procuring (reservable, 9(4))', ['csam.procuring']],
      ['budapest.9.1.e', '9(1)(e)', 'Possessing (reservable, 9(4))', ['csam.possession']],
      [
        'budapest.9.2.b',
        '9(2)(b)',
        'A person appearing to be a minor (reservable, 9(4))',
        ['csam.appearing_minor'],
      ],
      [
        'budapest.9.2.c',
        '9(2)(c)',
        'Realistic images representing a minor (reservable, 9(4))',
        ['csam.virtual_realistic'],
      ],
    ] as const
  ).map(([id, article, label, conducts]): Criterion => ({
    id,
    group: 'budapest',
    standard: 'BUDAPEST',
    article,
    label,
    test: { kind: 'conducts', conducts },
    articleUnverified: false,
    sources: ['BUD_TEXT'],
  })),
  {
    id: 'budapest.9.3',
    group: 'budapest',
    standard: 'BUDAPEST',
    article: '9(3)',
    label: 'Minor means under 18 (a Party may set a lower limit, not below 16)',
    test: { kind: 'age', atLeast: 18 },
    articleUnverified: false,
    sources: ['BUD_TEXT'],
  },
  lanzarote(
    'lanzarote.18',
    '18',
    'Sexual abuse',
    { kind: 'not_assessable', why: NO_CONDUCT },
    false,
    ['LZ_ART23_CZ'],
  ),
  lanzarote(
    'lanzarote.19',
    '19',
    'Child prostitution',
    { kind: 'conducts', conducts: ['child_prostitution'] },
    true,
    ['LZ_10Y'],
  ),
  lanzarote(
    'lanzarote.20.1.a-e',
    '20(1)(a)-(e)',
    'Producing, offering, distributing, procuring, possessing',
    {
      kind: 'conducts',
      conducts: ['csam.production', 'csam.distribution', 'csam.procuring', 'csam.possession'],
    },
    false,
    ['LZ_ART20_21'],
  ),
  lanzarote(
    'lanzarote.20.1.f',
    '20(1)(f)',
    'Knowingly obtaining access through ICT (reservable, 20(4))',
    { kind: 'conducts', conducts: ['csam.access'] },
    false,
    ['LZ_ART20_21'],
  ),
  lanzarote(
    'lanzarote.21',
    '21',
    'Pornographic performances, including knowingly attending',
    { kind: 'conducts', conducts: ['livestream.performance'] },
    false,
    ['LZ_ART20_21'],
  ),
  lanzarote(
    'lanzarote.22',
    '22',
    'Corruption of children',
    { kind: 'not_assessable', why: NO_CONDUCT },
    true,
    ['LZ_10Y'],
  ),
  lanzarote(
    'lanzarote.23',
    '23',
    'Solicitation of children (grooming) with a proposal to meet',
    { kind: 'conducts', conducts: ['grooming.meeting'] },
    false,
    ['LZ_ART23_CZ'],
  ),
  lanzarote(
    'lanzarote.23.online',
    '23',
    'Solicitation committed exclusively online (Lanzarote Committee opinion, 2015)',
    { kind: 'conducts', conducts: ['grooming.sexual_communication'] },
    false,
    ['LZ_OP23'],
  ),
  lanzarote(
    'lanzarote.24',
    '24',
    'Aiding or abetting and attempt',
    { kind: 'not_assessable', why: NO_CONDUCT },
    true,
    ['LZ_10Y'],
  ),
];

function lanzarote(
  id: string,
  article: string,
  label: string,
  test: CriterionTest,
  articleUnverified: boolean,
  sources: readonly string[],
): Criterion {
  return {
    id,
    group: 'lanzarote',
    standard: 'LANZAROTE',
    article,
    label,
    test,
    articleUnverified,
    sources,
  };
}
