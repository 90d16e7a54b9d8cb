// Reading a VICS JSON document: the whole document is read (up to a cap),
// decoded, parsed, then walked media by media.

import type { GradeScheme, JsonValue } from '@concord/core';
import type { FormatInput, ParseEvent, ParseOptions } from '../format-definition.ts';
import { invalidUtf8Offset, lineOfByte, startsWithBom } from '../input/utf8.ts';
import { atLine, parseProblem, quote, type ParseProblem } from '../problems.ts';
import { parseJsonDocument, type JsonDocument } from './json-document.ts';
import {
  VICS_CASE_KEY,
  categoryScheme,
  isDataModelKey,
  parseDataModelUrl,
  type VicsHeader,
} from './vics-header.ts';
import { isObject, readMedia } from './vics-media.ts';

export const DEFAULT_MAX_DOCUMENT_BYTES = 256 * 1024 * 1024;

type JsonObject = { readonly [key: string]: JsonValue };

/** Items of a VICS document, after its header; problems instead where it is broken. */
export async function* readVics(
  input: FormatInput,
  options: ParseOptions = {},
): AsyncGenerator<ParseEvent> {
  const text = await documentText(input, options);
  if (!text.ok) {
    yield { kind: 'problem', problem: text.problem };
    return;
  }
  const doc = parseJsonDocument(text.value);
  if (!doc.ok) {
    const { message, line } = doc.error;
    yield problemEvent('malformed_json', `not valid JSON: ${message}`, line, null);
    return;
  }
  const root = doc.value.value;
  const found = isObject(root)
    ? readHeader(root, doc.value)
    : notVics(parseProblem('malformed_json', 'a VICS document is a JSON object', atLine(1)));
  if (!found.ok) {
    yield { kind: 'problem', problem: found.problem };
    return;
  }
  const { header, list } = found;
  yield { kind: 'header', header };

  const scheme = categoryScheme(header, options.vicsCategoryScheme);
  const walk: MediaWalker = (value, path, caseIndex, listLine) =>
    mediaEvents(doc.value, value, { path, caseIndex, listLine, scheme });
  for (const [c, entry] of list.entries()) {
    options.signal?.throwIfAborted();
    if (header.form === 'media') yield* walk(entry, `value[${c}]`, null, doc.value.lineOf(list));
    else yield* caseEvents(doc.value, list, c, walk);
  }
}

type MediaWalker = (
  value: JsonValue,
  path: string,
  caseIndex: number | null,
  listLine: number | null,
) => Generator<ParseEvent>;

/** The media of case `c` of a #Cases document. */
function* caseEvents(
  doc: JsonDocument,
  cases: readonly JsonValue[],
  c: number,
  walk: MediaWalker,
): Generator<ParseEvent> {
  const entry = cases[c];
  if (!isObject(entry)) {
    const path = `value[${c}]`;
    yield problemEvent('invalid_field', `${path} is not a case object`, doc.lineOf(cases), path);
    return;
  }
  const key = Object.keys(entry).find((k) => k.toLowerCase() === 'media') ?? 'Media';
  const media = entry[key] ?? [];
  const path = `value[${c}].${key}`;
  if (!Array.isArray(media)) {
    yield problemEvent('invalid_field', `${path} is not a list`, doc.lineOf(entry), path);
    return;
  }
  for (const [m, value] of media.entries())
    yield* walk(value, `${path}[${m}]`, c, doc.lineOf(media));
}

function* mediaEvents(
  doc: JsonDocument,
  value: JsonValue,
  at: {
    readonly path: string;
    readonly caseIndex: number | null;
    readonly listLine: number | null;
    readonly scheme: GradeScheme;
  },
): Generator<ParseEvent> {
  if (!isObject(value)) {
    yield problemEvent('invalid_field', `${at.path} is not a media object`, at.listLine, at.path);
    return;
  }
  const line = doc.lineOf(value);
  const draft = readMedia(value, at.path, line, at.scheme);
  if (at.caseIndex !== null) draft.setExtra(VICS_CASE_KEY, at.caseIndex);
  const item = draft.finish();
  if (item) {
    yield { kind: 'item', item, line, path: at.path };
    return;
  }
  for (const problem of draft.problems) {
    // Problems carry the media's line; find the member's own line only now, when needed.
    const member = problem.path?.startsWith(`${at.path}.`)
      ? problem.path.slice(at.path.length + 1).split('[')[0]
      : undefined;
    const memberLine = member ? doc.lineOfMember(value, member) : null;
    yield { kind: 'problem', problem: { ...problem, line: memberLine ?? problem.line } };
  }
}

type HeaderRead =
  | { readonly ok: true; readonly header: VicsHeader; readonly list: readonly JsonValue[] }
  | { readonly ok: false; readonly problem: ParseProblem };

function notVics(problem: ParseProblem): HeaderRead {
  return { ok: false, problem };
}

function readHeader(root: JsonObject, doc: JsonDocument): HeaderRead {
  const fail = (code: ParseProblem['code'], message: string, path: string | null) =>
    notVics(parseProblem(code, message, atLine(doc.lineOf(root), path)));
  const contextKey = Object.keys(root).find((k) => isDataModelKey(k));
  const url = contextKey === undefined ? undefined : root[contextKey];
  if (contextKey === undefined || typeof url !== 'string') {
    return fail(
      'unknown_format_version',
      'no "@odata.context" or "odata.metadata" data-model URL',
      null,
    );
  }
  const model = parseDataModelUrl(url);
  if (!model) {
    return fail('unknown_format_version', `unknown VICS data model ${quote(url, 160)}`, contextKey);
  }
  const valueKey = Object.keys(root).find((k) => k.toLowerCase() === 'value');
  const list = valueKey === undefined ? undefined : root[valueKey];
  if (!Array.isArray(list))
    return fail('malformed_json', 'a VICS document has a "value" list', 'value');

  const fields = Object.fromEntries(
    Object.entries(root).filter(([k]) => k !== contextKey && k !== valueKey),
  );
  const cases =
    model.form === 'cases'
      ? list.map((c) =>
          isObject(c)
            ? Object.fromEntries(Object.entries(c).filter(([k]) => k.toLowerCase() !== 'media'))
            : {},
        )
      : [];
  return { ok: true, header: { kind: 'vics', ...model, fields, cases }, list };
}

function problemEvent(
  code: ParseProblem['code'],
  message: string,
  line: number | null,
  path: string | null,
): ParseEvent {
  return { kind: 'problem', problem: parseProblem(code, message, atLine(line, path)) };
}

type TextRead =
  | { readonly ok: true; readonly value: string }
  | { readonly ok: false; readonly problem: ParseProblem };

/** The document as text, within the size cap and valid UTF-8; a leading BOM is dropped. */
async function documentText(input: FormatInput, options: ParseOptions): Promise<TextRead> {
  const max = options.maxDocumentBytes ?? DEFAULT_MAX_DOCUMENT_BYTES;
  const tooLarge: TextRead = {
    ok: false,
    problem: parseProblem(
      'document_too_large',
      `the document is larger than ${max} bytes`,
      atLine(null),
    ),
  };
  if (typeof input === 'string') {
    // A string is measured in UTF-16 code units, a close stand-in for its bytes.
    if (input.length > max) return tooLarge;
    return { ok: true, value: input.startsWith('\uFEFF') ? input.slice(1) : input };
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of input instanceof Uint8Array ? [input] : input) {
    options.signal?.throwIfAborted();
    size += chunk.length;
    if (size > max) return tooLarge;
    chunks.push(chunk);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  try {
    const body = startsWithBom(bytes) ? bytes.subarray(3) : bytes;
    return {
      ok: true,
      value: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body),
    };
  } catch {
    const offset = invalidUtf8Offset(bytes);
    const line = lineOfByte(bytes, offset);
    return {
      ok: false,
      problem: parseProblem('bad_utf8', `line ${line} is not valid UTF-8`, atLine(line)),
    };
  }
}
