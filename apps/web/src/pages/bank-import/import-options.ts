import type { ConcordClient } from '@concord/client';
import type { ExchangeFormat } from '../../api/exchange-formats.ts';
import type { GradeScheme, SignalType } from '../../api/protocol-lists.ts';
import type { PlainMessageKey } from '../../i18n/catalogue.ts';

/** The largest file the node accepts for an import (its IMPORT_BODY_LIMIT). */
export const IMPORT_LIMIT_BYTES = 256 * 1024 * 1024;

/** The import form as chosen ('' = not chosen, or the node's default). */
export interface ImportDraft {
  readonly file: File | null;
  readonly format: ExchangeFormat | '';
  /** The format was guessed from the file name (the form says so, and the user may change it). */
  readonly formatGuessed: boolean;
  readonly strict: boolean;
  /** Hash lists: the type of every line; '' lets the node tell by length where it can. */
  readonly signalType: SignalType | '';
  /** VICS: the scheme of its Category; '' keeps the node's default. */
  readonly vicsCategoryScheme: GradeScheme | '';
  readonly gradedBy: string;
  readonly lawfulBasis: string;
}

export const EMPTY_IMPORT: ImportDraft = {
  file: null,
  format: '',
  formatGuessed: false,
  strict: false,
  signalType: '',
  vicsCategoryScheme: '',
  gradedBy: '',
  lawfulBasis: '',
};

export type ImportQuery = Parameters<ConcordClient['banks']['import']>[2];

export type ImportProblems = Partial<
  Record<'file' | 'format' | 'gradedBy' | 'lawfulBasis', PlainMessageKey>
>;

/**
 * The file and query to send, or what is wrong with the form. Options that do
 * not apply to the chosen format are left out.
 */
export function importRequest(
  draft: ImportDraft,
):
  | { readonly kind: 'ok'; readonly file: File; readonly query: ImportQuery }
  | { readonly kind: 'problems'; readonly problems: ImportProblems } {
  const problems: { -readonly [K in keyof ImportProblems]: ImportProblems[K] } = {};
  if (!draft.file) problems.file = 'import.fileRequired';
  else if (draft.file.size === 0) problems.file = 'import.fileEmpty';
  else if (draft.file.size > IMPORT_LIMIT_BYTES) problems.file = 'import.fileTooLarge';
  if (draft.format === '') problems.format = 'import.formatRequired';
  const gradedBy = draft.gradedBy.trim();
  if (gradedBy.length > 120) problems.gradedBy = 'import.gradedByTooLong';
  const lawfulBasis = draft.lawfulBasis.trim();
  if (lawfulBasis.length > 500) problems.lawfulBasis = 'import.lawfulBasisTooLong';
  if (!draft.file || draft.format === '' || Object.keys(problems).length > 0)
    return { kind: 'problems', problems };
  return {
    kind: 'ok',
    file: draft.file,
    query: {
      format: draft.format,
      strict: draft.strict ? 'true' : 'false',
      ...(draft.format === 'hash_list' && draft.signalType ? { signalType: draft.signalType } : {}),
      ...(draft.format === 'vics' && draft.vicsCategoryScheme
        ? { vicsCategoryScheme: draft.vicsCategoryScheme }
        : {}),
      ...(gradedBy ? { gradedBy } : {}),
      ...(lawfulBasis ? { lawfulBasis } : {}),
    },
  };
}
