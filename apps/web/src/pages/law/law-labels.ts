import type { v1 } from '@concord/client';
import type { PlainMessageKey, Translate } from '../../i18n/catalogue.ts';

// Translated names of the legal vocabulary: conducts, measures, statuses, findings. Ids the UI
// does not know yet (a newer node) show as themselves rather than disappear.

type Criminalisation = 'yes' | 'no' | 'partial' | 'unknown';

function known<K extends string>(
  prefix: string,
  id: string,
  keys: readonly K[],
): PlainMessageKey | null {
  // Every `${prefix}${id}` for an id in `keys` is a catalogue key (law/en.ts lists them all).
  return (keys as readonly string[]).includes(id) ? (`${prefix}${id}` as PlainMessageKey) : null;
}

export function conductName(t: Translate, id: string): string {
  const key = known('law.conduct.', id, CONDUCTS);
  return key === null ? id : t(key);
}

export function measureName(t: Translate, id: string): string {
  const key = known('law.measure.', id, MEASURES);
  return key === null ? id : t(key);
}

export function statusName(t: Translate, status: v1.LawPartyStatus): string {
  return t(`law.status.${status}`);
}

export function criminalisationName(t: Translate, value: Criminalisation): string {
  return t(`law.crim.${value}`);
}

export function basisName(t: Translate, basis: 'direct' | 'derived' | 'weak' | 'none'): string {
  return t(`law.basis.${basis}`);
}

export function resultName(t: Translate, result: 'met' | 'not_met' | 'unknown'): string {
  return t(`law.result.${result}`);
}

/** A map legend category: a party status, or a gaps bucket. */
export function categoryName(
  t: Translate,
  metric: 'party_status' | 'gaps',
  category: string,
): string {
  const key =
    metric === 'gaps'
      ? known('law.gaps.', category, GAP_CATEGORIES)
      : known('law.status.', category, STATUSES);
  return key === null ? category : t(key);
}

export const CONDUCTS = [
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
] as const satisfies readonly v1.LawConductId[];

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
] as const satisfies readonly v1.LawMeasure[];

export const INSTRUMENTS = [
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
] as const satisfies readonly v1.LawInstrumentId[];

export const STATUSES = ['party', 'signatory', 'not_party', 'not_signed', 'unknown'] as const;
export const GAP_CATEGORIES = ['unknown', 'none', 'few', 'some', 'many'] as const;
export const URGENCIES = ['routine', 'urgent', 'emergency'] as const;
