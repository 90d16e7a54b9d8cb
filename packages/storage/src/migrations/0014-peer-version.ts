import { sql, type Kysely, type Migration } from 'kysely';
import type { StorageDialect } from '../ports.ts';

/**
 * SQLite: a number that moves with every change to the peers table, whoever
 * makes it (the node, the command line in another process): the `peers`
 * counter, bumped by triggers in the changing statement's own transaction.
 * A node reads it before trusting the peer records it remembers, which is
 * cheaper than reading a peer each time it seals a message for it.
 *
 * Not on PostgreSQL: there a counter row every change to peers locks could
 * deadlock against a transaction that takes the outbox counter first, and a
 * sequence moves before its transaction commits, so a reader could file an
 * old record under the new number. PostgreSQL nodes read the peer each time.
 */
export function peerVersion(dialect: StorageDialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      if (dialect === 'postgres') return;
      await sql`insert into counters (name, value) values ('peers', 0)`.execute(db);
      for (const event of ['insert', 'update', 'delete'])
        await sql`${sql.raw(`create trigger peers_version_${event} after ${event} on peers`)}
          begin
            update counters set value = value + 1 where name = 'peers';
          end`.execute(db);
    },
  };
}
