import type { Kysely, Migration } from 'kysely';

/** Hash banks and their signals, with tombstones and a per-bank change sequence for delta sync. */
export const hashBanks: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('banks')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull().unique())
      .addColumn('description', 'text', (c) => c.notNull())
      .addColumn('origin_node_id', 'text', (c) => c.notNull())
      .addColumn('handling', 'text', (c) => c.notNull())
      .addColumn('change_seq', 'bigint', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('signals')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('bank_id', 'text', (c) => c.notNull().references('banks.id').onDelete('cascade'))
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('value', 'text', (c) => c.notNull())
      .addColumn('source_id', 'text')
      .addColumn('grade_scheme', 'text')
      .addColumn('grade_value', 'text')
      .addColumn('graded_by', 'text')
      .addColumn('graded_at', 'text')
      .addColumn('series', 'text')
      .addColumn('victim_identified', 'integer')
      .addColumn('offender_identified', 'integer')
      .addColumn('is_distributed', 'integer')
      .addColumn('comments', 'text')
      .addColumn('contributor', 'text', (c) => c.notNull())
      .addColumn('confirmations', 'integer', (c) => c.notNull())
      .addColumn('handling', 'text', (c) => c.notNull())
      .addColumn('lawful_basis', 'text')
      .addColumn('retain_until', 'text')
      .addColumn('extra', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('retracted_at', 'text')
      .addColumn('retraction_reason', 'text')
      .addColumn('change_seq', 'bigint', (c) => c.notNull())
      .addUniqueConstraint('signals_bank_type_value', ['bank_id', 'type', 'value'])
      .execute();
    await db.schema
      .createIndex('signals_type_value')
      .on('signals')
      .columns(['type', 'value'])
      .execute();
    await db.schema
      .createIndex('signals_bank_change')
      .on('signals')
      .columns(['bank_id', 'change_seq'])
      .execute();
    await db.schema.createIndex('signals_series').on('signals').column('series').execute();
    await db.schema
      .createIndex('signals_grade')
      .on('signals')
      .columns(['grade_scheme', 'grade_value'])
      .execute();
  },
};
