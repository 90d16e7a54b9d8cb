// Reservations: those the instruments allow, and those the research records for particular
// States, read into their effect on the conduct taxonomy. The research records reservations
// as examples, not complete lists: a State with no entry here may still have reserved.

import type { ConductId, InstrumentId } from '../model.ts';

/** What a reservation does to a State's obligations. */
export type ReservationEffect =
  /** The conduct need not be criminalised at all under the instrument. */
  | { readonly kind: 'removes_conducts'; readonly conducts: readonly ConductId[] }
  /** Part of the conduct need not be criminalised (e.g. consensual images of 15-year-olds). */
  | { readonly kind: 'narrows_conducts'; readonly conducts: readonly ConductId[] }
  /** The State does not apply these articles. */
  | { readonly kind: 'excludes_articles'; readonly articles: readonly string[] }
  /** Budapest 29(4): preservation may be refused without dual criminality (non-Convention offences). */
  | { readonly kind: 'requires_dual_criminality_for_preservation' };

/** A reservation an instrument permits, from the research's summary of the article. */
export interface AllowedReservation {
  readonly instrument: InstrumentId;
  readonly article: string;
  readonly covers: string;
  readonly effect: ReservationEffect;
  readonly unverified: boolean;
  readonly sources: readonly string[];
}

export const ALLOWED_RESERVATIONS: readonly AllowedReservation[] = [
  {
    instrument: 'BUDAPEST',
    article: '9(4)',
    covers:
      '9(1)(d) procuring, 9(1)(e) possession, 9(2)(b) person appearing to be a minor, 9(2)(c) realistic images',
    effect: {
      kind: 'removes_conducts',
      conducts: [
        'csam.procuring',
        'csam.possession',
        'csam.appearing_minor',
        'csam.virtual_realistic',
      ],
    },
    unverified: false,
    sources: ['BUD_TEXT'],
  },
  {
    instrument: 'BUDAPEST',
    article: '29(4)',
    covers: 'refusing preservation without dual criminality, for offences other than Arts. 2-11',
    effect: { kind: 'requires_dual_criminality_for_preservation' },
    unverified: false,
    sources: ['BUD_TEXT'],
  },
  {
    instrument: 'BUDAPEST',
    article: '22(2)',
    covers: 'jurisdiction under 22(1)(b)-(d), including over nationals abroad',
    effect: { kind: 'excludes_articles', articles: ['22(1)(b)', '22(1)(c)', '22(1)(d)'] },
    unverified: false,
    sources: ['BUD_TEXT'],
  },
  {
    instrument: 'LANZAROTE',
    article: '20(3)',
    covers:
      'simulated or realistic images of a non-existent child; self-produced consensual images of children above the Art. 18(2) age for private use',
    effect: {
      kind: 'removes_conducts',
      conducts: ['csam.virtual_realistic', 'csam.self_generated'],
    },
    unverified: false,
    sources: ['LZ_ART20_21', 'LZ_ART20_IT'],
  },
  {
    instrument: 'LANZAROTE',
    article: '20(4)',
    covers: '20(1)(f) knowingly obtaining access through ICT',
    effect: { kind: 'removes_conducts', conducts: ['csam.access'] },
    unverified: false,
    sources: ['LZ_ART20_21'],
  },
  {
    instrument: 'LANZAROTE',
    article: '21(2)',
    covers: '21(1)(c) knowingly attending performances, limitable to recruited or coerced children',
    effect: { kind: 'narrows_conducts', conducts: ['livestream.performance'] },
    unverified: false,
    sources: ['LZ_ART20_21'],
  },
  {
    instrument: 'UNCC',
    article: '14(2)-(4)',
    covers:
      'limiting to material of an existing person or actual abuse; excluding self-generated material (per secondary sources)',
    effect: {
      kind: 'narrows_conducts',
      conducts: ['csam.virtual_realistic', 'csam.nonvisual_or_drawn', 'csam.self_generated'],
    },
    unverified: true,
    sources: ['UNCC_CFAM', 'UNCC_CFAM2', 'UNCC_DIGWATCH'],
  },
  {
    instrument: 'UNCC',
    article: '15(4)',
    covers: 'an exclusion for grooming similar to 14(4) (per a secondary source)',
    effect: {
      kind: 'narrows_conducts',
      conducts: ['grooming.meeting', 'grooming.sexual_communication'],
    },
    unverified: true,
    sources: ['UNCC_CFAM2'],
  },
];

/** A reservation the research records for one State. */
export interface RecordedReservation {
  readonly jurisdiction: string;
  readonly instrument: InstrumentId;
  readonly article: string;
  readonly text: string;
  readonly effects: readonly ReservationEffect[];
  readonly unverified: boolean;
  readonly sources: readonly string[];
}

export const RECORDED_RESERVATIONS: readonly RecordedReservation[] = [
  {
    // Law 27.411 requires these reservations on deposit; the deposited text is not checked.
    jurisdiction: 'AR',
    instrument: 'BUDAPEST',
    article: '9(4)',
    text: 'reservations required by Law 27.411 on deposit: 9(1)(d) procuring, 9(2)(b) person appearing to be a minor, 9(2)(c) realistic images (as deposited: unverified)',
    effects: [
      {
        kind: 'removes_conducts',
        conducts: ['csam.procuring', 'csam.appearing_minor', 'csam.virtual_realistic'],
      },
    ],
    unverified: true,
    sources: ['BUD_AR_LEY', 'BUD_PARTIES_NL'],
  },
  {
    jurisdiction: 'JP',
    instrument: 'CETS224',
    article: '7',
    text: 'reserves the right not to apply Art. 7 (direct disclosure of subscriber information)',
    effects: [{ kind: 'excludes_articles', articles: ['7'] }],
    unverified: false,
    sources: ['CETS224_STATUS2'],
  },
  {
    // 2004 Diet documents on planned declarations; Japan criminalised possession in 2014.
    jurisdiction: 'JP',
    instrument: 'BUDAPEST',
    article: '9',
    text: 'planned declarations (2004): simple possession not criminalised except for provision; only depictions of real children (current status unverified)',
    effects: [
      { kind: 'narrows_conducts', conducts: ['csam.possession'] },
      { kind: 'removes_conducts', conducts: ['csam.virtual_realistic', 'csam.appearing_minor'] },
    ],
    unverified: true,
    sources: ['BUD_JP_DECL'],
  },
  {
    jurisdiction: 'DK',
    instrument: 'BUDAPEST',
    article: '9(4)',
    text: 'possession of images of a person aged 15+ who consented not covered; "appearing to be a minor" excluded',
    effects: [
      { kind: 'narrows_conducts', conducts: ['csam.possession'] },
      { kind: 'removes_conducts', conducts: ['csam.appearing_minor'] },
    ],
    unverified: false,
    sources: ['BUD_RES_DK'],
  },
  {
    jurisdiction: 'DK',
    instrument: 'LANZAROTE',
    article: '20(3)',
    text: 'does not apply 20(1)(a),(e) to self-produced consensual images of children above the age of consent for private use',
    effects: [{ kind: 'removes_conducts', conducts: ['csam.self_generated'] }],
    unverified: false,
    sources: ['LZ_RES_DK'],
  },
  {
    jurisdiction: 'ME',
    instrument: 'BUDAPEST',
    article: '9(4)',
    text: 'procuring and possession not offences where the person depicted turned 14 and consented; "appearing to be a minor" excluded',
    effects: [
      { kind: 'narrows_conducts', conducts: ['csam.procuring', 'csam.possession'] },
      { kind: 'removes_conducts', conducts: ['csam.appearing_minor'] },
    ],
    unverified: false,
    sources: ['BUD_RES_ME'],
  },
  {
    jurisdiction: 'AT',
    instrument: 'BUDAPEST',
    article: '29(4)',
    text: 'refuses preservation requests without dual criminality, except for Arts. 2-11 offences',
    effects: [{ kind: 'requires_dual_criminality_for_preservation' }],
    unverified: false,
    sources: ['BUD_RES_AT'],
  },
];

/** The reservations recorded for a State under an instrument. */
export function recordedReservations(
  jurisdiction: string,
  instrument?: InstrumentId,
): readonly RecordedReservation[] {
  return RECORDED_RESERVATIONS.filter(
    (r) =>
      r.jurisdiction === jurisdiction && (instrument === undefined || r.instrument === instrument),
  );
}
