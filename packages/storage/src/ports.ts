import type {
  AuditEventContent,
  ChainedAuditEvent,
  Permission,
  Role,
  StoredAuditEvent,
} from '@concord/core';

/** Timestamps cross the storage boundary as ISO 8601 UTC strings. */
export type IsoInstant = string;

export interface UserRecord {
  readonly id: string;
  /** Lower-case, unique. */
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
  readonly passwordHash: string;
  readonly mustChangePassword: boolean;
  /** The TOTP secret as sealed by the server (never stored in clear), or null. */
  readonly totpSecretSealed: string | null;
  readonly totpEnabled: boolean;
  /** An admin requires this user to use a second factor. */
  readonly totpRequired: boolean;
  /** The last TOTP time step accepted, so a code cannot be used twice. */
  readonly totpLastStep: number | null;
  readonly disabled: boolean;
  readonly failedSignIns: number;
  readonly lockedUntil: IsoInstant | null;
  readonly locale: string | null;
  readonly createdAt: IsoInstant;
  readonly updatedAt: IsoInstant;
}

export type NewUser = Omit<UserRecord, 'updatedAt'>;
export type UserPatch = Partial<Omit<UserRecord, 'id' | 'createdAt' | 'username'>> & {
  readonly updatedAt: IsoInstant;
};

export interface Page<T> {
  readonly items: readonly T[];
  readonly total: number;
}

export interface PageRequest {
  readonly offset: number;
  readonly limit: number;
}

export type StoreConflict = { readonly kind: 'conflict'; readonly field: string };

export interface UserStore {
  /** Returns a conflict instead of a record when the username is taken. */
  create(user: NewUser): Promise<UserRecord | StoreConflict>;
  findById(id: string): Promise<UserRecord | null>;
  findByUsername(username: string): Promise<UserRecord | null>;
  list(page: PageRequest): Promise<Page<UserRecord>>;
  update(id: string, patch: UserPatch): Promise<UserRecord | null>;
  /**
   * Records a TOTP step as used, only if it is newer than the last one used.
   * Returns false when the step (or a later one) was already used.
   */
  claimTotpStep(id: string, step: number): Promise<boolean>;
  count(): Promise<number>;
}

export const SESSION_STATES = [
  'active',
  'second_factor_pending',
  'second_factor_setup_required',
  'password_change_required',
] as const;
export type SessionState = (typeof SESSION_STATES)[number];

export interface SessionRecord {
  /** SHA-256 of the session secret; the secret itself lives only in the cookie. */
  readonly idHash: string;
  readonly userId: string;
  readonly state: SessionState;
  readonly csrfToken: string;
  readonly createdAt: IsoInstant;
  readonly lastSeenAt: IsoInstant;
  readonly expiresAt: IsoInstant;
  readonly clientAddress: string | null;
}

export interface SessionStore {
  create(session: SessionRecord): Promise<void>;
  find(idHash: string): Promise<SessionRecord | null>;
  update(
    idHash: string,
    patch: Partial<Pick<SessionRecord, 'state' | 'lastSeenAt' | 'expiresAt'>>,
  ): Promise<void>;
  delete(idHash: string): Promise<void>;
  /** Ends every session of a user, except optionally one. Returns how many ended. */
  deleteForUser(userId: string, except?: string): Promise<number>;
  deleteExpired(now: IsoInstant): Promise<number>;
}

export interface ApiTokenRecord {
  readonly id: string;
  readonly userId: string;
  readonly name: string;
  /** SHA-256 of the token; the token is shown once and never stored. */
  readonly tokenHash: string;
  readonly scopes: readonly Permission[];
  readonly createdAt: IsoInstant;
  readonly expiresAt: IsoInstant;
  readonly lastUsedAt: IsoInstant | null;
  readonly revokedAt: IsoInstant | null;
}

export interface ApiTokenStore {
  create(token: ApiTokenRecord): Promise<void>;
  findByHash(tokenHash: string): Promise<ApiTokenRecord | null>;
  listForUser(userId: string): Promise<readonly ApiTokenRecord[]>;
  /** Revokes a token of this user; false when there is no such live token. */
  revoke(id: string, userId: string, at: IsoInstant): Promise<boolean>;
  touch(id: string, at: IsoInstant): Promise<void>;
}

export interface SignInAttempt {
  readonly at: IsoInstant;
  readonly username: string;
  readonly clientAddress: string;
  readonly success: boolean;
}

export interface SignInAttemptStore {
  record(attempt: SignInAttempt): Promise<void>;
  countFailuresByAddress(clientAddress: string, since: IsoInstant): Promise<number>;
  prune(before: IsoInstant): Promise<number>;
}

export interface AuditFilter {
  readonly actor?: string | undefined;
  /** Exact action, or a prefix ending in '.' (e.g. 'user.'). */
  readonly action?: string | undefined;
  readonly objectType?: string | undefined;
  readonly objectId?: string | undefined;
  readonly outcome?: AuditEventContent['outcome'] | undefined;
  readonly from?: IsoInstant | undefined;
  readonly to?: IsoInstant | undefined;
}

export type NewAuditEvent = Omit<AuditEventContent, 'seq'>;

export interface AuditHead {
  readonly seq: number;
  readonly hash: string;
}

export interface AuditStore {
  /** Appends under a lock so the chain stays linear across processes and servers. */
  append(event: NewAuditEvent): Promise<ChainedAuditEvent>;
  /** Newest first. */
  list(filter: AuditFilter, page: PageRequest): Promise<Page<StoredAuditEvent>>;
  /** Every event in sequence order, read in batches, exactly as stored. */
  scan(batchSize?: number): AsyncIterable<StoredAuditEvent>;
  head(): Promise<AuditHead>;
}

export interface NodeIdentityRecord {
  readonly nodeId: string;
  readonly name: string;
  readonly jurisdiction: string;
  /** Base64 (raw 32 bytes) public keys. */
  readonly signingPublicKey: string;
  readonly encryptionPublicKey: string;
  /** Private keys sealed with the node's key-encryption key. */
  readonly signingPrivateKeySealed: string;
  readonly encryptionPrivateKeySealed: string;
  readonly createdAt: IsoInstant;
}

export interface NodeIdentityStore {
  get(): Promise<NodeIdentityRecord | null>;
  /** Fails (returns a conflict) if an identity already exists: a node has one identity. */
  create(identity: NodeIdentityRecord): Promise<void | StoreConflict>;
}

/** The stores of one node, bound either to the database or to one transaction. */
export interface Stores {
  readonly users: UserStore;
  readonly sessions: SessionStore;
  readonly apiTokens: ApiTokenStore;
  readonly signInAttempts: SignInAttemptStore;
  readonly audit: AuditStore;
  readonly identity: NodeIdentityStore;
}

export const STORAGE_DIALECTS = ['sqlite', 'postgres'] as const;
export type StorageDialect = (typeof STORAGE_DIALECTS)[number];

export interface Storage extends Stores {
  readonly dialect: StorageDialect;
  /** Runs `fn` with stores bound to one transaction; all of it commits or none. */
  transaction<T>(fn: (stores: Stores) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
