// Building one HashSetItem from the fields of one entry (a CSV row, a VICS
// media object, a line). Every parser goes through here, so normalisation,
// the canonical signal order and the "no problems, at least one hash" rule
// are the same for every format.

import {
  SIGNAL_TYPES,
  normaliseGradeValue,
  normaliseSignal,
  type GradeScheme,
  type HashSetItem,
  type JsonValue,
  type SignalType,
} from '@concord/core';
import { parseProblem, quote, type ParseProblem, type ProblemLocation } from './problems.ts';

export type FlagField = 'victimIdentified' | 'offenderIdentified' | 'isDistributed';

const TRUE_WORDS = new Set(['true', 'yes', 'y', 't', '1']);
const FALSE_WORDS = new Set(['false', 'no', 'n', 'f', '0']);

/** A yes/no cell in any usual spelling; '' is null; anything else undefined. */
export function parseFlagText(raw: string): boolean | null | undefined {
  const word = raw.trim().toLowerCase();
  if (word === '') return null;
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  return undefined;
}

/** Free text is absent when it is empty or only spaces; otherwise kept exactly. */
function textOrNull(raw: string | null | undefined): string | null {
  return raw === null || raw === undefined || raw.trim() === '' ? null : raw;
}

/** Signals in SIGNAL_TYPES order, so equal items compare equal whatever the source order. */
function canonicalSignals(signals: ReadonlyMap<SignalType, string>): HashSetItem['signals'] {
  const out: { type: SignalType; value: string }[] = [];
  for (const type of SIGNAL_TYPES) {
    const value = signals.get(type);
    if (value !== undefined) out.push({ type, value });
  }
  return out;
}

/** The fields of one entry as they are read, and the problems found in them. */
export class ItemDraft {
  readonly problems: ParseProblem[] = [];
  private readonly signals = new Map<SignalType, string>();
  private grade: HashSetItem['grade'] = null;
  private readonly fields: {
    series: string | null;
    comments: string | null;
    sourceId: string | null;
  } & Record<FlagField, boolean | null> = {
    series: null,
    comments: null,
    sourceId: null,
    victimIdentified: null,
    offenderIdentified: null,
    isDistributed: null,
  };
  private readonly extra: Record<string, JsonValue> = {};
  private hasExtra = false;

  constructor(private readonly where: ProblemLocation) {}

  fail(code: ParseProblem['code'], message: string, at: ProblemLocation = this.where): void {
    this.problems.push(parseProblem(code, message, at));
  }

  hasSignal(type: SignalType): boolean {
    return this.signals.has(type);
  }

  /** Normalises and adds a hash; a second, different value of the same type is a conflict. */
  addSignal(type: SignalType, raw: string, at: ProblemLocation = this.where): void {
    const value = normaliseSignal(type, raw);
    if (!value.ok) return this.fail('invalid_signal_value', value.error.message, at);
    const before = this.signals.get(type);
    if (before !== undefined && before !== value.value) {
      return this.fail('conflicting_signal', `two different ${type} values in one entry`, at);
    }
    this.signals.set(type, value.value);
  }

  setGrade(scheme: GradeScheme, raw: string, at: ProblemLocation = this.where): void {
    const value = normaliseGradeValue(scheme, raw);
    if (!value.ok) return this.fail('invalid_grade', value.error.message, at);
    this.grade = { scheme, value: value.value };
  }

  /** Reads a yes/no cell (see parseFlagText). */
  setFlagText(field: FlagField, raw: string, at: ProblemLocation = this.where): void {
    const value = parseFlagText(raw);
    if (value === undefined) {
      return this.fail('invalid_field', `${quote(raw)} is not yes or no`, at);
    }
    this.fields[field] = value;
  }

  setFlag(field: FlagField, value: boolean | null): void {
    this.fields[field] = value;
  }

  setText(field: 'series' | 'comments' | 'sourceId', raw: string | null): void {
    this.fields[field] = field === 'sourceId' ? raw : textOrNull(raw);
  }

  setExtra(key: string, value: JsonValue): void {
    // A key named "__proto__" must stay a plain key: define it, do not assign it.
    if (key === '__proto__') {
      Object.defineProperty(this.extra, key, {
        value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    } else this.extra[key] = value;
    this.hasExtra = true;
  }

  /** The item, or null (with `missing_hash` added) when the entry had problems or no hash. */
  finish(): HashSetItem | null {
    if (this.problems.length === 0 && this.signals.size === 0) {
      this.fail('missing_hash', 'the entry has no hash');
    }
    if (this.problems.length > 0) return null;
    return {
      signals: canonicalSignals(this.signals),
      grade: this.grade,
      ...this.fields,
      extra: this.hasExtra ? this.extra : null,
    };
  }
}
