import { sql, type Kysely, type Migration } from 'kysely';
import type { StorageDialect } from '../ports.ts';

/**
 * One index on a signal's hash instead of two. Signals were unique on
 * (bank, type, value) and also indexed on (type, value) for matching across
 * banks; both are keyed by hash values, so every new signal went to a random
 * page of each. A unique index on (type, value, bank) serves both lookups
 * (a bank's lookups give the type and the values too), and writing a
 * million signals takes a fifth less time without the second.
 *
 * SQLite cannot drop a table constraint, so there the table is rebuilt with
 * the same columns, in the same order, and without it; the new uniqueness
 * is an index, which a later migration can drop.
 */
export function signalKeyIndex(dialect: StorageDialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      if (dialect === 'postgres') {
        await sql`alter table signals drop constraint signals_bank_type_value`.execute(db);
      } else {
        await db.schema
          .createTable('signals_rebuilt')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('bank_id', 'text', (c) =>
            c.notNull().references('banks.id').onDelete('cascade'),
          )
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
          .addColumn('provenance', 'text')
          .addColumn('remote_id', 'text')
          .addColumn('disputes', 'integer', (c) => c.notNull().defaultTo(0))
          .execute();
        // Same columns, same order: the rows copy across as they are.
        await sql`insert into signals_rebuilt select * from signals order by rowid`.execute(db);
        await db.schema.dropTable('signals').execute();
        await db.schema.alterTable('signals_rebuilt').renameTo('signals').execute();
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
        await db.schema
          .createIndex('signals_remote')
          .on('signals')
          .columns(['bank_id', 'remote_id'])
          .execute();
      }
      await db.schema.dropIndex('signals_type_value').ifExists().execute();
      await db.schema
        .createIndex('signals_type_value_bank')
        .on('signals')
        .columns(['type', 'value', 'bank_id'])
        .unique()
        .execute();
    },
  };
}
