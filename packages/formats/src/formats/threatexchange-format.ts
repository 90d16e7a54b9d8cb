// ThreatExchange-style signal lists, as python-threatexchange's `hash` and
// `dataset -P -S` commands print them: one `<signal type> <signal string>`
// per line (see threatexchange-names.ts for the names and the vPDQ string).
//
//   pdq f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22
//   video_md5 d41d8cd98f00b204e9800998ecf8427e
//
// Concord's own type names (md5, sha1, photodna...) are read too. Types
// Concord does not hold are per-line `unsupported_signal_type` problems.

import type { FormatCapabilities, FormatDefinition, SerialiseEvent } from '../format-definition.ts';
import { ItemDraft } from '../item-draft.ts';
import { atLine, quote } from '../problems.ts';
import { draftEvents, parseLines, serialiseLines } from './line-format.ts';
import {
  THREATEXCHANGE_NAMES,
  signalTypeOfName,
  vpdqFromThreatExchange,
  vpdqToThreatExchange,
} from './threatexchange-names.ts';

const LABEL = 'a ThreatExchange signal list';
/** A vPDQ string of a long video is one long line: 8 MiB holds about a day at one frame a second. */
const MAX_LINE_BYTES = 8 * 1024 * 1024;

const HOLDS: FormatCapabilities = {
  signalTypes: ['pdq', 'md5', 'sha256', 'vpdq'],
  requiredSignalType: null,
  signalsPerItem: 'one',
  gradeSchemes: [],
  fields: [],
  extra: 'none',
};

export const threatExchangeFormat: FormatDefinition = {
  id: 'threatexchange',
  label: 'ThreatExchange signal list',
  extensions: ['.txt', '.te'],
  streaming: true,
  holds: HOLDS,

  parse(input, options = {}) {
    const withCap = { ...options, maxLineBytes: options.maxLineBytes ?? MAX_LINE_BYTES };
    return parseLines(input, withCap, (text, line) => {
      const draft = new ItemDraft(atLine(line));
      const space = text.search(/\s/);
      const name = space === -1 ? text : text.slice(0, space);
      const value = space === -1 ? '' : text.slice(space + 1).trim();
      const type = signalTypeOfName(name);
      if (type === null) {
        draft.fail(
          'unsupported_signal_type',
          `line ${line}: Concord does not hold ${quote(name, 40)} signals`,
        );
      } else if (value === '') {
        draft.fail('missing_hash', `line ${line}: ${quote(name, 40)} has no signal after it`);
      } else if (type === 'vpdq') {
        const vpdq = vpdqFromThreatExchange(value);
        if (vpdq.ok) draft.addSignal('vpdq', vpdq.value);
        else draft.fail('invalid_signal_value', `line ${line}: ${vpdq.error.message}`);
      } else {
        draft.addSignal(type, value);
      }
      return draftEvents(draft, line);
    });
  },

  serialise(items, options = {}) {
    return serialiseLines(items, options, { holds: HOLDS, label: LABEL }, (signal, item, index) => {
      const name = THREATEXCHANGE_NAMES[signal.type] ?? signal.type;
      if (signal.type !== 'vpdq') return { text: `${name} ${signal.value}\n`, problems: [] };
      const vpdq = vpdqToThreatExchange(signal.value);
      const problems: SerialiseEvent[] = vpdq.renumbered
        ? [
            {
              kind: 'problem',
              problem: {
                code: 'dropped_field',
                message: `${LABEL} keeps no vPDQ frame numbers; they read back as 0, 1, 2...`,
                itemIndex: index,
                sourceId: item.sourceId,
              },
            },
          ]
        : [];
      return { text: `${name} ${vpdq.text}\n`, problems };
    });
  },

  sniff(head) {
    const entries = head.map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));
    return (
      entries.length > 0 &&
      entries.every((l) => /^[a-z][a-z0-9_]*\s+\S/.test(l)) &&
      entries.some((l) => signalTypeOfName(l.split(/\s/, 1)[0] ?? '') !== null)
    );
  },
};
