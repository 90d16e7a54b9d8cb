// The vocabulary of the legal knowledge base: instrument, conduct and measure ids, party
// statuses, and the shapes of the bundled dataset. Ids are those of the research file
// (../shared/legal/legal-data.json); the dataset test fails if the file and these lists part.

/** Instruments, with the ids the research data uses. */
export const INSTRUMENT_IDS = [
  'OPSC',
  'BUDAPEST',
  'CETS224',
  'LANZAROTE',
  'ILO_C182',
  'HAGUE1980',
  'UNTOC_TIP',
  'UNCC',
  'EU_DIR_2011_93',
  'EU_EIO',
  'EU_EEVIDENCE',
  'US_CLOUD',
] as const;
export type InstrumentId = (typeof INSTRUMENT_IDS)[number];

/** The instruments with a jurisdiction × instrument party matrix in the research data. */
export const MATRIX_INSTRUMENT_IDS = [
  'OPSC',
  'BUDAPEST',
  'LANZAROTE',
  'ILO_C182',
  'HAGUE1980',
  'CETS224',
  'UNCC',
] as const;
export type MatrixInstrumentId = (typeof MATRIX_INSTRUMENT_IDS)[number];

/** Conduct ids of the research data's 17-conduct taxonomy. */
export const CONDUCT_IDS = [
  'csam.production',
  'csam.distribution',
  'csam.procuring',
  'csam.possession',
  'csam.access',
  'csam.appearing_minor',
  'csam.virtual_realistic',
  'csam.nonvisual_or_drawn',
  'csam.self_generated',
  'livestream.performance',
  'grooming.meeting',
  'grooming.sexual_communication',
  'sextortion',
  'child_prostitution',
  'sale_of_children',
  'trafficking.child',
  'csam.ai_tools',
] as const;
export type ConductId = (typeof CONDUCT_IDS)[number];

/** What one jurisdiction may ask of another. */
export const MEASURES = [
  'preservation',
  'subscriber_info',
  'traffic_data',
  'content_data',
  'search_seizure',
  'spontaneous_info',
  'emergency_disclosure',
  'extradition',
  'jit',
] as const;
export type Measure = (typeof MEASURES)[number];

/** How pressing a request is; `emergency` means a risk to life or physical safety. */
export const URGENCIES = ['routine', 'urgent', 'emergency'] as const;
export type Urgency = (typeof URGENCIES)[number];

/**
 * How a value is known: `direct` (a source states it), `derived` (inferred from a list's
 * composition or absence), `weak` (a secondary digest), `none` (no source: unknown).
 */
export const BASES = ['direct', 'derived', 'weak', 'none'] as const;
export type Basis = (typeof BASES)[number];

/** A jurisdiction's standing under an instrument. */
export const PARTY_STATUSES = ['party', 'signatory', 'not_party', 'not_signed', 'unknown'] as const;
export type PartyStatus = (typeof PARTY_STATUSES)[number];

/** Whether a jurisdiction's law makes a conduct an offence. */
export const CRIMINALISATION = ['yes', 'no', 'partial', 'unknown'] as const;
export type Criminalisation = (typeof CRIMINALISATION)[number];

/** One cited source, as the research data records it. */
export interface SourceRecord {
  readonly id: string;
  readonly title: string;
  /** A URL or `github:owner/repo/path`. */
  readonly ref: string;
  /** The research's own judgement of the source, e.g. "official (CoE)" or "weak secondary". */
  readonly reliability: string;
}

/** One cell of the party matrix. */
export interface PartyCell {
  readonly status: PartyStatus;
  /** Ratification, accession or entry into force, as the cell's note says; or 'unknown'. */
  readonly year: number | 'unknown';
  readonly basis: Basis;
  /** The date the research says the cell was true on ("as of", "re-checked"), if it says one. */
  readonly asOf: string | null;
  readonly note: string;
  readonly sources: readonly string[];
}

export interface JurisdictionRecord {
  readonly iso2: string;
  readonly name: string;
  readonly parties: Readonly<Record<MatrixInstrumentId, PartyCell>>;
}

/** An article of an instrument, as summarised by the research. */
export interface ProvisionRecord {
  readonly article: string;
  readonly title: string;
  readonly summary: string;
  /** True where the research marks the article (often its numbering) as unverified. */
  readonly unverified: boolean;
  readonly sources: readonly string[];
}

export interface DeadlineRecord {
  readonly name: string;
  /** A number in `unit`, a date, or 'unknown'. */
  readonly value: number | string;
  readonly unit: string;
  readonly article: string;
  readonly kind: string;
  readonly unverified: boolean;
  readonly note: string | null;
  readonly sources: readonly string[];
}

export interface ReservationExample {
  /** The reserving State's name as the research writes it. */
  readonly party: string;
  readonly article: string;
  readonly text: string;
  readonly unverified: boolean;
  readonly sources: readonly string[];
}

export interface SourcedNote {
  readonly text: string;
  readonly sources: readonly string[];
}

export interface PartiesCount {
  /** A count, or the research's description ("EU Member States", "unknown"). */
  readonly value: number | string;
  readonly signatories: number | null;
  readonly asOf: string | null;
  readonly note: string | null;
  readonly sources: readonly string[];
}

export interface InstrumentRecord {
  readonly id: InstrumentId;
  readonly title: string;
  /** As the research writes it: a date, or a date with context. */
  readonly adopted: string;
  /** As the research writes it: a date, "unknown", or why it is not in force. */
  readonly entryIntoForce: string;
  readonly scope: string;
  readonly partiesCount: PartiesCount;
  readonly provisions: readonly ProvisionRecord[];
  readonly deadlines: readonly DeadlineRecord[];
  readonly reservationExamples: readonly ReservationExample[];
  readonly notes: readonly SourcedNote[];
  readonly sources: readonly string[];
}

/** A standard a conduct is measured against: an instrument, or ICMEC's model criteria. */
export type StandardId = InstrumentId | 'ICMEC';

export interface ConductRecord {
  readonly id: ConductId;
  readonly label: string;
  readonly description: string;
  readonly instrumentRefs: readonly {
    readonly instrument: StandardId;
    readonly article: string;
    readonly note: string | null;
  }[];
}

/** An example of national law, verbatim from the research. */
export interface NationalLawExample {
  /** Usually an ISO 3166-1 code; "EU" for the Union. */
  readonly iso2: string;
  readonly attribute: string;
  readonly value: string;
  readonly unverified: boolean;
  readonly note: string | null;
  readonly sources: readonly string[];
}

export interface IcmecEdition {
  readonly edition: number;
  /** Year or year-month of publication. */
  readonly published: string;
  /** The edition's headline counts, under the research's own keys. */
  readonly figures: Readonly<Record<string, number>>;
  /** Countries that met all five criteria, where the edition says so. */
  readonly metAllFive: readonly string[] | null;
  readonly sources: readonly string[];
}

export interface IcmecRecord {
  readonly criteria: readonly { readonly id: string; readonly label: string }[];
  readonly criteriaSources: readonly string[];
  readonly latestConfirmedEdition: IcmecEdition;
  readonly history: readonly IcmecEdition[];
  readonly edition10: {
    readonly year: number;
    readonly figures: string;
    readonly sources: readonly string[];
  };
}

/** The whole bundled knowledge base, generated from the research file. */
export interface LawDataset {
  readonly meta: {
    readonly sourceFile: string;
    readonly sha256: string;
    /** The research file's own description of itself. */
    readonly description: string;
    readonly requiredMatrixInstruments: readonly MatrixInstrumentId[];
  };
  /** Every cited source once, sorted by id. */
  readonly sources: readonly SourceRecord[];
  readonly instruments: readonly InstrumentRecord[];
  readonly jurisdictions: readonly JurisdictionRecord[];
  readonly conducts: readonly ConductRecord[];
  readonly nationalLawExamples: readonly NationalLawExample[];
  readonly icmec: IcmecRecord;
}

export function isInstrumentId(value: string): value is InstrumentId {
  return (INSTRUMENT_IDS as readonly string[]).includes(value);
}

export function isMatrixInstrumentId(value: string): value is MatrixInstrumentId {
  return (MATRIX_INSTRUMENT_IDS as readonly string[]).includes(value);
}

export function isConductId(value: string): value is ConductId {
  return (CONDUCT_IDS as readonly string[]).includes(value);
}

export function isMeasure(value: string): value is Measure {
  return (MEASURES as readonly string[]).includes(value);
}

export function isUrgency(value: string): value is Urgency {
  return (URGENCIES as readonly string[]).includes(value);
}
