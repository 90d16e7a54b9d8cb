import { v1, type ConcordClient } from '@concord/client';
import type { Pap, Purpose, Tlp } from '../../api/protocol-lists.ts';
import type { PlainMessageKey } from '../../i18n/catalogue.ts';

/** The create-bank form as typed. */
export interface NewBankValues {
  readonly name: string;
  readonly description: string;
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
export const EMPTY_BANK: NewBankValues = {
  name: '',
  description: '',
  tlp: 'AMBER',
  pap: 'AMBER',
  noOnwardTransmission: false,
  intelligenceOnly: false,
  retainUntil: '',
  permittedPurposes: [],
};

export type NewBankProblems = Partial<
  Record<'name' | 'description' | 'retainUntil', PlainMessageKey>
>;

export type CreateBankBody = Parameters<ConcordClient['banks']['create']>[0];

/**
 * The request to send, or what is wrong with the form. A retention date means
 * receivers delete the signals at the end of that day, UTC.
 *
 * @example
 * newBankRequest({ ...EMPTY_BANK, name: 'Known' }, new Date()) // { kind: 'problems', problems: { name: 'banks.nameInvalid' } }
 */
export function newBankRequest(
  values: NewBankValues,
  now: Date,
):
  | { readonly kind: 'ok'; readonly body: CreateBankBody }
  | { readonly kind: 'problems'; readonly problems: NewBankProblems } {
  const problems: { -readonly [K in keyof NewBankProblems]: NewBankProblems[K] } = {};
  const name = values.name.trim();
  if (!v1.BankName.safeParse(name).success) problems.name = 'banks.nameInvalid';
  const description = values.description.trim();
  if (description.length > 500) problems.description = 'banks.descriptionTooLong';
  const retainUntil = values.retainUntil === '' ? null : `${values.retainUntil}T23:59:59.999Z`;
  if (retainUntil !== null && !(Date.parse(retainUntil) > now.getTime()))
    problems.retainUntil = 'banks.retainUntilPast';
  if (Object.keys(problems).length > 0) return { kind: 'problems', problems };
  return {
    kind: 'ok',
    body: {
      name,
      description,
      handling: {
        tlp: values.tlp,
        pap: values.pap,
        restrictions: {
          noOnwardTransmission: values.noOnwardTransmission,
          intelligenceOnly: values.intelligenceOnly,
          retainUntil,
          permittedPurposes:
            values.permittedPurposes.length > 0 ? [...values.permittedPurposes] : null,
        },
      },
    },
  };
}
