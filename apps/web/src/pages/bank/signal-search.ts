import type { GradeScheme, Purpose, SignalType } from '../../api/protocol-lists.ts';

/** The signal search form as typed ('' = any). */
export interface SignalSearchDraft {
  readonly type: SignalType | '';
  readonly value: string;
  readonly series: string;
  readonly gradeScheme: GradeScheme | '';
  readonly gradeValue: string;
  readonly includeRetracted: boolean;
  /** Why the user is looking: sent with every search, recorded in the audit trail. */
  readonly purpose: Purpose | '';
}

/** The search as the API takes it: only what is set. */
export interface SignalSearch {
  readonly type?: SignalType;
  readonly value?: string;
  readonly series?: string;
  readonly gradeScheme?: GradeScheme;
  readonly gradeValue?: string;
  readonly includeRetracted?: 'true';
  readonly purpose?: Purpose;
}

export const NO_SEARCH: SignalSearchDraft = {
  type: '',
  value: '',
  series: '',
  gradeScheme: '',
  gradeValue: '',
  includeRetracted: false,
  purpose: '',
};

/** Hex digests and PDQ hashes are stored in lower case; a pasted upper-case one still finds them. */
const HEX_HASH = /^[0-9a-f]{32,64}$/i;

/**
 * The API's search from the form.
 *
 * @example
 * signalSearch({ ...NO_SEARCH, value: ' D41D8CD98F00B204E9800998ECF8427E ' })
 * // { value: 'd41d8cd98f00b204e9800998ecf8427e' }
 */
export function signalSearch(draft: SignalSearchDraft): SignalSearch {
  const value = draft.value.trim();
  const series = draft.series.trim();
  const gradeValue = draft.gradeValue.trim();
  return {
    ...(draft.type ? { type: draft.type } : {}),
    ...(value ? { value: HEX_HASH.test(value) ? value.toLowerCase() : value } : {}),
    ...(series ? { series } : {}),
    ...(draft.gradeScheme ? { gradeScheme: draft.gradeScheme } : {}),
    ...(gradeValue ? { gradeValue } : {}),
    ...(draft.includeRetracted ? { includeRetracted: 'true' as const } : {}),
    ...(draft.purpose ? { purpose: draft.purpose } : {}),
  };
}
