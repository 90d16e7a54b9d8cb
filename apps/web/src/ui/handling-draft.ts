import type { v1 } from '@concord/client';
import type { Pap, Purpose, Tlp } from '../api/protocol-lists.ts';

/** A handling code as its form holds it. */
export interface HandlingDraft {
  readonly tlp: Tlp;
  readonly pap: Pap;
  readonly noOnwardTransmission: boolean;
  readonly intelligenceOnly: boolean;
  /** A `date` input's value (YYYY-MM-DD), or '' for no limit. */
  readonly retainUntil: string;
  /** None ticked means any purpose. */
  readonly permittedPurposes: readonly Purpose[];
}

/** The node's default for local items: TLP:AMBER, PAP:AMBER, no further restriction. */
export const DEFAULT_HANDLING_DRAFT: HandlingDraft = {
  tlp: 'AMBER',
  pap: 'AMBER',
  noOnwardTransmission: false,
  intelligenceOnly: false,
  retainUntil: '',
  permittedPurposes: [],
};

/** A handling code as its form starts from it (a retention instant becomes its UTC day). */
export function draftOf(handling: v1.HandlingCode): HandlingDraft {
  const { restrictions } = handling;
  return {
    tlp: handling.tlp,
    pap: handling.pap,
    noOnwardTransmission: restrictions.noOnwardTransmission,
    intelligenceOnly: restrictions.intelligenceOnly,
    retainUntil: restrictions.retainUntil ? restrictions.retainUntil.slice(0, 10) : '',
    permittedPurposes: restrictions.permittedPurposes ?? [],
  };
}

/**
 * The handling code a form describes, or the problem with it. A retention
 * date means receivers delete the items at the end of that day, UTC, so it
 * must be later than now.
 *
 * @example
 * handlingOf({ ...DEFAULT_HANDLING_DRAFT, retainUntil: '2020-01-01' }, new Date())
 * // { kind: 'problem', problem: 'banks.retainUntilPast' }
 */
export function handlingOf(
  draft: HandlingDraft,
  now: Date,
):
  | { readonly kind: 'ok'; readonly handling: v1.HandlingCode }
  | { readonly kind: 'problem'; readonly problem: 'banks.retainUntilPast' } {
  const retainUntil = draft.retainUntil === '' ? null : `${draft.retainUntil}T23:59:59.999Z`;
  if (retainUntil !== null && !(Date.parse(retainUntil) > now.getTime()))
    return { kind: 'problem', problem: 'banks.retainUntilPast' };
  return {
    kind: 'ok',
    handling: {
      tlp: draft.tlp,
      pap: draft.pap,
      restrictions: {
        noOnwardTransmission: draft.noOnwardTransmission,
        intelligenceOnly: draft.intelligenceOnly,
        retainUntil,
        permittedPurposes: draft.permittedPurposes.length > 0 ? [...draft.permittedPurposes] : null,
      },
    },
  };
}
