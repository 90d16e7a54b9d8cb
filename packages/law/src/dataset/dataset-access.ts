// Reading the knowledge base: jurisdictions, instruments with their rules, and party status
// for any jurisdiction × instrument. Each accessor takes the dataset, defaulting to the
// bundled one, so tests and a node holding a newer dataset ask the same questions.

import { err, isJurisdictionCode, ok, type CodedError, type Result } from '@concord/core';
import { BUNDLED_DATASET } from '../data/legal-dataset.generated.ts';
import {
  INSTRUMENT_IDS,
  isInstrumentId,
  isMatrixInstrumentId,
  type Basis,
  type InstrumentId,
  type InstrumentRecord,
  type LawDataset,
  type PartyStatus,
  type ProvisionRecord,
  type SourceRecord,
} from '../model.ts';
import {
  CLOUD_AGREEMENTS,
  euParticipation,
  INSTRUMENT_RULES,
  type Application,
  type InstrumentKind,
} from '../rules/instrument-rules.ts';
import { PACKAGE_SOURCES } from '../rules/package-sources.ts';
import { TOPICS_BY_PROVISION, type ProvisionTopic } from '../rules/provision-topics.ts';
import {
  ALLOWED_RESERVATIONS,
  recordedReservations,
  type AllowedReservation,
  type RecordedReservation,
} from '../rules/reservations.ts';

export interface Provision extends ProvisionRecord {
  readonly topics: readonly ProvisionTopic[];
}

/** An instrument as the research records it, with the package's rules about it. */
export interface Instrument extends Omit<InstrumentRecord, 'provisions'> {
  readonly kind: InstrumentKind;
  readonly application: Application;
  readonly provisions: readonly Provision[];
  readonly allowedReservations: readonly AllowedReservation[];
}

/** A jurisdiction's standing under an instrument, with what it rests on. */
export interface PartyRecord {
  readonly jurisdiction: string;
  readonly instrument: InstrumentId;
  readonly status: PartyStatus;
  readonly year: number | 'unknown';
  readonly basis: Basis;
  readonly asOf: string | null;
  readonly note: string;
  readonly sources: readonly string[];
  /** Reservations the research records; others may exist. */
  readonly reservations: readonly RecordedReservation[];
}

/**
 * The jurisdictions the dataset has a party matrix for.
 *
 * @example
 * countries().map((c) => c.iso2) // ['US', 'GB', 'CA', ...]
 */
export function countries(
  dataset: LawDataset = BUNDLED_DATASET,
): readonly { readonly iso2: string; readonly name: string }[] {
  return dataset.jurisdictions.map((j) => ({ iso2: j.iso2, name: j.name }));
}

/**
 * Every instrument, in the research's order, with kind, application and allowed reservations.
 *
 * @example
 * instruments().find((i) => i.id === 'EU_EIO')?.application // { kind: 'from', date: '2014-05-21', ... }
 */
export function instruments(dataset: LawDataset = BUNDLED_DATASET): readonly Instrument[] {
  return dataset.instruments.map(withRules);
}

/**
 * One instrument by id.
 *
 * @example
 * const budapest = instrument('BUDAPEST');
 * if (budapest.ok) budapest.value.deadlines; // 29(7): 60 days, ...
 */
export function instrument(
  id: string,
  dataset: LawDataset = BUNDLED_DATASET,
): Result<Instrument, CodedError<'unknown_instrument'>> {
  const record = dataset.instruments.find((i) => i.id === id);
  return record === undefined
    ? err('unknown_instrument', `${id} is not an instrument id (${INSTRUMENT_IDS.join(', ')})`)
    : ok(withRules(record));
}

/**
 * A jurisdiction's party status under an instrument. Jurisdictions outside the dataset get
 * 'unknown' for the matrix instruments, never a guess.
 *
 * @example
 * const cell = partyStatus('TH', 'BUDAPEST');
 * if (cell.ok) cell.value.status; // 'not_party' (direct, BUD_TH_OCTOPUS)
 */
export function partyStatus(
  iso2: string,
  instrumentId: string,
  dataset: LawDataset = BUNDLED_DATASET,
): Result<PartyRecord, CodedError<'unknown_jurisdiction' | 'unknown_instrument'>> {
  if (!isJurisdictionCode(iso2))
    return err('unknown_jurisdiction', `${iso2} is not an ISO 3166-1 alpha-2 code`);
  if (!isInstrumentId(instrumentId))
    return err('unknown_instrument', `${instrumentId} is not an instrument id`);
  return ok(partyRecordOf(iso2, instrumentId, dataset));
}

/** Party status for checked inputs. */
export function partyRecordOf(iso2: string, id: InstrumentId, dataset: LawDataset): PartyRecord {
  const reservations = recordedReservations(iso2, id);
  const base = {
    jurisdiction: iso2,
    instrument: id,
    reservations,
    year: 'unknown' as const,
    asOf: null,
  };
  if (isMatrixInstrumentId(id)) {
    const cell = dataset.jurisdictions.find((j) => j.iso2 === iso2)?.parties[id];
    if (cell !== undefined) return { ...base, ...cell };
    return {
      ...base,
      status: 'unknown',
      basis: 'none',
      note: `${iso2} is not in the bundled dataset`,
      sources: [],
    };
  }
  switch (INSTRUMENT_RULES[id].membership) {
    case 'eu':
      return { ...base, ...euParticipation(iso2, id) };
    case 'bilateral':
      return cloudParty(iso2, base);
    case 'not_collected':
    case 'matrix':
      return {
        ...base,
        status: 'unknown',
        basis: 'none',
        note: 'party status for this instrument was not collected by the research',
        sources: [],
      };
  }
}

function cloudParty(
  iso2: string,
  base: Omit<PartyRecord, 'status' | 'basis' | 'note' | 'sources'>,
): PartyRecord {
  const agreements = CLOUD_AGREEMENTS.filter((a) => a.partners.includes(iso2));
  if (agreements.length === 0) {
    return {
      ...base,
      status: 'not_party',
      basis: 'derived',
      note: 'not among the CLOUD Act executive agreements recorded (US-UK, US-Australia; Canada negotiating as of Mar 2025)',
      sources: ['CLOUD_2025'],
    };
  }
  return {
    ...base,
    status: 'party',
    basis: 'direct',
    note: `CLOUD Act executive agreements: ${agreements.map((a) => a.article).join(', ')}`,
    sources: ['CLOUD_2025', 'CLOUD_AU'],
  };
}

/**
 * A source by id: the dataset's, the package rules' own, or one of `extra` (a published profile's).
 *
 * @example
 * findSource('BUD_TEXT')?.ref // 'github:statengeneraal/laws-markdown/...'
 */
export function findSource(
  id: string,
  dataset: LawDataset = BUNDLED_DATASET,
  extra: readonly SourceRecord[] = [],
): SourceRecord | undefined {
  return (
    dataset.sources.find((s) => s.id === id) ??
    PACKAGE_SOURCES.find((s) => s.id === id) ??
    extra.find((s) => s.id === id)
  );
}

function withRules(record: InstrumentRecord): Instrument {
  const topics = TOPICS_BY_PROVISION[record.id];
  return {
    ...record,
    kind: INSTRUMENT_RULES[record.id].kind,
    application: INSTRUMENT_RULES[record.id].application,
    provisions: record.provisions.map((p) => ({ ...p, topics: topics[p.article] ?? [] })),
    allowedReservations: ALLOWED_RESERVATIONS.filter((r) => r.instrument === record.id),
  };
}
