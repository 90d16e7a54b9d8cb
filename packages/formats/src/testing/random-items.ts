// Random hash-set items shaped by what a format says it can hold (its
// FormatCapabilities), for the round-trip property test. Seeded, so a
// failure names a seed that replays it.

import {
  SIGNAL_TYPES,
  type GradeScheme,
  type HashSetItem,
  type JsonValue,
  type SignalType,
} from '@concord/core';
import { GRADE_VALUES } from '@concord/core';
import type { FormatCapabilities } from '../format-definition.ts';
import { randomHex, randomPhotoDna } from './sample-hashes.ts';

type Random = () => number;

const pick = <T>(random: Random, from: readonly T[]): T => {
  const value = from[Math.floor(random() * from.length)];
  if (value === undefined) throw new Error('pick from an empty list');
  return value;
};

/** Text with the characters that break naive writers: separators, quotes, line breaks, non-ASCII. */
const PIECES = [
  'a',
  'Z',
  '7',
  ' ',
  ',',
  ';',
  '"',
  "'",
  '\n',
  '\t',
  'é',
  '✓',
  '日本',
  '🙂',
  '\\',
  '{',
  ']',
];

export function randomText(random: Random, maxPieces = 8): string {
  let text = '';
  const n = 1 + Math.floor(random() * maxPieces);
  for (let i = 0; i < n; i++) text += pick(random, PIECES);
  // Free text that is only spaces reads back as absent, so never generate it.
  return text.trim() === '' ? `x${text}` : text;
}

function randomValue(random: Random, type: SignalType): string {
  switch (type) {
    case 'md5':
      return randomHex(random, 32);
    case 'sha1':
      return randomHex(random, 40);
    case 'sha256':
    case 'pdq':
      return randomHex(random, 64);
    case 'photodna':
      return randomPhotoDna(random);
    case 'vpdq': {
      const frames = 1 + Math.floor(random() * 4);
      return Array.from({ length: frames }, (_, f) => {
        const quality = Math.floor(random() * 101);
        return `${f},${quality},${randomHex(random, 64)},${f}.${String(Math.floor(random() * 1000)).padStart(3, '0')}`;
      }).join('\n');
    }
  }
}

function randomGrade(random: Random, scheme: GradeScheme): string {
  // Custom grades are whole numbers here: the one form every format with a custom scheme holds.
  if (scheme === 'custom') return String(Math.floor(random() * 1000));
  return pick(random, GRADE_VALUES[scheme]).value;
}

function randomJson(random: Random, depth = 0): JsonValue {
  const kind = Math.floor(random() * (depth > 2 ? 4 : 6));
  switch (kind) {
    case 0:
      return randomText(random);
    case 1:
      return Math.floor(random() * 2_000_000) - 1_000_000 || 1;
    case 2:
      return random() < 0.5;
    case 3:
      return null;
    case 4:
      return Array.from({ length: Math.floor(random() * 3) }, () => randomJson(random, depth + 1));
    default:
      return Object.fromEntries(
        Array.from({ length: Math.floor(random() * 3) }, (_, i) => [
          `k${i}`,
          randomJson(random, depth + 1),
        ]),
      );
  }
}

/**
 * A random item `holds` can carry whole: its signal types (always the
 * required one), a grade in `scheme`, only the fields it has, and extras of
 * the kind it keeps (under `x_` names no format reserves).
 */
export function randomItem(
  random: Random,
  holds: FormatCapabilities,
  scheme: GradeScheme | null,
  signalType: SignalType | null,
): HashSetItem {
  const types = new Set<SignalType>();
  if (signalType) types.add(signalType);
  else {
    if (holds.requiredSignalType) types.add(holds.requiredSignalType);
    for (const t of holds.signalTypes) if (random() < 0.4) types.add(t);
    if (types.size === 0) types.add(pick(random, holds.signalTypes));
  }
  const has = (field: FormatCapabilities['fields'][number]) =>
    holds.fields.includes(field) && random() < 0.7;
  const flag = () => (random() < 0.34 ? null : random() < 0.5);
  const extraCount = holds.extra === 'none' ? 0 : Math.floor(random() * 3);
  const extra = Object.fromEntries(
    Array.from({ length: extraCount }, (_, i) => [
      `x_${i}${randomHex(random, 3)}`,
      holds.extra === 'json' ? randomJson(random) : randomText(random),
    ]),
  );
  return {
    signals: SIGNAL_TYPES.filter((t) => types.has(t)).map((type) => ({
      type,
      value: randomValue(random, type),
    })),
    grade: scheme && random() < 0.8 ? { scheme, value: randomGrade(random, scheme) } : null,
    series: has('series') ? randomText(random) : null,
    victimIdentified: has('victimIdentified') ? flag() : null,
    offenderIdentified: has('offenderIdentified') ? flag() : null,
    isDistributed: has('isDistributed') ? flag() : null,
    comments: has('comments') ? randomText(random, 20) : null,
    sourceId: has('sourceId') ? `id-${randomHex(random, 6)}` : null,
    extra: extraCount > 0 ? extra : null,
  };
}
