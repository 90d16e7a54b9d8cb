import { concord } from '../../api/concord-client.ts';
import { downloadFile } from '../../api/download-file.ts';
import type { Purpose } from '../../api/protocol-lists.ts';
import type { AuditFilters } from './audit-filters.ts';

/** Downloads the CSV export of the filtered trail; a refusal is thrown as an explained error. */
export async function downloadAuditCsv(filters: AuditFilters, purpose: Purpose): Promise<void> {
  await downloadFile(concord.audit.exportUrl({ ...filters, purpose }), {
    accept: 'text/csv',
    fallbackName: 'concord-audit.csv',
  });
}
