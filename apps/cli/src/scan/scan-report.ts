import type { ScanMatch } from './scan-match.ts';

export interface ScanProblem {
  readonly path: string;
  readonly code: string;
  readonly message: string;
}

export interface ScanReport {
  readonly scan: {
    readonly root: string;
    readonly startedAt: string;
    readonly finishedAt: string;
    readonly threshold: number;
    readonly dihedral: boolean;
    /** How hashes were made, so results from different pipelines can be told apart. */
    readonly policy: string;
    readonly implementations: { readonly pdq: string; readonly vpdq: string };
    readonly workers: number;
    readonly banks: readonly {
      readonly bank: string;
      readonly signals: number;
      readonly problems: number;
    }[];
  };
  readonly totals: {
    readonly files: number;
    readonly hashed: number;
    readonly resumed: number;
    readonly matchedFiles: number;
    readonly problems: number;
    /** Matched files per grade ('scheme:value', or 'ungraded'). */
    readonly byGrade: Readonly<Record<string, number>>;
    /** Matched files per series. */
    readonly bySeries: Readonly<Record<string, number>>;
  };
  readonly matches: readonly ScanMatch[];
  readonly problems: readonly ScanProblem[];
}

export const REPORT_FORMATS = ['json', 'csv', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export function reportFormatOf(path: string): ReportFormat | null {
  const ext = path.toLowerCase().split('.').pop() ?? '';
  return ext === 'htm' ? 'html' : (REPORT_FORMATS.find((f) => f === ext) ?? null);
}

export function gradeLabel(match: ScanMatch): string {
  return match.grade ? `${match.grade.scheme}:${match.grade.value}` : 'ungraded';
}

/** Totals count files, not rows: a file matching three signals of one grade counts once for it. */
export function totalsOf(matches: readonly ScanMatch[]): {
  matchedFiles: number;
  byGrade: Record<string, number>;
  bySeries: Record<string, number>;
} {
  const grades = new Map<string, Set<string>>();
  const series = new Map<string, Set<string>>();
  const add = (map: Map<string, Set<string>>, key: string, path: string) =>
    map.set(key, (map.get(key) ?? new Set()).add(path));
  for (const m of matches) {
    add(grades, gradeLabel(m), m.path);
    if (m.series) add(series, m.series, m.path);
  }
  const counted = (map: Map<string, Set<string>>) =>
    Object.fromEntries(
      [...map].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, v.size]),
    );
  return {
    matchedFiles: new Set(matches.map((m) => m.path)).size,
    byGrade: counted(grades),
    bySeries: counted(series),
  };
}

export function renderReport(report: ScanReport, format: ReportFormat): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(report, null, 2)}\n`;
    case 'csv':
      return renderCsv(report);
    case 'html':
      return renderHtml(report);
  }
}

function cell(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function renderCsv(report: ScanReport): string {
  const rows: (string | number | null)[][] = [
    [
      'kind',
      'path',
      'signal_type',
      'distance',
      'grade_scheme',
      'grade',
      'series',
      'bank',
      'quality',
      'detail',
    ],
  ];
  for (const m of report.matches)
    rows.push([
      'match',
      m.path,
      m.type,
      m.distance,
      m.grade?.scheme ?? null,
      m.grade?.value ?? null,
      m.series,
      m.bank,
      m.quality,
      null,
    ]);
  for (const [grade, files] of Object.entries(report.totals.byGrade))
    rows.push(['total_by_grade', null, null, null, null, grade, null, null, null, files]);
  for (const [series, files] of Object.entries(report.totals.bySeries))
    rows.push(['total_by_series', null, null, null, null, null, series, null, null, files]);
  for (const p of report.problems)
    rows.push([
      'problem',
      p.path,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      `${p.code}: ${p.message}`,
    ]);
  return `${rows.map((r) => r.map(cell).join(',')).join('\n')}\n`;
}

function esc(text: string | number | null): string {
  return String(text ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function table(headers: readonly string[], rows: readonly (string | number | null)[][]): string {
  if (rows.length === 0) return '<p>None.</p>';
  const head = headers.map((h) => `<th scope="col">${esc(h)}</th>`).join('');
  const body = rows
    .map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`)
    .join('\n');
  return `<table><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

/** A self-contained page: no scripts, no images, nothing fetched. */
function renderHtml(report: ScanReport): string {
  const { scan, totals } = report;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Concord scan of ${esc(scan.root)}</title>
<style>body{font:14px system-ui,sans-serif;margin:2em}table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #bbb;padding:4px 8px;text-align:start}th{background:#eee}</style>
</head><body>
<h1>Concord scan report</h1>
<p>Folder <code>${esc(scan.root)}</code>, ${esc(scan.startedAt)} to ${esc(scan.finishedAt)}. PDQ threshold ${esc(scan.threshold)}; rotations and mirror images ${scan.dihedral ? 'included' : 'not included'}; hashes by ${esc(scan.implementations.pdq)} (${esc(scan.policy)}) and ${esc(scan.implementations.vpdq)}. This report lists hashes and classifications only; it contains no images.</p>
<h2>Totals</h2>
${table(['files', 'hashed now', 'from an earlier run', 'files matched', 'problems'], [[totals.files, totals.hashed, totals.resumed, totals.matchedFiles, totals.problems]])}
<h2>Matched files by grade</h2>
${table(['grade', 'files'], Object.entries(totals.byGrade))}
<h2>Matched files by series</h2>
${table(['series', 'files'], Object.entries(totals.bySeries))}
<h2>Banks</h2>
${table(
  ['bank', 'signals', 'problems when loading'],
  scan.banks.map((b) => [b.bank, b.signals, b.problems]),
)}
<h2>Matches</h2>
${table(
  ['path', 'signal type', 'distance', 'grade', 'series', 'bank', 'quality'],
  report.matches.map((m) => [
    m.path,
    m.type,
    m.distance,
    m.grade ? `${m.grade.scheme} ${m.grade.value}` : 'ungraded',
    m.series,
    m.bank,
    m.quality,
  ]),
)}
<h2>Files that could not be hashed</h2>
${table(
  ['path', 'reason'],
  report.problems.map((p) => [p.path, `${p.message} [${p.code}]`]),
)}
</body></html>
`;
}
