import type { ConcordClient, v1 } from '@concord/client';
import { GRADE_SCHEMES, type SignalType, type Tlp } from '../../api/protocol-lists.ts';
import type { PlainMessageKey } from '../../i18n/catalogue.ts';
import { draftOf, handlingOf, type HandlingDraft } from '../../ui/handling-draft.ts';

/** The add-rule form as typed. */
export interface NewRuleValues {
  /** `peer:<node id>` or `group:<group id>`; '' until chosen. */
  readonly target: string;
  /** None ticked means every type. */
  readonly signalTypes: readonly SignalType[];
  /** Grades as `scheme:value` or `ungraded`, separated by commas or spaces; '' means every grade. */
  readonly grades: string;
  readonly maxTlp: Tlp;
  /** Whether the rule narrows the handling code of what it shares. */
  readonly narrow: boolean;
  readonly handling: HandlingDraft;
}

export type NewRuleProblems = Partial<Record<'target' | 'grades' | 'retainUntil', PlainMessageKey>>;

export type CreateRuleBody = Parameters<ConcordClient['sharing']['addRule']>[1];

/** A new rule starts from sharing up to the bank's own TLP, narrowing from the bank's own code. */
export function emptyRule(bank: v1.Bank): NewRuleValues {
  return {
    target: '',
    signalTypes: [],
    grades: '',
    maxTlp: bank.handling.tlp,
    narrow: false,
    handling: draftOf(bank.handling),
  };
}

const GRADE = /^([a-z_]+):(\S+)$/;

/** The grades as typed, one by one; null when one is not `scheme:value` of a known scheme or `ungraded`. */
export function gradesOf(text: string): readonly string[] | null {
  const grades = text.split(/[\s,;]+/).filter(Boolean);
  const valid = grades.every((grade) => {
    if (grade === 'ungraded') return true;
    const scheme = GRADE.exec(grade)?.[1] ?? '';
    return (GRADE_SCHEMES as readonly string[]).includes(scheme);
  });
  return valid ? grades : null;
}

/**
 * The request to send, or what is wrong with the form.
 *
 * @example
 * newRuleRequest({ ...emptyRule(bank), target: 'peer:n1', grades: 'caid:A, ungraded' }, new Date())
 * // { kind: 'ok', body: { target: { kind: 'peer', nodeId: 'n1' }, grades: ['caid:A', 'ungraded'], ... } }
 */
export function newRuleRequest(
  values: NewRuleValues,
  now: Date,
):
  | { readonly kind: 'ok'; readonly body: CreateRuleBody }
  | { readonly kind: 'problems'; readonly problems: NewRuleProblems } {
  const problems: { -readonly [K in keyof NewRuleProblems]: NewRuleProblems[K] } = {};
  const at = values.target.indexOf(':');
  const kind = values.target.slice(0, at);
  const id = values.target.slice(at + 1);
  const target =
    at > 0 && id !== '' && kind === 'peer'
      ? ({ kind: 'peer', nodeId: id } as const)
      : at > 0 && id !== '' && kind === 'group'
        ? ({ kind: 'group', groupId: id } as const)
        : null;
  if (!target) problems.target = 'sharing.targetRequired';
  const grades = gradesOf(values.grades);
  if (!grades) problems.grades = 'sharing.gradesInvalid';
  const handling = values.narrow ? handlingOf(values.handling, now) : null;
  if (handling?.kind === 'problem') problems.retainUntil = handling.problem;
  if (!target || !grades || handling?.kind === 'problem') return { kind: 'problems', problems };
  return {
    kind: 'ok',
    body: {
      target,
      signalTypes: values.signalTypes.length > 0 ? [...values.signalTypes] : null,
      grades: grades.length > 0 ? [...grades] : null,
      maxTlp: values.maxTlp,
      handling: handling ? handling.handling : null,
    },
  };
}
