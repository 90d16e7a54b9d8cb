// What the planner must know about each instrument beyond the research file's words: its
// kind, whether it applies today, and who is bound by it. Each rule cites the source it rests
// on; where the research gives nothing, the rule says 'unknown' rather than guessing.
// instrument-rules.test.ts checks each date against the dataset's own entryIntoForce text.

import type { Basis, InstrumentId, PartyStatus } from '../model.ts';

export const INSTRUMENT_KINDS = [
  'un_treaty',
  'coe_treaty',
  'ilo_convention',
  'hcch_convention',
  'eu_directive',
  'eu_regulation',
  'bilateral_agreements',
] as const;
export type InstrumentKind = (typeof INSTRUMENT_KINDS)[number];

/** Whether an instrument applies at all, as the research records it. */
export type Application =
  | {
      readonly kind: 'from';
      readonly date: string;
      readonly basis: Basis;
      readonly sources: readonly string[];
    }
  | { readonly kind: 'not_in_force'; readonly why: string; readonly sources: readonly string[] }
  | { readonly kind: 'unknown'; readonly why: string }
  /** Bilateral agreements, each with its own date: see CLOUD_AGREEMENTS. */
  | { readonly kind: 'per_agreement' };

/** Who is bound: the party matrix, EU membership, bilateral agreements, or nobody known. */
export type Membership = 'matrix' | 'eu' | 'bilateral' | 'not_collected';

export interface InstrumentRule {
  readonly kind: InstrumentKind;
  readonly application: Application;
  readonly membership: Membership;
}

export const INSTRUMENT_RULES: Readonly<Record<InstrumentId, InstrumentRule>> = {
  OPSC: {
    kind: 'un_treaty',
    application: { kind: 'from', date: '2002-01-18', basis: 'direct', sources: ['OPSC_WIKI'] },
    membership: 'matrix',
  },
  BUDAPEST: {
    kind: 'coe_treaty',
    application: { kind: 'from', date: '2004-07-01', basis: 'direct', sources: ['BUD_NOTIF_2011'] },
    membership: 'matrix',
  },
  CETS224: {
    kind: 'coe_treaty',
    application: {
      kind: 'not_in_force',
      why: 'only Serbia, Japan and Hungary had ratified it in the source snapshot',
      sources: ['CETS224_STATUS', 'CETS224_STATUS2'],
    },
    membership: 'matrix',
  },
  LANZAROTE: {
    kind: 'coe_treaty',
    application: { kind: 'from', date: '2010-07-01', basis: 'direct', sources: ['LZ_EIF'] },
    membership: 'matrix',
  },
  ILO_C182: {
    kind: 'ilo_convention',
    application: { kind: 'unknown', why: 'its entry into force is not in the bundled data' },
    membership: 'matrix',
  },
  HAGUE1980: {
    kind: 'hcch_convention',
    application: { kind: 'from', date: '1983-12-01', basis: 'direct', sources: ['HAGUE_WIKI'] },
    membership: 'matrix',
  },
  UNTOC_TIP: {
    kind: 'un_treaty',
    application: { kind: 'unknown', why: 'its entry into force is not in the bundled data' },
    // notes.md 1.7: "party status for the sample not collected".
    membership: 'not_collected',
  },
  UNCC: {
    kind: 'un_treaty',
    application: {
      kind: 'not_in_force',
      why: 'it enters into force on the 90th day after the 40th instrument (Art. 65(1)), not yet reached',
      sources: ['UNCC_MTDSG'],
    },
    membership: 'matrix',
  },
  EU_DIR_2011_93: {
    kind: 'eu_directive',
    application: { kind: 'unknown', why: 'its entry into force is not in the bundled data' },
    membership: 'eu',
  },
  EU_EIO: {
    kind: 'eu_directive',
    application: { kind: 'from', date: '2014-05-21', basis: 'direct', sources: ['EIO_ART12'] },
    membership: 'eu',
  },
  EU_EEVIDENCE: {
    kind: 'eu_regulation',
    // The research's only source for the date is a weak secondary one; plans say so.
    application: { kind: 'from', date: '2026-08-18', basis: 'weak', sources: ['EEV_DATE'] },
    membership: 'eu',
  },
  US_CLOUD: {
    kind: 'bilateral_agreements',
    application: { kind: 'per_agreement' },
    membership: 'bilateral',
  },
};

/** A CLOUD Act executive agreement between the US and one partner. */
export interface CloudAgreement {
  readonly partners: readonly [string, string];
  /** The agreement as the research labels it, used as the article of a step. */
  readonly article: string;
  readonly application: Exclude<Application, { kind: 'per_agreement' }>;
}

export const CLOUD_AGREEMENTS: readonly CloudAgreement[] = [
  {
    partners: ['US', 'GB'],
    article: 'US-UK agreement',
    // "operational from 3 Oct 2022".
    application: {
      kind: 'from',
      date: '2022-10-03',
      basis: 'direct',
      sources: ['CLOUD_2025', 'CLOUD_IELR'],
    },
  },
  {
    partners: ['US', 'AU'],
    article: 'US-Australia agreement',
    application: {
      kind: 'unknown',
      why: 'signed 15 Dec 2021; its entry into force is not verified in the research',
    },
  },
];

/** EU Member States (ISO 3166-1), from the EU's own list [EU_COUNTRIES]. */
export const EU_MEMBER_STATES: readonly string[] =
  'AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK'.split(' ');

export interface EuParticipation {
  readonly status: PartyStatus;
  readonly basis: Basis;
  readonly sources: readonly string[];
  readonly note: string;
}

/** Whether a State takes part in an EU instrument. */
export function euParticipation(iso2: string, instrument: InstrumentId): EuParticipation {
  if (!EU_MEMBER_STATES.includes(iso2)) {
    return {
      status: 'not_party',
      basis: 'direct',
      sources: ['EU_COUNTRIES'],
      note: 'not an EU Member State',
    };
  }
  if (instrument === 'EU_EIO' && (iso2 === 'IE' || iso2 === 'DK')) {
    return {
      status: 'not_party',
      basis: 'direct',
      sources: ['EIO_SCOPE'],
      note: 'the EIO binds all Member States except Ireland and Denmark',
    };
  }
  if (instrument !== 'EU_EIO' && iso2 === 'DK') {
    // Denmark's position on these instruments is not in the research's sources.
    return {
      status: 'unknown',
      basis: 'none',
      sources: [],
      note: "Denmark's participation is not in the bundled data",
    };
  }
  return {
    status: 'party',
    basis: 'derived',
    sources: ['EU_COUNTRIES', ...EU_INSTRUMENT_SOURCES[instrument]],
    note: 'EU Member State; the instrument binds EU Member States',
  };
}

const EU_INSTRUMENT_SOURCES: Readonly<Record<InstrumentId, readonly string[]>> = {
  OPSC: [],
  BUDAPEST: [],
  CETS224: [],
  LANZAROTE: [],
  ILO_C182: [],
  HAGUE1980: [],
  UNTOC_TIP: [],
  UNCC: [],
  EU_DIR_2011_93: ['EU_DIR_EURLEX'],
  EU_EIO: ['EIO_SCOPE'],
  EU_EEVIDENCE: ['EEV_ART10'],
  US_CLOUD: [],
};
