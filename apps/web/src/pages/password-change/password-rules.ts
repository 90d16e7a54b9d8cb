import type { PlainMessageKey } from '../../i18n/catalogue.ts';

export interface PasswordChangeInput {
  readonly current: string;
  readonly next: string;
  readonly repeat: string;
}

export type PasswordChangeProblems = {
  readonly [Field in keyof PasswordChangeInput]?: PlainMessageKey;
};

/** The server's password rules, checked before sending so people learn them at once. */
export const MIN_PASSWORD_LENGTH = 12;

export function passwordChangeProblems(
  input: PasswordChangeInput,
  username: string,
): PasswordChangeProblems {
  const problems: { -readonly [F in keyof PasswordChangeInput]?: PlainMessageKey } = {};
  if (input.current === '') problems.current = 'passwordChange.currentRequired';
  if (input.next.length < MIN_PASSWORD_LENGTH) problems.next = 'passwordChange.tooShort';
  else if (input.next.toLowerCase().includes(username.toLowerCase()))
    problems.next = 'passwordChange.containsUsername';
  else if (input.next === input.current) problems.next = 'passwordChange.sameAsCurrent';
  if (!problems.next && input.repeat !== input.next) problems.repeat = 'passwordChange.mismatch';
  return problems;
}
