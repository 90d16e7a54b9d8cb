import type { PlainMessageKey } from '../i18n/catalogue.ts';

/**
 * What a node card says about its node. The UI only shows these claims so a
 * person can check they have the card they expect; the node verifies the
 * card's signature, and trust comes from the fingerprint read aloud.
 */
export interface CardClaims {
  readonly nodeId: string;
  readonly name: string;
  readonly organisation: string;
  readonly kind: string;
  readonly jurisdiction: string;
  readonly endpoint: string;
}

export type ReadCard =
  | {
      readonly kind: 'card';
      /** The signed card, as the node takes it. */
      readonly card: Record<string, unknown>;
      readonly claims: CardClaims;
    }
  | { readonly kind: 'problem'; readonly problem: PlainMessageKey };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The claims of a signed card (`{card: {...}, signature, ...}`), or null when it has not that shape. */
export function cardClaims(signed: unknown): CardClaims | null {
  if (!isRecord(signed) || !isRecord(signed.card)) return null;
  const { nodeId, name, organisation, kind, jurisdiction, endpoint } = signed.card;
  const texts = [nodeId, name, organisation, kind, jurisdiction, endpoint];
  if (!texts.every((value) => typeof value === 'string')) return null;
  return {
    nodeId: String(nodeId),
    name: String(name),
    organisation: String(organisation),
    kind: String(kind),
    jurisdiction: String(jurisdiction),
    endpoint: String(endpoint),
  };
}

/**
 * Reads a card as pasted or uploaded. It also takes what `GET /node/card`
 * answers (`{card, fingerprint}`), using its card only: a fingerprint that
 * travels with the card proves nothing, so it is never taken from the file.
 *
 * @example
 * readCardText('{"hello": 1}') // { kind: 'problem', problem: 'peers.cardNotCard' }
 */
export function readCardText(text: string): ReadCard {
  if (text.trim() === '') return { kind: 'problem', problem: 'peers.cardRequired' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { kind: 'problem', problem: 'peers.cardNotJson' };
  }
  const signed =
    isRecord(json) && isRecord(json.card) && isRecord(json.card.card) ? json.card : json;
  const claims = cardClaims(signed);
  if (!claims || !isRecord(signed)) return { kind: 'problem', problem: 'peers.cardNotCard' };
  return { kind: 'card', card: signed, claims };
}

/**
 * The file name of a node's card: `node-card-<name>.json`, the name in
 * lower case with anything but letters, digits, dots and dashes made a dash.
 *
 * @example
 * cardFileName('Unit A (fictional)') // 'node-card-unit-a-fictional.json'
 */
export function cardFileName(nodeName: string): string {
  const slug = nodeName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9.-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `node-card-${slug || 'node'}.json`;
}

/** The fingerprint's groups of five digits (twelve of them for a full fingerprint). */
export function fingerprintGroups(fingerprint: string): readonly string[] {
  return fingerprint.replace(/[^0-9]/g, '').match(/.{1,5}/g) ?? [];
}

/** The first four groups: enough to tell peers apart in a list, too few to check a key by. */
export function shortFingerprint(fingerprint: string): string {
  return fingerprintGroups(fingerprint).slice(0, 4).join(' ');
}

/** A fingerprint as typed is complete when it has the sixty digits, whatever spaces or dashes. */
export function isCompleteFingerprint(typed: string): boolean {
  return /^[0-9\s-]+$/.test(typed) && typed.replace(/[^0-9]/g, '').length === 60;
}
