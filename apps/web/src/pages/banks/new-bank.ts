import { v1, type ConcordClient } from '@concord/client';
import type { PlainMessageKey } from '../../i18n/catalogue.ts';
import { DEFAULT_HANDLING_DRAFT, handlingOf, type HandlingDraft } from '../../ui/handling-draft.ts';

/** The create-bank form as typed: a name, a description and its default handling code. */
export interface NewBankValues extends HandlingDraft {
  readonly name: string;
  readonly description: string;
}

/** The node's default for local items: TLP:AMBER, PAP:AMBER, no further restriction. */
export const EMPTY_BANK: NewBankValues = { name: '', description: '', ...DEFAULT_HANDLING_DRAFT };

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
  const handling = handlingOf(values, now);
  if (handling.kind === 'problem') problems.retainUntil = handling.problem;
  if (Object.keys(problems).length > 0 || handling.kind === 'problem')
    return { kind: 'problems', problems };
  return { kind: 'ok', body: { name, description, handling: handling.handling } };
}
