import { v1, type ConcordClient } from '@concord/client';

export type ScanReportDocument = Parameters<ConcordClient['scanReports']['upload']>[1];

/** The largest report the node accepts (its body limit for uploads). */
export const SCAN_REPORT_LIMIT_BYTES = 64 * 1024 * 1024;

/** What reading a chosen file found: a report, or why the file is not one. */
export type ScanReportFile =
  | { readonly kind: 'report'; readonly report: ScanReportDocument }
  | { readonly kind: 'too_large' }
  | { readonly kind: 'unreadable' }
  | { readonly kind: 'not_json' }
  /** JSON, but a hash-set file (VICS has a `value` list): it belongs in a bank. */
  | { readonly kind: 'hash_set' }
  | { readonly kind: 'not_a_report'; readonly issues: readonly string[] };

/**
 * Reads and checks a `concord scan --report FILE.json` report in the browser,
 * so a wrong file is explained before anything is sent.
 */
export async function readScanReportFile(file: Blob): Promise<ScanReportFile> {
  if (file.size > SCAN_REPORT_LIMIT_BYTES) return { kind: 'too_large' };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { kind: 'unreadable' };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { kind: 'not_json' };
  }
  const parsed = v1.ScanReportDocument.safeParse(json);
  if (parsed.success) return { kind: 'report', report: parsed.data };
  if (typeof json === 'object' && json !== null && 'value' in json && Array.isArray(json.value))
    return { kind: 'hash_set' };
  return {
    kind: 'not_a_report',
    issues: parsed.error.issues
      .slice(0, 5)
      .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`),
  };
}
