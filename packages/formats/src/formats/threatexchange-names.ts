// python-threatexchange's signal type names and its vPDQ signal string, as
// its code writes them (facebook/ThreatExchange, python-threatexchange):
//
// - A type's name is `SignalType.get_name()`: the class name without "Signal",
//   camel case to snake case (common.class_name_to_human_name). So PdqSignal is
//   "pdq", VideoMD5Signal "video_md5", VideoSHA256Signal "video_sha256",
//   VPDQSignal (extensions/vpdq) "vpdq"; older releases had PhotoMD5Signal
//   ("photo_md5") and VideoVPDQSignal ("video_vpdq"). Types Concord does not
//   hold include url_md5, raw_text, text_md5, trend_query, video_tmk_pdqf,
//   tlsh and pdq_ocr.
// - `threatexchange hash` and `dataset -P -S` print `<name> <signal string>`.
// - A vPDQ signal string is `json.dumps` of a list of "hex,quality,timestamp"
//   strings (vpdq_util.VpdqCompactFeature, no frame number); the older form
//   was an object keyed by frame number of {quality, hash, timestamp}.

import { err, isSignalType, normaliseSignal, type Result, type SignalType } from '@concord/core';

/** Names read, mapped to Concord types. A Map: a name like "constructor" must not hit a prototype. */
const READ_NAMES: ReadonlyMap<string, SignalType> = new Map([
  ['pdq', 'pdq'],
  ['video_md5', 'md5'],
  ['photo_md5', 'md5'],
  ['video_sha256', 'sha256'],
  ['vpdq', 'vpdq'],
  ['video_vpdq', 'vpdq'],
]);

/** The name written for each type python-threatexchange has. */
export const THREATEXCHANGE_NAMES: Readonly<Partial<Record<SignalType, string>>> = {
  pdq: 'pdq',
  md5: 'video_md5',
  sha256: 'video_sha256',
  vpdq: 'vpdq',
};

/** The Concord type of a python-threatexchange name, or of Concord's own name; else null. */
export function signalTypeOfName(name: string): SignalType | null {
  const lower = name.trim().toLowerCase();
  return READ_NAMES.get(lower) ?? (isSignalType(lower) ? lower : null);
}

/** Concord's vPDQ text (`frame,quality,hash,timestamp` lines) from a ThreatExchange signal string. */
export function vpdqFromThreatExchange(text: string): Result<string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    // JSON.parse throws on bad input; that is an expected failure here.
    return err('invalid_signal_value', 'a vpdq signal string is JSON; this is not');
  }
  const lines = Array.isArray(parsed) ? compactLines(parsed) : legacyLines(parsed);
  if (lines === null) {
    return err(
      'invalid_signal_value',
      'a vpdq signal string is a JSON list of "hash,quality,timestamp" strings',
    );
  }
  const value = normaliseSignal('vpdq', lines.join('\n'));
  return value.ok ? value : err('invalid_signal_value', value.error.message);
}

function compactLines(features: readonly unknown[]): string[] | null {
  const lines: string[] = [];
  for (const [frame, feature] of features.entries()) {
    if (typeof feature !== 'string') return null;
    const [hash, quality, time, ...rest] = feature.split(',');
    const seconds = time === undefined ? null : secondsText(time);
    if (rest.length > 0 || hash === undefined || quality === undefined || seconds === null) {
      return null;
    }
    lines.push(`${frame},${quality.trim()},${hash.trim()},${seconds}`);
  }
  return lines;
}

function legacyLines(parsed: unknown): string[] | null {
  if (typeof parsed !== 'object' || parsed === null) return null;
  const lines: string[] = [];
  for (const [frame, feature] of new Map<string, unknown>(Object.entries(parsed))) {
    if (typeof feature !== 'object' || feature === null || !/^\d+$/.test(frame)) return null;
    const fields = new Map<string, unknown>(Object.entries(feature));
    const quality = fields.get('quality');
    const hash = fields.get('hash');
    const timestamp = fields.get('timestamp');
    const seconds = typeof timestamp === 'number' ? secondsText(String(timestamp)) : null;
    if (typeof quality !== 'number' || typeof hash !== 'string' || seconds === null) return null;
    lines.push(`${frame},${quality},${hash},${seconds}`);
  }
  return lines;
}

/**
 * Seconds as Concord writes them (`\d+(\.\d+)?`). Python formats the compact
 * timestamp with `:.3`, three significant digits, so "1.23e+03" occurs.
 */
function secondsText(raw: string): string | null {
  const text = raw.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return text;
  const n = Number(text);
  if (text === '' || !Number.isFinite(n) || n < 0) return null;
  const plain = String(n);
  return plain.includes('e') ? n.toFixed(3) : plain;
}

/**
 * The ThreatExchange signal string of a Concord vPDQ value. Frame numbers are
 * not part of it; `renumbered` says whether they were anything but 0, 1, 2...
 */
export function vpdqToThreatExchange(value: string): { text: string; renumbered: boolean } {
  let renumbered = false;
  const features = value.split('\n').map((line, i) => {
    const [frame, quality, hash, time] = line.split(',');
    if (frame !== String(i)) renumbered = true;
    return JSON.stringify(`${hash},${quality},${time}`);
  });
  // json.dumps separates items with ", ".
  return { text: `[${features.join(', ')}]`, renumbered };
}
