import { ConcordApiError, ConcordNetworkError, v1 } from '@concord/client';
import { concord } from '../../api/concord-client.ts';
import type { Purpose } from '../../api/protocol-lists.ts';
import type { AuditFilters } from './audit-filters.ts';

/**
 * Downloads the CSV export from the client's export URL. It is fetched rather
 * than followed as a link so that a refusal (no purpose, no permission, session
 * over) is shown in the page as an explained error instead of a raw JSON page.
 */
export async function downloadAuditCsv(filters: AuditFilters, purpose: Purpose): Promise<void> {
  const url = concord.audit.exportUrl({ ...filters, purpose });
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'same-origin', headers: { accept: 'text/csv' } });
  } catch (error) {
    throw new ConcordNetworkError(
      `cannot reach the Concord node (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  if (!response.ok) {
    const body = v1.ErrorBody.safeParse(await response.json().catch(() => undefined));
    if (!body.success) throw new ConcordNetworkError(`the node answered ${response.status}`);
    const { code, message, issues, retryAfterSeconds } = body.data.error;
    throw new ConcordApiError(
      response.status,
      code,
      message,
      issues ?? [],
      retryAfterSeconds ?? null,
    );
  }
  const blob = await response.blob();
  const name =
    /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ??
    'concord-audit.csv';
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the URL is released.
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
