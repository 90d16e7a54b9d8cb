// One hash per line, the plainest list there is:
//
//   # known set, 2024-05
//   d41d8cd98f00b204e9800998ecf8427e
//   da39a3ee5e6b4b0d3255bfef95601890afd80709
//
// The type is given by the caller or guessed per line from the value's shape.
// 64 hexadecimal characters may be PDQ or SHA-256, so such a line is an error
// unless the type is given. vPDQ values span lines and cannot be listed.

import { detectSignalType, type SignalType } from '@concord/core';
import type { FormatCapabilities, FormatDefinition, ParseEvent } from '../format-definition.ts';
import { ItemDraft } from '../item-draft.ts';
import { atLine, parseProblem, quote } from '../problems.ts';
import { draftEvents, parseLines, serialiseLines } from './line-format.ts';

const LABEL = 'a hash list';
const LISTABLE: readonly SignalType[] = ['md5', 'sha1', 'sha256', 'pdq', 'photodna'];
const HOLDS: FormatCapabilities = {
  signalTypes: LISTABLE,
  requiredSignalType: null,
  signalsPerItem: 'one',
  gradeSchemes: [],
  fields: [],
  extra: 'none',
};

export const hashListFormat: FormatDefinition = {
  id: 'hash_list',
  label: 'Hash list (one hash per line)',
  extensions: ['.txt', '.md5', '.sha1', '.sha256', '.pdq'],
  streaming: true,
  holds: HOLDS,

  parse(input, options = {}) {
    const given = options.signalType;
    if (given && !LISTABLE.includes(given)) return refuseType(given);
    return parseLines(input, options, (text, line) => {
      const draft = new ItemDraft(atLine(line));
      const type = given ?? detectSignalType(text);
      if (type === 'ambiguous') {
        draft.fail(
          'ambiguous_signal_type',
          `line ${line}: 64 hexadecimal characters may be a PDQ hash or a SHA-256 digest; give the type`,
        );
      } else if (type === null) {
        draft.fail(
          'invalid_signal_value',
          `line ${line}: ${quote(text)} is not an MD5, SHA-1, SHA-256, PDQ or PhotoDNA value`,
        );
      } else {
        draft.addSignal(type, text);
      }
      return draftEvents(draft, line);
    });
  },

  serialise(items, options = {}) {
    return serialiseLines(items, options, { holds: HOLDS, label: LABEL }, (signal) => ({
      text: `${signal.value}\n`,
      problems: [],
    }));
  },

  sniff(head) {
    const entries = head.map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));
    return entries.length > 0 && entries.every((l) => detectSignalType(l) !== null);
  },
};

async function* refuseType(type: SignalType): AsyncGenerator<ParseEvent> {
  yield {
    kind: 'problem',
    problem: parseProblem(
      'unsupported_signal_type',
      `${type} values span several lines; ${LABEL} cannot hold them`,
      atLine(null),
    ),
  };
}
