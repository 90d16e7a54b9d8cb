import { sql, type Kysely, type Migration } from 'kysely';

/**
 * Each bank keeps how many of its signals are live (not retracted), kept by
 * the signal store in the transaction that changes them. Counting them on each
 * read walked every signal of the bank: a second at a million, on every bank
 * lookup, of which serving a sync does one per page.
 */
export const bankSignalCount: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .alterTable('banks')
      .addColumn('signal_count', 'bigint', (c) => c.notNull().defaultTo(0))
      .execute();
    await sql`update banks set signal_count = (select count(*) from signals where signals.bank_id = banks.id and signals.retracted_at is null)`.execute(
      db,
    );
  },
};
