import type { Kysely, Migration } from 'kysely';

/** Scan reports uploaded from `concord scan`: totals and matches, never media. */
export const scanReports: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('scan_reports')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('label', 'text', (c) => c.notNull())
      .addColumn('uploaded_by', 'text', (c) => c.notNull())
      .addColumn('uploaded_at', 'text', (c) => c.notNull())
      .addColumn('scanned_at', 'text', (c) => c.notNull())
      .addColumn('files', 'integer', (c) => c.notNull())
      .addColumn('matched_files', 'integer', (c) => c.notNull())
      .addColumn('problems', 'integer', (c) => c.notNull())
      .addColumn('summary', 'text', (c) => c.notNull())
      .addColumn('matches', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('scan_reports_uploaded')
      .on('scan_reports')
      .column('uploaded_at')
      .execute();
  },
};
