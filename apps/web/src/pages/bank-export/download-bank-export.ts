import { concord } from '../../api/concord-client.ts';
import { downloadFile } from '../../api/download-file.ts';
import type { ExchangeFormat } from '../../api/exchange-formats.ts';
import type { Purpose } from '../../api/protocol-lists.ts';

/** What a finished export says about itself: the file, and what was left out of it. */
export interface BankExportResult {
  readonly fileName: string;
  /** Signals the handling codes do not let this user export (X-Concord-Withheld); null if not said. */
  readonly withheld: number | null;
  /** Hashes the format has no place for (X-Concord-Not-In-Format); null if not said. */
  readonly notInFormat: number | null;
}

function countHeader(headers: Headers, name: string): number | null {
  const value = Number(headers.get(name) ?? Number.NaN);
  return Number.isInteger(value) && value >= 0 ? value : null;
}

/** Downloads a bank as a hash-set file for a stated purpose; a refusal is thrown as an explained error. */
export async function downloadBankExport(
  bankName: string,
  format: ExchangeFormat,
  purpose: Purpose,
): Promise<BankExportResult> {
  const { fileName, headers } = await downloadFile(
    concord.banks.exportUrl(bankName, format, purpose),
    { accept: 'application/octet-stream', fallbackName: `${bankName}-${format}` },
  );
  return {
    fileName,
    withheld: countHeader(headers, 'x-concord-withheld'),
    notInFormat: countHeader(headers, 'x-concord-not-in-format'),
  };
}
