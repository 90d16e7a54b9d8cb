import type { CodedError } from '@concord/core';

/** Why a database could not be opened or prepared; each code tells the operator what to do. */
export type StorageError = CodedError<
  | 'database_unreachable'
  | 'database_corrupt'
  | 'database_too_new'
  | 'not_a_concord_database'
  | 'migration_failed'
  | 'invalid_database_url'
>;
