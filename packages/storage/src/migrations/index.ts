import type { Migration } from 'kysely';
import type { StorageDialect } from '../ports.ts';
import { foundation } from './0001-foundation.ts';
import { hashBanks } from './0002-hash-banks.ts';
import { scanReports } from './0003-scan-reports.ts';
import { federation } from './0004-federation.ts';
import { syncDetails } from './0005-sync-details.ts';
import { lawProfiles } from './0006-law-profiles.ts';
import { keyRotation } from './0007-key-rotation.ts';
import { outboxExpiry } from './0008-outbox-expiry.ts';
import { outboxQueueIndex } from './0009-outbox-queue-index.ts';
import { subscriptionProgress } from './0010-subscription-progress.ts';
import { signalKeyIndex } from './0011-signal-key-index.ts';
import { bankSignalCount } from './0012-bank-signal-count.ts';
import { outboxRowid } from './0013-outbox-rowid.ts';
import { peerVersion } from './0014-peer-version.ts';

/**
 * Every schema version, in order. Names sort in the order they run; a released
 * migration is never edited, only followed by a new one.
 */
export function migrationsFor(dialect: StorageDialect): Record<string, Migration> {
  return {
    '0001_foundation': foundation(dialect),
    '0002_hash_banks': hashBanks,
    '0003_scan_reports': scanReports,
    '0004_federation': federation,
    '0005_sync_details': syncDetails,
    '0006_law_profiles': lawProfiles,
    '0007_key_rotation': keyRotation,
    '0008_outbox_expiry': outboxExpiry,
    '0009_outbox_queue_index': outboxQueueIndex,
    '0010_subscription_progress': subscriptionProgress,
    '0011_signal_key_index': signalKeyIndex(dialect),
    '0012_bank_signal_count': bankSignalCount,
    '0013_outbox_rowid': outboxRowid(dialect),
    '0014_peer_version': peerVersion(dialect),
  };
}
