export { openStorage, redact } from './open-storage.ts';
export type { StorageLocation, OpenedStorage } from './open-storage.ts';
export type { MigrationReport } from './migrate.ts';
export type { StorageError } from './storage-error.ts';
export { SESSION_STATES, STORAGE_DIALECTS } from './ports.ts';
export type {
  ApiTokenRecord,
  ApiTokenStore,
  AuditFilter,
  AuditHead,
  AuditStore,
  IsoInstant,
  NewAuditEvent,
  NewUser,
  NodeIdentityRecord,
  NodeIdentityStore,
  Page,
  PageRequest,
  SessionRecord,
  SessionState,
  SessionStore,
  SignInAttempt,
  SignInAttemptStore,
  Storage,
  StorageDialect,
  StoreConflict,
  Stores,
  UserPatch,
  UserRecord,
  UserStore,
} from './ports.ts';
