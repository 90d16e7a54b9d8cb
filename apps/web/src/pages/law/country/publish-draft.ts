import type { v1 } from '@concord/client';
import { CONDUCTS } from '../law-labels.ts';

/** A criminalisation choice in the editor; '' leaves the item as the research says. */
export type Choice = '' | 'yes' | 'no' | 'partial' | 'unknown';

export interface PublishDraft {
  readonly conducts: Readonly<Record<string, Choice>>;
  readonly extraditesNationals: Choice;
  /** Digits, or '' to leave it. */
  readonly age: string;
  readonly source: { readonly id: string; readonly title: string; readonly ref: string };
  readonly note: string;
}

/** The editor starts from the profile published now, if any, so publishing again amends it. */
export function draftFrom(profile: v1.LawCountryProfile): PublishDraft {
  const values = profile.document?.profile.values;
  const source = profile.document?.profile.sources[0];
  const age = values?.csamAgeThreshold?.value;
  return {
    conducts: Object.fromEntries(CONDUCTS.map((c) => [c, values?.conducts?.[c]?.value ?? ''])),
    extraditesNationals: values?.extraditesNationals?.value ?? '',
    age: typeof age === 'number' ? String(age) : '',
    source: source ?? { id: '', title: '', ref: '' },
    note: '',
  };
}

export type DraftProblem = 'law.publish.nothing' | 'law.publish.needSource' | 'law.publish.age';

/** The request to publish, or what is missing. Every value set cites the one source given. */
export function requestFrom(
  draft: PublishDraft,
): { ok: true; request: v1.LawPublishProfileRequest } | { ok: false; problem: DraftProblem } {
  const cite = {
    sources: [draft.source.id.trim()],
    note: draft.note.trim() === '' ? null : draft.note.trim(),
  };
  const conducts = Object.fromEntries(
    Object.entries(draft.conducts).flatMap(([c, v]) =>
      v === '' ? [] : [[c, { value: v, ...cite }]],
    ),
  );
  const age = draft.age.trim();
  if (age !== '' && !(/^\d+$/.test(age) && Number(age) >= 10 && Number(age) <= 21))
    return { ok: false, problem: 'law.publish.age' };
  const values: v1.LawPublishProfileRequest['values'] = {
    ...(Object.keys(conducts).length > 0 ? { conducts } : {}),
    ...(draft.extraditesNationals === ''
      ? {}
      : { extraditesNationals: { value: draft.extraditesNationals, ...cite } }),
    ...(age === '' ? {} : { csamAgeThreshold: { value: Number(age), ...cite } }),
  };
  if (Object.keys(values).length === 0) return { ok: false, problem: 'law.publish.nothing' };
  const source = {
    id: draft.source.id.trim(),
    title: draft.source.title.trim(),
    ref: draft.source.ref.trim(),
  };
  if (!/^[A-Za-z0-9_.-]{1,64}$/.test(source.id) || source.title === '' || source.ref === '')
    return { ok: false, problem: 'law.publish.needSource' };
  return { ok: true, request: { sources: [source], values } };
}
