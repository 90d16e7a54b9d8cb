import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { SignInAttemptStore } from '../ports.ts';
import type { Database } from '../schema.ts';

export function kyselySignInAttemptStore(db: Kysely<Database>): SignInAttemptStore {
  return {
    async record(a) {
      await db
        .insertInto('sign_in_attempts')
        .values({
          id: randomUUID(),
          at: a.at,
          username: a.username,
          client_address: a.clientAddress,
          success: a.success ? 1 : 0,
        })
        .execute();
    },
    async countFailuresByAddress(clientAddress, since) {
      const r = await db
        .selectFrom('sign_in_attempts')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('client_address', '=', clientAddress)
        .where('success', '=', 0)
        .where('at', '>', since)
        .executeTakeFirstOrThrow();
      return Number(r.n);
    },
    async prune(before) {
      const r = await db.deleteFrom('sign_in_attempts').where('at', '<', before).executeTakeFirst();
      return Number(r.numDeletedRows);
    },
  };
}
