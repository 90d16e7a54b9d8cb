import type { Kysely } from 'kysely';
import type { Storage, StorageDialect, Stores } from './ports.ts';
import type { Database } from './schema.ts';
import { kyselyApiTokenStore } from './stores/api-tokens.ts';
import { kyselyBankStore } from './stores/banks.ts';
import { kyselySignalStore } from './stores/signals.ts';
import { kyselyScanReportStore } from './stores/scan-reports.ts';
import { kyselyInboxStore, kyselyOutboxStore } from './stores/messages.ts';
import { kyselyPeerStore, kyselyTrustAnchorStore } from './stores/peers.ts';
import { kyselySharingStore } from './stores/sharing.ts';
import { kyselySubscriptionStore } from './stores/subscriptions.ts';
import { kyselyBankOfferStore } from './stores/bank-offers.ts';
import { kyselyLawProfileStore } from './stores/law-profiles.ts';
import { kyselyAuditStore } from './stores/audit.ts';
import { kyselyNodeIdentityStore } from './stores/node-identity.ts';
import { kyselySessionStore } from './stores/sessions.ts';
import { kyselySignInAttemptStore } from './stores/sign-in-attempts.ts';
import { kyselyUserStore } from './stores/users.ts';

/** Stores bound to a database handle, which may be a transaction. */
function bindStores(db: Kysely<Database>, dialect: StorageDialect): Stores {
  const runInTransaction = <T>(fn: (trx: Kysely<Database>) => Promise<T>): Promise<T> =>
    db.isTransaction ? fn(db) : db.transaction().execute(fn);
  return {
    users: kyselyUserStore(db),
    sessions: kyselySessionStore(db),
    apiTokens: kyselyApiTokenStore(db),
    signInAttempts: kyselySignInAttemptStore(db),
    audit: kyselyAuditStore(db, runInTransaction),
    identity: kyselyNodeIdentityStore(db, runInTransaction),
    banks: kyselyBankStore(db),
    signals: kyselySignalStore(db, dialect),
    scanReports: kyselyScanReportStore(db),
    peers: kyselyPeerStore(db, dialect),
    trustAnchors: kyselyTrustAnchorStore(db),
    sharing: kyselySharingStore(db),
    outbox: kyselyOutboxStore(db, dialect),
    inbox: kyselyInboxStore(db),
    subscriptions: kyselySubscriptionStore(db),
    bankOffers: kyselyBankOfferStore(db),
    lawProfiles: kyselyLawProfileStore(db),
  };
}

/** The same store code serves both dialects; only the Kysely dialect differs. */
export function kyselyStorage(db: Kysely<Database>, dialect: StorageDialect): Storage {
  return {
    ...bindStores(db, dialect),
    dialect,
    transaction: (fn) => db.transaction().execute((trx) => fn(bindStores(trx, dialect))),
    close: () => db.destroy(),
  };
}
