import { err, ok, type CodedError, type Result } from '../result.ts';

/** Traffic Light Protocol 2.0 labels, from least to most restrictive. */
export const TLP_LEVELS = ['CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED'] as const;
export type Tlp = (typeof TLP_LEVELS)[number];

/** Permissible Actions Protocol labels, from least to most restrictive. */
export const PAP_LEVELS = ['CLEAR', 'GREEN', 'AMBER', 'RED'] as const;
export type Pap = (typeof PAP_LEVELS)[number];

/** Why a person may be using an item. Originators may limit an item to some of these. */
export const PURPOSES = [
  'investigation',
  'victim_identification',
  'prosecution',
  'victim_support',
  'statistics',
  'oversight',
] as const;
export type Purpose = (typeof PURPOSES)[number];

/** Conditions the originator attaches on top of TLP and PAP; receivers enforce them. */
export interface OriginatorRestrictions {
  /** A receiver must never pass the item to anyone else. */
  readonly noOnwardTransmission: boolean;
  /** Intelligence only: not for use in court unless the originator consents. */
  readonly intelligenceOnly: boolean;
  /** ISO 8601 instant after which a receiver must no longer hold the item, or null. */
  readonly retainUntil: string | null;
  /** The only purposes a receiver may use the item for, or null for any. */
  readonly permittedPurposes: readonly Purpose[] | null;
}

/** The handling code every shareable item carries. */
export interface HandlingCode {
  readonly tlp: Tlp;
  readonly pap: Pap;
  readonly restrictions: OriginatorRestrictions;
}

export const NO_RESTRICTIONS: OriginatorRestrictions = {
  noOnwardTransmission: false,
  intelligenceOnly: false,
  retainUntil: null,
  permittedPurposes: null,
};

/** The default for locally created items: share within the community, passive use only. */
export const DEFAULT_HANDLING: HandlingCode = {
  tlp: 'AMBER',
  pap: 'AMBER',
  restrictions: NO_RESTRICTIONS,
};

export function isTlp(value: string): value is Tlp {
  return (TLP_LEVELS as readonly string[]).includes(value);
}

export function isPap(value: string): value is Pap {
  return (PAP_LEVELS as readonly string[]).includes(value);
}

export function isPurpose(value: string): value is Purpose {
  return (PURPOSES as readonly string[]).includes(value);
}

/** Orders TLP labels: a negative number when `a` is less restrictive than `b`. */
export function compareTlp(a: Tlp, b: Tlp): number {
  return TLP_LEVELS.indexOf(a) - TLP_LEVELS.indexOf(b);
}

/**
 * The more restrictive of two handling codes, field by field. Distribution only
 * ever narrows as an item travels: a receiver combines the code it was given
 * with its own rule's code through this function.
 *
 * @example
 * narrowHandling({ ...DEFAULT_HANDLING, tlp: 'GREEN' }, { ...DEFAULT_HANDLING, tlp: 'AMBER' }).tlp // 'AMBER'
 */
export function narrowHandling(a: HandlingCode, b: HandlingCode): HandlingCode {
  return {
    tlp: compareTlp(a.tlp, b.tlp) >= 0 ? a.tlp : b.tlp,
    pap: PAP_LEVELS.indexOf(a.pap) >= PAP_LEVELS.indexOf(b.pap) ? a.pap : b.pap,
    restrictions: {
      noOnwardTransmission:
        a.restrictions.noOnwardTransmission || b.restrictions.noOnwardTransmission,
      intelligenceOnly: a.restrictions.intelligenceOnly || b.restrictions.intelligenceOnly,
      retainUntil: earlier(a.restrictions.retainUntil, b.restrictions.retainUntil),
      permittedPurposes: intersect(
        a.restrictions.permittedPurposes,
        b.restrictions.permittedPurposes,
      ),
    },
  };
}

function earlier(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return Date.parse(a) <= Date.parse(b) ? a : b;
}

function intersect(
  a: readonly Purpose[] | null,
  b: readonly Purpose[] | null,
): readonly Purpose[] | null {
  if (a === null) return b;
  if (b === null) return a;
  return a.filter((p) => b.includes(p));
}

/**
 * Reads a handling code from untrusted JSON (a file, a peer, a database
 * column), checking every field.
 *
 * @example
 * parseHandlingCode(JSON.parse(text)) // { ok: true, value: { tlp: 'GREEN', ... } }
 */
export function parseHandlingCode(
  value: unknown,
): Result<HandlingCode, CodedError<'invalid_handling_code'>> {
  const bad = (why: string) => err('invalid_handling_code', `not a handling code: ${why}`);
  if (typeof value !== 'object' || value === null) return bad('not an object');
  const { tlp, pap, restrictions } = value as Record<string, unknown>;
  if (typeof tlp !== 'string' || !isTlp(tlp)) return bad(`TLP ${JSON.stringify(tlp)}`);
  if (typeof pap !== 'string' || !isPap(pap)) return bad(`PAP ${JSON.stringify(pap)}`);
  if (typeof restrictions !== 'object' || restrictions === null) return bad('no restrictions');
  const r = restrictions as Record<string, unknown>;
  if (typeof r.noOnwardTransmission !== 'boolean' || typeof r.intelligenceOnly !== 'boolean') {
    return bad('restriction flags must be true or false');
  }
  if (
    r.retainUntil !== null &&
    (typeof r.retainUntil !== 'string' || Number.isNaN(Date.parse(r.retainUntil)))
  ) {
    return bad('retainUntil must be an ISO 8601 instant or null');
  }
  let purposes: Purpose[] | null = null;
  if (r.permittedPurposes !== null) {
    if (!Array.isArray(r.permittedPurposes)) return bad('permittedPurposes must be a list or null');
    purposes = [];
    for (const p of r.permittedPurposes) {
      if (typeof p !== 'string' || !isPurpose(p)) return bad(`purpose ${JSON.stringify(p)}`);
      purposes.push(p);
    }
  }
  return ok({
    tlp,
    pap,
    restrictions: {
      noOnwardTransmission: r.noOnwardTransmission,
      intelligenceOnly: r.intelligenceOnly,
      retainUntil: r.retainUntil,
      permittedPurposes: purposes,
    },
  });
}
