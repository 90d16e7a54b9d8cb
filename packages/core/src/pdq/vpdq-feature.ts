// vPDQ hashes and their text form. A vPDQ hash is the list of PDQ hashes of
// frames sampled from a video. The text form is the one Meta's vpdq C++ tools
// read and write (vpdq/cpp/io/vpdqio.cpp), one frame per line:
//
//   <frameNumber>,<quality>,<64 hex PDQ>,<timestamp in seconds, 3 decimals>
//
// e.g. `25,100,d8f8f0ce...9b22,1.000`.

import { err, ok, type CodedError, type Result } from '../result.ts';
import { parsePdqHash, type PdqHash } from './pdq-hash.ts';

/** One sampled frame of a video. */
export interface VpdqFeature {
  /** 0-based index of the frame among all decoded frames of the video. */
  readonly frameNumber: number;
  /** PDQ quality of the frame, 0..100. */
  readonly quality: number;
  readonly hash: PdqHash;
  /** Seconds from the start: frameNumber / frame rate. */
  readonly timestamp: number;
}

/** Why a text is not a vPDQ hash; the message names the line. */
export type VpdqParseError = CodedError<'invalid_vpdq'>;

/**
 * `x` with 3 decimals, rounding the exact binary value half to even as C's
 * printf (and so the reference's `std::fixed << setprecision(3)`) does.
 */
function fixed3(x: number): string {
  const scaled = x * 1000; // exact for float32 timestamps of any real video length
  let units = Math.floor(scaled);
  const fraction = scaled - units;
  if (fraction > 0.5 || (fraction === 0.5 && units % 2 === 1)) units++;
  const whole = Math.floor(units / 1000);
  return `${whole}.${String(units - whole * 1000).padStart(3, '0')}`;
}

/**
 * The reference text form of a vPDQ hash, one line per frame, each ending in `\n`.
 *
 * @example
 * await writeFile('video.vpdq.txt', formatVpdq(features));
 */
export function formatVpdq(features: readonly VpdqFeature[]): string {
  return features
    .map((f) => `${f.frameNumber},${f.quality},${f.hash},${fixed3(f.timestamp)}\n`)
    .join('');
}

const INTEGER = /^\d+$/;
const DECIMAL = /^\d+(\.\d+)?$/;

function parseLine(line: string, lineNumber: number): Result<VpdqFeature, VpdqParseError> {
  const bad = (why: string) => err('invalid_vpdq', `line ${lineNumber}: ${why}`);
  const fields = line.split(',');
  if (fields.length !== 4) return bad(`expected 4 comma-separated fields, got ${fields.length}`);
  const [frameText = '', qualityText = '', hashText = '', timeText = ''] = fields.map((s) =>
    s.trim(),
  );
  if (!INTEGER.test(frameText)) return bad(`frame number '${frameText}' is not an integer`);
  if (!INTEGER.test(qualityText) || Number(qualityText) > 100) {
    return bad(`quality '${qualityText}' is not an integer from 0 to 100`);
  }
  const hash = parsePdqHash(hashText);
  if (!hash.ok) return bad(hash.error.message);
  if (!DECIMAL.test(timeText)) return bad(`timestamp '${timeText}' is not a number of seconds`);
  const frameNumber = Number(frameText);
  if (!Number.isSafeInteger(frameNumber)) return bad('frame number is too large');
  return ok({
    frameNumber,
    quality: Number(qualityText),
    hash: hash.value,
    timestamp: Number(timeText),
  });
}

/**
 * Parses the reference text form (see `formatVpdq`). Blank lines and `\r\n`
 * endings are accepted; an empty text is an error, as in the reference reader.
 *
 * @example
 * const r = parseVpdq(await readFile(path, 'utf8'));
 * if (!r.ok) return reply(400, r.error);
 */
export function parseVpdq(text: string): Result<VpdqFeature[], VpdqParseError> {
  const features: VpdqFeature[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').replace(/\r$/, '');
    if (line.trim() === '') continue;
    const parsed = parseLine(line, i + 1);
    if (!parsed.ok) return parsed;
    features.push(parsed.value);
  }
  if (features.length === 0) return err('invalid_vpdq', 'a vPDQ hash has at least one frame');
  return ok(features);
}
