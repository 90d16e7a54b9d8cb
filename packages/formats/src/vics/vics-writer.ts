// Writing a VICS JSON document as a stream: the opening with the data-model
// URL and header fields, then one media object per line, then the closing.
// A #Cases document is written case by case: items are taken in order, and
// an item of another case (by VICS_CASE_KEY) closes the open case and opens
// its own. Cases without media are written empty, in their place.

import type { HashSetItem, JsonValue } from '@concord/core';
import type {
  FormatCapabilities,
  ItemSource,
  SerialiseEvent,
  SerialiseOptions,
} from '../format-definition.ts';
import type { SerialiseProblem } from '../problems.ts';
import { extraValue, fitItem, problemEvents } from '../serialise-support.ts';
import {
  DEFAULT_VICS_HEADER,
  VICS_CASE_KEY,
  categoryScheme,
  isDataModelKey,
  dataModelMember,
  type VicsHeader,
} from './vics-header.ts';
import { writeMedia } from './vics-media.ts';

const LABEL = 'VICS';

export const VICS_HOLDS: FormatCapabilities = {
  signalTypes: ['md5', 'sha1', 'sha256', 'pdq', 'photodna'],
  requiredSignalType: 'md5',
  signalsPerItem: 'many',
  gradeSchemes: ['vics_us', 'vics_uk', 'vics_ca', 'custom'],
  fields: [
    'series',
    'victimIdentified',
    'offenderIdentified',
    'isDistributed',
    'comments',
    'sourceId',
  ],
  extra: 'json',
};

type JsonObject = { readonly [key: string]: JsonValue };

/** The document as text chunks, and what could not be written. */
export async function* writeVics(
  items: ItemSource,
  options: SerialiseOptions = {},
): AsyncGenerator<SerialiseEvent> {
  const header = options.header ?? DEFAULT_VICS_HEADER;
  const scheme = categoryScheme(header, options.vicsCategoryScheme);
  yield { kind: 'text', text: opening(header) };
  const cases = header.form === 'cases' ? new CaseWriter(header.cases) : null;
  let first = true;
  let index = 0;
  for await (const item of items) {
    options.signal?.throwIfAborted();
    const fitted = fitItem(item, index, {
      holds: VICS_HOLDS,
      label: LABEL,
      gradeSchemes: [scheme],
    });
    yield* problemEvents(fitted.problems);
    if (!fitted.skip) {
      const grade = wholeNumberGrade(item, fitted.grade, index);
      const { media, clashes } = writeMedia(item, fitted.signals, grade.grade);
      yield* problemEvents([...grade.problems, ...clashProblems(item, index, clashes)]);
      let text = '';
      const switched = cases?.switchTo(caseIndexOf(item, header.cases.length)) ?? '';
      if (switched) first = true;
      text += `${switched}${first ? '\n' : ',\n'}${JSON.stringify(media)}`;
      first = false;
      yield { kind: 'text', text };
    }
    index++;
  }
  yield { kind: 'text', text: `${cases ? cases.finish() : '\n'}]}\n` };
}

function opening(header: VicsHeader): string {
  const [key, url] = dataModelMember(header);
  const fields = Object.entries(header.fields).filter(
    ([k]) => k.toLowerCase() !== 'value' && !isDataModelKey(k),
  );
  const members = [[key, url], ...fields].map(
    ([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`,
  );
  return `{${[...members, '"value":['].join(',')}`;
}

/** VICS Category is a whole number: a custom grade like "priority-1" cannot be written. */
function wholeNumberGrade(
  item: HashSetItem,
  grade: HashSetItem['grade'],
  index: number,
): { readonly grade: HashSetItem['grade']; readonly problems: SerialiseProblem[] } {
  if (!grade || /^\d+$/.test(grade.value)) return { grade, problems: [] };
  return {
    grade: null,
    problems: [
      {
        code: 'unsupported_grade',
        message: `VICS Category is a whole number; grade ${JSON.stringify(grade.value)} was left out`,
        itemIndex: index,
        sourceId: item.sourceId,
      },
    ],
  };
}

function clashProblems(
  item: HashSetItem,
  index: number,
  clashes: readonly string[],
): SerialiseProblem[] {
  if (clashes.length === 0) return [];
  return [
    {
      code: 'dropped_field',
      message: `extra ${clashes.map((k) => JSON.stringify(k)).join(', ')} would clash with VICS fields; left out`,
      itemIndex: index,
      sourceId: item.sourceId,
    },
  ];
}

function caseIndexOf(item: HashSetItem, count: number): number | null {
  const value = extraValue(item, VICS_CASE_KEY);
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < count
    ? value
    : null;
}

class CaseWriter {
  private readonly cases: readonly JsonObject[];
  private open = -1;
  private next = 0;
  private written = 0;

  constructor(cases: readonly JsonObject[]) {
    this.cases = cases.length > 0 ? cases : [{}];
  }

  /** Text closing the open case and opening `wanted` (or the open one, or the first); '' if open. */
  switchTo(wanted: number | null): string {
    const target = wanted ?? (this.open >= 0 ? this.open : 0);
    if (target === this.open) return '';
    let text = this.open >= 0 ? '\n]}' : '';
    if (target >= this.next) {
      for (let c = this.next; c < target; c++) text += this.caseText(c, true);
      this.next = target + 1;
    }
    this.open = target;
    return text + this.caseText(target, false);
  }

  /** Text closing the open case and writing the cases not yet written, empty. */
  finish(): string {
    let text = this.open >= 0 ? '\n]}' : '';
    for (let c = this.next; c < this.cases.length; c++) text += this.caseText(c, true);
    return `${text}\n`;
  }

  private caseText(c: number, empty: boolean): string {
    const members = Object.entries(this.cases[c] ?? {})
      .filter(([k]) => k.toLowerCase() !== 'media')
      .map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`);
    const prefix = this.written++ > 0 ? ',\n' : '\n';
    return `${prefix}{${[...members, '"Media":['].join(',')}${empty ? ']}' : ''}`;
  }
}
