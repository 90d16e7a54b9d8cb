import type {
  AuditEventContent,
  ChainedAuditEvent,
  Grade,
  GradeScheme,
  HandlingCode,
  JsonValue,
  Permission,
  Role,
  SignalType,
  StoredAuditEvent,
  Tlp,
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
  /** Only events up to this sequence number: pins paging while new events arrive. */
  readonly maxSeq?: number | undefined;
}

export type NewAuditEvent = Omit<AuditEventContent, 'seq'>;

export interface AuditHead {
  readonly seq: number;
  readonly hash: string;
}

export interface AuditStore {
  /** Appends under a lock so the chain stays linear across processes and servers. */
  append(event: NewAuditEvent): Promise<ChainedAuditEvent>;
  /** Appends several events in order under one lock: one chain link each, one write of the head. */
  appendMany(events: readonly NewAuditEvent[]): Promise<readonly ChainedAuditEvent[]>;
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
  /** When the current keys took effect: null until the first rotation (then `createdAt`). */
  readonly keysSince: IsoInstant | null;
}

/** The node's current keys after a rotation. */
export interface NodeKeysUpdate {
  readonly signingPublicKey: string;
  readonly encryptionPublicKey: string;
  readonly signingPrivateKeySealed: string;
  readonly encryptionPrivateKeySealed: string;
  readonly keysSince: IsoInstant;
}

/** A key the node used before a rotation, kept until its overlap window ends. */
export interface RetiredKeyRecord {
  /** The key id the node's card lists it under. */
  readonly kid: string;
  readonly purpose: 'signing' | 'encryption';
  readonly publicKey: string;
  /** Encryption keys only: to open messages sealed to the old key during the overlap. */
  readonly privateKeySealed: string | null;
  readonly validFrom: IsoInstant;
  readonly validUntil: IsoInstant;
  /** Signing keys only: the rotation statement (JSON) by which it vouched for its successor. */
  readonly rotation: string | null;
}

export interface NodeIdentityStore {
  get(): Promise<NodeIdentityRecord | null>;
  /** Fails (returns a conflict) if an identity already exists: a node has one identity. */
  create(identity: NodeIdentityRecord): Promise<void | StoreConflict>;
  /** Replaces the current keys and records the ones they replace, in one transaction. */
  rotateKeys(update: NodeKeysUpdate, retired: readonly RetiredKeyRecord[]): Promise<void>;
  /** Retired keys whose window ends after `now`, oldest first. */
  retiredKeys(now: IsoInstant): Promise<readonly RetiredKeyRecord[]>;
}

export interface BankRecord {
  readonly id: string;
  /** Unique on the node; how people and scripts name the bank. */
  readonly name: string;
  readonly description: string;
  /** The node that owns the bank: this node for local banks, a peer for subscribed ones. */
  readonly originNodeId: string;
  /** The handling code new signals get unless they bring their own. */
  readonly handling: HandlingCode;
  /** The bank's last change number; every added, changed or retracted signal takes the next. */
  readonly changeSeq: number;
  readonly createdAt: IsoInstant;
  readonly updatedAt: IsoInstant;
}

export interface BankSummary extends BankRecord {
  /** Signals that are not retracted. */
  readonly signalCount: number;
}

export interface BankStore {
  create(bank: Omit<BankRecord, 'changeSeq'>): Promise<BankRecord | StoreConflict>;
  list(): Promise<readonly BankSummary[]>;
  get(id: string): Promise<BankSummary | null>;
  findByName(name: string): Promise<BankSummary | null>;
  update(
    id: string,
    patch: {
      readonly description?: string;
      readonly handling?: HandlingCode;
      readonly updatedAt: IsoInstant;
    },
  ): Promise<BankRecord | null>;
}

/** One hash in a bank, with everything known about the media it identifies. */
export interface SignalRecord {
  readonly id: string;
  readonly bankId: string;
  readonly type: SignalType;
  /** Normalised (see core's normaliseSignal); unique per bank and type. */
  readonly value: string;
  /** Groups the hashes of one piece of media (e.g. a VICS MediaID). */
  readonly sourceId: string | null;
  readonly grade: Grade | null;
  readonly series: string | null;
  readonly victimIdentified: boolean | null;
  readonly offenderIdentified: boolean | null;
  readonly isDistributed: boolean | null;
  readonly comments: string | null;
  /** The node or agency that contributed it. */
  readonly contributor: string;
  /** How many other agencies confirmed the grade. */
  readonly confirmations: number;
  readonly handling: HandlingCode;
  readonly lawfulBasis: string | null;
  readonly retainUntil: IsoInstant | null;
  readonly extra: { readonly [key: string]: JsonValue } | null;
  readonly createdAt: IsoInstant;
  readonly updatedAt: IsoInstant;
  /** Set when the signal was retracted: a tombstone that sync carries to subscribers. */
  readonly retractedAt: IsoInstant | null;
  readonly retractionReason: string | null;
  readonly changeSeq: number;
  /** For a received signal: the node it came from first and every node it passed through. */
  readonly provenance: Provenance | null;
  /** For a received signal: its id at the node that sent it (tombstones name this, not the hash). */
  readonly remoteId: string | null;
  /** How many agencies disputed the grade. */
  readonly disputes: number;
}

export interface Provenance {
  readonly origin: string;
  readonly path: readonly string[];
}

/** What an import or a contribution supplies; ids, times and change numbers are the store's. */
export type NewSignal = Omit<
  SignalRecord,
  'id' | 'bankId' | 'createdAt' | 'updatedAt' | 'retractedAt' | 'retractionReason' | 'changeSeq'
>;

export interface SignalFilter {
  readonly bankId?: string | undefined;
  readonly type?: SignalType | undefined;
  readonly value?: string | undefined;
  readonly series?: string | undefined;
  readonly gradeScheme?: GradeScheme | undefined;
  readonly gradeValue?: string | undefined;
  readonly includeRetracted?: boolean | undefined;
}

export interface UpsertReport {
  readonly inserted: number;
  /** Existing signals whose classification changed, or that were reinstated. */
  readonly updated: number;
  readonly unchanged: number;
}

/** A live hash as the match index needs it. */
export interface IndexableSignal {
  readonly id: string;
  readonly bankId: string;
  readonly type: SignalType;
  readonly value: string;
}

export interface SignalStore {
  /**
   * Adds new signals and updates existing ones (same bank, type and value);
   * every change takes the bank's next change number. Call inside a
   * transaction to make a whole import atomic.
   */
  upsert(bankId: string, signals: readonly NewSignal[], at: IsoInstant): Promise<UpsertReport>;
  get(id: string): Promise<SignalRecord | null>;
  getMany(ids: readonly string[]): Promise<readonly SignalRecord[]>;
  /**
   * Ordered by bank, then in change order (the order signals were added or
   * last changed), which the (bank, change) index gives without sorting.
   */
  search(filter: SignalFilter, page: PageRequest): Promise<Page<SignalRecord>>;
  /** Live signals of one type with any of these values, in any bank. */
  findByValues(type: SignalType, values: readonly string[]): Promise<readonly SignalRecord[]>;
  /** Tombstones a signal; null when there is no live signal with this id. */
  retract(id: string, reason: string, at: IsoInstant): Promise<SignalRecord | null>;
  /**
   * Signals of a bank changed after `afterSeq` (added, regraded, retracted),
   * in change order: how indexes and subscribers catch up.
   */
  changesSince(bankId: string, afterSeq: number, limit: number): Promise<readonly SignalRecord[]>;
  /**
   * Deletes received signals (in banks whose origin is not `localNodeId`)
   * whose retention date has passed: the originator's condition, enforced.
   * Returns what went, by bank, so indexes can forget it too.
   */
  purgeExpired(
    localNodeId: string,
    now: IsoInstant,
  ): Promise<readonly { readonly bankId: string; readonly signalIds: readonly string[] }[]>;
  /** A received signal by the id the sending node gave it. */
  findByRemoteId(bankId: string, remoteId: string): Promise<SignalRecord | null>;
  /** Counts an agency's confirmation or dispute of a signal's grade; a change like any other. */
  addFeedback(
    id: string,
    kind: 'confirm' | 'dispute',
    at: IsoInstant,
  ): Promise<SignalRecord | null>;
  /** Every live signal of these types, in batches, for building match indexes. */
  scanForIndex(types: readonly SignalType[], batchSize?: number): AsyncIterable<IndexableSignal>;
}

/** A scan report as uploaded: its counts and matches as JSON the server validated. */
export interface ScanReportRecord {
  readonly id: string;
  /** What the analyst called the scan (e.g. the exhibit number), never the media. */
  readonly label: string;
  readonly uploadedBy: string;
  readonly uploadedAt: IsoInstant;
  readonly scannedAt: IsoInstant;
  readonly files: number;
  readonly matchedFiles: number;
  readonly problems: number;
  readonly summary: JsonValue;
  readonly matches: JsonValue;
}

export interface ScanReportStore {
  create(report: ScanReportRecord): Promise<void>;
  get(id: string): Promise<ScanReportRecord | null>;
  /** Newest first, without their matches. */
  list(page: PageRequest): Promise<Page<Omit<ScanReportRecord, 'matches'>>>;
}

export const PEER_STATUSES = ['active', 'suspended'] as const;
export type PeerStatus = (typeof PEER_STATUSES)[number];

/** A node this node federates with, as its verified card describes it. */
export interface PeerRecord {
  readonly nodeId: string;
  readonly name: string;
  readonly organisation: string;
  readonly kind: string;
  readonly jurisdiction: string;
  readonly endpoint: string;
  /** The signed card as received (JSON), re-verified whenever it is used. */
  readonly card: JsonValue;
  readonly fingerprint: string;
  readonly status: PeerStatus;
  /** 'fingerprint' when a person compared it, 'anchor:<id>' when a trust anchor vouched for it. */
  readonly trustedVia: string;
  readonly addedAt: IsoInstant;
  readonly updatedAt: IsoInstant;
  readonly lastContactAt: IsoInstant | null;
  readonly lastError: string | null;
  readonly lastErrorMessageId: string | null;
}

export interface PeerStore {
  /** Adds a peer, or replaces its card (status and contact history are kept). */
  save(peer: Omit<PeerRecord, 'lastContactAt' | 'lastError' | 'lastErrorMessageId'>): Promise<void>;
  get(nodeId: string): Promise<PeerRecord | null>;
  /**
   * A number that changes whenever any peer record changes, in any process
   * (SQLite: a counter moved by triggers). Read it before a record, and a
   * remembered record read under the same number is still what the database
   * holds. Null where there is none (PostgreSQL): read the record each time.
   */
  version(): Promise<number | null>;
  list(): Promise<readonly PeerRecord[]>;
  setStatus(nodeId: string, status: PeerStatus, at: IsoInstant): Promise<boolean>;
  remove(nodeId: string): Promise<boolean>;
  /** Records a delivery attempt's outcome: null error means the peer answered. */
  recordContact(
    nodeId: string,
    at: IsoInstant,
    error: { readonly message: string; readonly messageId: string } | null,
  ): Promise<void>;
}

export interface TrustAnchorRecord {
  readonly id: string;
  readonly name: string;
  /** Ed25519, raw, base64url. */
  readonly publicKey: string;
  readonly addedAt: IsoInstant;
}

export interface TrustAnchorStore {
  add(anchor: TrustAnchorRecord): Promise<void | StoreConflict>;
  list(): Promise<readonly TrustAnchorRecord[]>;
  remove(id: string): Promise<boolean>;
}

export type SharingTarget =
  | { readonly kind: 'peer'; readonly nodeId: string }
  | { readonly kind: 'group'; readonly groupId: string };

/** What of a bank may go to a peer or a group. Every item still passes the policy function. */
export interface SharingRuleRecord {
  readonly id: string;
  readonly bankId: string;
  readonly target: SharingTarget;
  /** null: every type. */
  readonly signalTypes: readonly SignalType[] | null;
  /** 'scheme:value' labels; null: every grade (and ungraded). */
  readonly grades: readonly string[] | null;
  /** The most restrictive TLP label that may go. */
  readonly maxTlp: Tlp;
  /** Narrows the handling code of what goes (combined with each item's own), or null. */
  readonly handling: HandlingCode | null;
  readonly createdAt: IsoInstant;
  readonly createdBy: string;
}

export interface SharingGroupRecord {
  readonly id: string;
  readonly name: string;
  readonly members: readonly string[];
  readonly createdAt: IsoInstant;
}

export interface SharingStore {
  createGroup(group: Omit<SharingGroupRecord, 'members'>): Promise<void | StoreConflict>;
  listGroups(): Promise<readonly SharingGroupRecord[]>;
  setMembers(groupId: string, nodeIds: readonly string[]): Promise<boolean>;
  deleteGroup(groupId: string): Promise<boolean>;
  addRule(rule: SharingRuleRecord): Promise<void>;
  listRules(bankId?: string): Promise<readonly SharingRuleRecord[]>;
  removeRule(id: string): Promise<boolean>;
}

export interface OutboxEntry {
  readonly seq: number;
  readonly peerNodeId: string;
  readonly messageId: string;
  readonly type: string;
  readonly envelope: string;
  readonly createdAt: IsoInstant;
  readonly attempts: number;
  readonly nextAttemptAt: IsoInstant;
  readonly deliveredAt: IsoInstant | null;
  readonly receipt: string | null;
  readonly lastError: string | null;
  /** Set when the message outlived its lifetime undelivered and was given up. */
  readonly expiredAt: IsoInstant | null;
}

export interface OutboxStore {
  /** Queues a sealed envelope for a peer; the returned number orders it after everything queued before. */
  enqueue(entry: {
    readonly peerNodeId: string;
    readonly messageId: string;
    readonly type: string;
    readonly envelope: string;
    readonly createdAt: IsoInstant;
  }): Promise<number>;
  /** The oldest undelivered message for a peer: messages go strictly in order. */
  head(peerNodeId: string): Promise<OutboxEntry | null>;
  /** Up to `limit` of a peer's undelivered messages, oldest first: the next batch to send. */
  pending(peerNodeId: string, limit: number): Promise<readonly OutboxEntry[]>;
  /** Peers whose oldest undelivered message is due at `now`. */
  duePeers(now: IsoInstant): Promise<readonly string[]>;
  markDelivered(seq: number, at: IsoInstant, receipt: string): Promise<void>;
  /** Marks a delivered batch in one statement, each message with its own receipt. */
  markDeliveredMany(
    at: IsoInstant,
    deliveries: readonly { readonly seq: number; readonly receipt: string }[],
  ): Promise<void>;
  markFailed(seq: number, error: string, nextAttemptAt: IsoInstant): Promise<void>;
  /** Gives up on a message past its lifetime: it leaves the queue undelivered, the reason kept. */
  markExpired(seq: number, at: IsoInstant, reason: string): Promise<void>;
  /** Undelivered count and the oldest undelivered message's time, per peer. */
  queue(
    peerNodeId: string,
  ): Promise<{ readonly pending: number; readonly oldest: IsoInstant | null }>;
  get(messageId: string): Promise<OutboxEntry | null>;
}

export interface InboxRecord {
  readonly messageId: string;
  readonly senderNodeId: string;
  readonly type: string;
  readonly receivedAt: IsoInstant;
  readonly envelopeDigest: string;
  /** The receipt this node signed, given again if the sender retries. */
  readonly receipt: string;
}

export interface InboxStore {
  find(messageId: string): Promise<InboxRecord | null>;
  /** The accepted ones among these ids, by id. */
  findMany(messageIds: readonly string[]): Promise<ReadonlyMap<string, InboxRecord>>;
  /** Accepts several at once; returns the ids that were new (the others were already accepted). */
  acceptMany(records: readonly InboxRecord[]): Promise<ReadonlySet<string>>;
  /** False when the message was already accepted (a retry or a replay). */
  accept(record: InboxRecord): Promise<boolean>;
}

export const SUBSCRIPTION_STATUSES = ['active', 'paused'] as const;
export type SubscriptionStatus = (typeof SUBSCRIPTION_STATUSES)[number];

export interface SubscriptionRecord {
  readonly id: string;
  readonly peerNodeId: string;
  readonly remoteBankId: string;
  /** The bank holding what was received, with the peer as its origin. */
  readonly localBankId: string;
  /** The remote bank's change number up to which everything was applied. */
  readonly cursor: number;
  readonly status: SubscriptionStatus;
  readonly createdAt: IsoInstant;
  readonly lastSyncAt: IsoInstant | null;
  readonly lastError: string | null;
  /**
   * The remote bank's latest change number when the last page was made: the
   * cursor's goal. Null until a page reports it (older peers' pages do not).
   */
  readonly remoteHead: number | null;
}

export interface SubscriptionStore {
  create(subscription: SubscriptionRecord): Promise<void | StoreConflict>;
  get(id: string): Promise<SubscriptionRecord | null>;
  list(): Promise<readonly SubscriptionRecord[]>;
  update(
    id: string,
    patch: Partial<
      Pick<SubscriptionRecord, 'cursor' | 'status' | 'lastSyncAt' | 'lastError' | 'remoteHead'>
    >,
  ): Promise<void>;
}

/** The stores of one node, bound either to the database or to one transaction. */
export interface Stores {
  readonly users: UserStore;
  readonly sessions: SessionStore;
  readonly apiTokens: ApiTokenStore;
  readonly signInAttempts: SignInAttemptStore;
  readonly audit: AuditStore;
  readonly identity: NodeIdentityStore;
  readonly banks: BankStore;
  readonly signals: SignalStore;
  readonly scanReports: ScanReportStore;
  readonly peers: PeerStore;
  readonly trustAnchors: TrustAnchorStore;
  readonly sharing: SharingStore;
  readonly outbox: OutboxStore;
  readonly inbox: InboxStore;
  readonly subscriptions: SubscriptionStore;
  readonly bankOffers: BankOfferStore;
  readonly lawProfiles: LawProfileStore;
}

export const STORAGE_DIALECTS = ['sqlite', 'postgres'] as const;
export type StorageDialect = (typeof STORAGE_DIALECTS)[number];

export interface Storage extends Stores {
  readonly dialect: StorageDialect;
  /** Runs `fn` with stores bound to one transaction; all of it commits or none. */
  transaction<T>(fn: (stores: Stores) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface BankOfferRecord {
  readonly peerNodeId: string;
  readonly remoteBankId: string;
  readonly name: string;
  readonly description: string;
  readonly handling: HandlingCode;
  readonly signalCount: number;
  readonly offeredAt: IsoInstant;
}

/** Banks peers have offered to share with this node. */
export interface BankOfferStore {
  save(offer: BankOfferRecord): Promise<void>;
  list(): Promise<readonly BankOfferRecord[]>;
  get(peerNodeId: string, remoteBankId: string): Promise<BankOfferRecord | null>;
}

/** How a node came to hold a published national profile. */
export const LAW_PROFILE_VIAS = ['published', 'federation', 'file'] as const;
export type LawProfileVia = (typeof LAW_PROFILE_VIAS)[number];

/** One version of a national profile published (and signed) by a node of its jurisdiction. */
export interface LawProfileRecord {
  /** SHA-256 (hex) of the document's canonical bytes: the same version has one id on every node. */
  readonly id: string;
  readonly jurisdiction: string;
  readonly publisherNodeId: string;
  readonly publisherName: string | null;
  /** The document's publication instant, normalised to ISO 8601 UTC with milliseconds (it sorts). */
  readonly publishedAt: IsoInstant;
  /** The document's canonical JSON: exactly the bytes the signature covers. */
  readonly document: string;
  readonly signature: { readonly alg: string; readonly keyId: string; readonly value: string };
  readonly receivedAt: IsoInstant;
  readonly receivedVia: LawProfileVia;
  /** The peer a federation message came from; null otherwise. */
  readonly receivedFrom: string | null;
}

/** Every published profile version this node holds, its own and received; none is replaced. */
export interface LawProfileStore {
  /** Keeps a version; false, changing nothing, when a version with its id is already held. */
  add(record: LawProfileRecord): Promise<boolean>;
  get(id: string): Promise<LawProfileRecord | null>;
  /** Versions newest first (publishedAt, then receivedAt), of one jurisdiction or of all. */
  list(jurisdiction?: string): Promise<readonly LawProfileRecord[]>;
}
