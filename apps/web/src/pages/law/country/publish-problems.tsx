import { Alert, Anchor, List } from '@mantine/core';
import { useEffect, useRef } from 'react';
import type { Translate } from '../../../i18n/catalogue.ts';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import { itemFieldId, itemLabel } from './publish-items.ts';
import type { DraftProblem } from './publish-request.ts';

/** A DOM id for a field of a source row. */
export function sourceFieldId(key: string, part: 'id' | 'title' | 'ref'): string {
  return `publish-source-${key}-${part}`;
}

/** A problem in words, in the UI language. */
function problemText(t: Translate, problem: DraftProblem): string {
  switch (problem.kind) {
    case 'source_id':
      return t('law.publish.problem.sourceId', { n: problem.source });
    case 'source_id_twice':
      return t('law.publish.problem.sourceIdTwice', { n: problem.source });
    case 'source_title':
      return t('law.publish.problem.sourceTitle', { n: problem.source });
    case 'source_ref':
      return t('law.publish.problem.sourceRef', { n: problem.source });
    case 'no_citation':
      return t('law.publish.problem.noCitation', { item: itemLabel(t, problem.item) });
    case 'language_tag':
      return t('law.publish.problem.languageTag', {
        item: itemLabel(t, problem.item),
        tag: problem.tag,
      });
    case 'no_languages':
      return t('law.publish.problem.noLanguages', { item: itemLabel(t, problem.item) });
    case 'too_many_languages':
      return t('law.publish.problem.tooManyLanguages', { item: itemLabel(t, problem.item) });
    case 'contact_name':
      return t('law.publish.problem.contactName', { item: itemLabel(t, problem.item) });
    case 'contact_email':
      return t('law.publish.problem.contactEmail', { item: itemLabel(t, problem.item) });
    case 'too_long':
      return t('law.publish.problem.tooLong', { item: itemLabel(t, problem.item) });
    case 'nothing_changes':
      return t('law.publish.nothing');
  }
}

/** The id of the field to correct, where the problem's message also shows; null for the form. */
function problemTarget(problem: DraftProblem): string | null {
  switch (problem.kind) {
    case 'source_id':
    case 'source_id_twice':
      return sourceFieldId(problem.key, 'id');
    case 'source_title':
      return sourceFieldId(problem.key, 'title');
    case 'source_ref':
      return sourceFieldId(problem.key, 'ref');
    case 'no_citation':
      return itemFieldId(problem.item, 'cites');
    case 'language_tag':
    case 'no_languages':
    case 'too_many_languages':
      return itemFieldId(problem.item, 'languages');
    case 'contact_name':
      return itemFieldId(problem.item, 'contact-name');
    case 'contact_email':
      return itemFieldId(problem.item, 'contact-email');
    case 'too_long':
      return itemFieldId(problem.item, 'note');
    case 'nothing_changes':
      return null;
  }
}

/** Each field's message, by the field's id, for the `error` of its input. */
export function errorsByField(
  t: Translate,
  problems: readonly DraftProblem[],
): ReadonlyMap<string, string> {
  const errors = new Map<string, string>();
  for (const problem of problems) {
    const target = problemTarget(problem);
    if (target !== null && !errors.has(target)) errors.set(target, problemText(t, problem));
  }
  return errors;
}

/** Moves focus to a field (its first control for a group of checkboxes). */
function focusField(id: string): void {
  const element = document.getElementById(id);
  const control = element?.matches('input, select, textarea, button')
    ? element
    : element?.querySelector<HTMLElement>('input, select, textarea, button');
  control?.focus();
}

/**
 * Every problem, each a link to its field: announced when it appears, and focused at each
 * attempt to review (`attempt` counts them), so that a keyboard user starts from it; not when
 * the list shrinks as fields are corrected.
 */
export function ProblemSummary({
  problems,
  attempt,
}: {
  readonly problems: readonly DraftProblem[];
  readonly attempt: number;
}) {
  const { t } = useI18n();
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => summary.current?.focus(), [attempt]);
  return (
    <Alert
      ref={summary}
      tabIndex={-1}
      color="red"
      variant="light"
      role="alert"
      title={t('law.publish.problemsTitle')}
      data-testid="law-publish-problems"
    >
      <List size="sm" spacing={4}>
        {problems.map((problem) => {
          const text = problemText(t, problem);
          const target = problemTarget(problem);
          return (
            <List.Item key={`${problem.kind}:${target ?? ''}:${text}`}>
              {target === null ? (
                text
              ) : (
                <Anchor
                  href={`#${target}`}
                  size="sm"
                  onClick={(event) => {
                    event.preventDefault();
                    focusField(target);
                  }}
                >
                  {text}
                </Anchor>
              )}
            </List.Item>
          );
        })}
      </List>
    </Alert>
  );
}
