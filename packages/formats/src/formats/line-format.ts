// The part the one-entry-per-line formats share: reading lines, skipping
// blanks and `#` comments, and writing items out line by line.

import type { HashSetItem } from '@concord/core';
import type {
  FormatCapabilities,
  FormatInput,
  ItemSource,
  ParseEvent,
  ParseOptions,
  SerialiseEvent,
  SerialiseOptions,
} from '../format-definition.ts';
import { DEFAULT_MAX_LINE_BYTES, lineBatches } from '../input/lines.ts';
import type { ItemDraft } from '../item-draft.ts';
import { fitItem, problemEvents } from '../serialise-support.ts';

/** Events for one draft: its item, or its problems. */
export function draftEvents(draft: ItemDraft, line: number): ParseEvent[] {
  const item = draft.finish();
  if (item) return [{ kind: 'item', item, line, path: null }];
  return draft.problems.map((problem) => ({ kind: 'problem', problem }));
}

/**
 * Runs `entry` on each line that is not blank or a `#` comment, passing the
 * trimmed text and the line number.
 */
export async function* parseLines(
  input: FormatInput,
  options: ParseOptions,
  entry: (text: string, line: number) => ParseEvent[],
): AsyncGenerator<ParseEvent> {
  const batches = lineBatches(input, {
    maxLineBytes: options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES,
    ...(options.signal ? { signal: options.signal } : {}),
  });
  for await (const batch of batches) {
    for (const event of batch) {
      if (event.kind === 'problem') {
        yield event;
        continue;
      }
      const text = event.text.trim();
      if (text !== '' && !text.startsWith('#')) yield* entry(text, event.number);
    }
  }
}

/**
 * Writes each signal the format holds as one line made by `line`, reporting
 * what it cannot hold.
 */
export async function* serialiseLines(
  items: ItemSource,
  options: SerialiseOptions,
  context: { readonly holds: FormatCapabilities; readonly label: string },
  line: (
    signal: HashSetItem['signals'][number],
    item: HashSetItem,
    index: number,
  ) => { readonly text: string; readonly problems: SerialiseEvent[] },
): AsyncGenerator<SerialiseEvent> {
  let index = 0;
  for await (const item of items) {
    options.signal?.throwIfAborted();
    const fitted = fitItem(item, index, context);
    yield* problemEvents(fitted.problems);
    if (!fitted.skip) {
      let text = '';
      for (const signal of fitted.signals) {
        const written = line(signal, item, index);
        text += written.text;
        yield* written.problems;
      }
      yield { kind: 'text', text };
    }
    index++;
  }
}
