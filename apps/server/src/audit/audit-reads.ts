import type { ChainVerdict, Purpose, StoredAuditEvent } from '@concord/core';
import type { AuditFilter, Page, Storage } from '@concord/storage';
import type { Clock } from '@concord/core';
import { record, verifyAuditTrail, type Actor } from './audit-trail.ts';

interface Deps {
  readonly storage: Storage;
  readonly clock: Clock;
}

function filterDetails(filter: AuditFilter): Record<string, string> {
  return Object.fromEntries(
    Object.entries(filter)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, String(v)]),
  );
}

/** Reading the trail is itself recorded in the trail, with the filter used. */
export async function readAuditTrail(
  deps: Deps,
  actor: Actor,
  filter: AuditFilter,
  page: { readonly page: number; readonly pageSize: number },
): Promise<Page<StoredAuditEvent>> {
  const result = await deps.storage.audit.list(filter, {
    offset: (page.page - 1) * page.pageSize,
    limit: page.pageSize,
  });
  await record(deps.storage, deps.clock, actor, {
    action: 'audit.read',
    outcome: 'success',
    objectType: 'audit_trail',
    details: { ...filterDetails(filter), page: page.page, returned: result.items.length },
  });
  return result;
}

export async function checkAuditTrail(deps: Deps, actor: Actor): Promise<ChainVerdict> {
  const verdict = await verifyAuditTrail(deps.storage.audit);
  await record(deps.storage, deps.clock, actor, {
    action: 'audit.verify',
    outcome: verdict.intact ? 'success' : 'failure',
    objectType: 'audit_trail',
    details: verdict.intact
      ? { count: verdict.count }
      : { count: verdict.count, firstBrokenSeq: verdict.firstBrokenSeq, reason: verdict.reason },
  });
  return verdict;
}

const CSV_COLUMNS = [
  'seq',
  'at',
  'actorName',
  'actorRole',
  'action',
  'objectType',
  'objectId',
  'purpose',
  'outcome',
  'clientAddress',
  'details',
  'hash',
] as const;

/** One CSV cell: quoted when needed, and defused if a spreadsheet would run it as a formula. */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The trail as CSV, newest first, in pages so that any length streams in
 * constant memory. Records the export, with its stated purpose, first.
 */
export async function* exportAuditTrail(
  deps: Deps,
  actor: Actor,
  filter: AuditFilter,
  purpose: Purpose,
): AsyncGenerator<string> {
  // Pin the end so events written during the export do not shift the pages.
  const pinned: AuditFilter = { ...filter, to: filter.to ?? deps.clock.now().toISOString() };
  await record(deps.storage, deps.clock, actor, {
    action: 'audit.export',
    outcome: 'success',
    objectType: 'audit_trail',
    purpose,
    details: filterDetails(filter),
  });
  yield `${CSV_COLUMNS.join(',')}\n`;
  const pageSize = 1000;
  for (let offset = 0; ; offset += pageSize) {
    const page = await deps.storage.audit.list(pinned, { offset, limit: pageSize });
    for (const e of page.items) {
      const row = CSV_COLUMNS.map((c) => (c === 'details' ? JSON.stringify(e.details) : e[c]));
      yield `${row.map(csvCell).join(',')}\n`;
    }
    if (page.items.length < pageSize) return;
  }
}
