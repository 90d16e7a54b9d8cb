import type { Kysely, Selectable } from 'kysely';
import type { JsonValue } from '@concord/core';
import type { ScanReportRecord, ScanReportStore } from '../ports.ts';
import type { Database, ScanReportsTable } from '../schema.ts';

export function kyselyScanReportStore(db: Kysely<Database>): ScanReportStore {
  return {
    async create(r) {
      await db
        .insertInto('scan_reports')
        .values({
          id: r.id,
          label: r.label,
          uploaded_by: r.uploadedBy,
          uploaded_at: r.uploadedAt,
          scanned_at: r.scannedAt,
          files: r.files,
          matched_files: r.matchedFiles,
          problems: r.problems,
          summary: JSON.stringify(r.summary),
          matches: JSON.stringify(r.matches),
        })
        .execute();
    },
    async get(id) {
      const row = await db
        .selectFrom('scan_reports')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? { ...head(row), matches: JSON.parse(row.matches) as JsonValue } : null;
    },
    async list({ offset, limit }) {
      const [rows, total] = await Promise.all([
        db
          .selectFrom('scan_reports')
          .select([
            'id',
            'label',
            'uploaded_by',
            'uploaded_at',
            'scanned_at',
            'files',
            'matched_files',
            'problems',
            'summary',
          ])
          .orderBy('uploaded_at', 'desc')
          .orderBy('id')
          .offset(offset)
          .limit(limit)
          .execute(),
        db
          .selectFrom('scan_reports')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow(),
      ]);
      return { items: rows.map(head), total: Number(total.n) };
    },
  };
}

function head(r: Omit<Selectable<ScanReportsTable>, 'matches'>): Omit<ScanReportRecord, 'matches'> {
  return {
    id: r.id,
    label: r.label,
    uploadedBy: r.uploaded_by,
    uploadedAt: r.uploaded_at,
    scannedAt: r.scanned_at,
    files: r.files,
    matchedFiles: r.matched_files,
    problems: r.problems,
    summary: JSON.parse(r.summary) as JsonValue,
  };
}
