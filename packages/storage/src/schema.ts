import type { Generated } from 'kysely';

/**
 * Table types for Kysely. Both dialects store the same shapes: booleans as
 * 0/1 integers, instants as ISO 8601 UTC text (which sorts correctly), small
 * structured values as JSON text.
 */
export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  sign_in_attempts: SignInAttemptsTable;
  audit_events: AuditEventsTable;
  audit_head: AuditHeadTable;
  node_identity: NodeIdentityTable;
  node_retired_keys: NodeRetiredKeysTable;
  banks: BanksTable;
  signals: SignalsTable;
  scan_reports: ScanReportsTable;
  peers: PeersTable;
  trust_anchors: TrustAnchorsTable;
  sharing_groups: SharingGroupsTable;
  sharing_group_members: SharingGroupMembersTable;
  sharing_rules: SharingRulesTable;
  outbox: OutboxTable;
  inbox: InboxTable;
  subscriptions: SubscriptionsTable;
  counters: CountersTable;
  bank_offers: BankOffersTable;
  law_profiles: LawProfilesTable;
}

export interface UsersTable {
  id: string;
  username: string;
  display_name: string;
  role: string;
  password_hash: string;
  must_change_password: number;
  totp_secret_sealed: string | null;
  totp_enabled: number;
  totp_required: number;
  totp_last_step: number | null;
  disabled: number;
  failed_sign_ins: number;
  locked_until: string | null;
  locale: string | null;
  created_at: string;
  updated_at: string;
}

export interface SessionsTable {
  id_hash: string;
  user_id: string;
  state: string;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  client_address: string | null;
}

export interface ApiTokensTable {
  id: string;
  user_id: string;
  name: string;
  token_hash: string;
  scopes: string;
  created_at: string;
  expires_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface SignInAttemptsTable {
  id: string;
  at: string;
  username: string;
  client_address: string;
  success: number;
}

export interface AuditEventsTable {
  seq: number;
  at: string;
  actor_id: string | null;
  actor_name: string | null;
  actor_role: string | null;
  action: string;
  object_type: string | null;
  object_id: string | null;
  purpose: string | null;
  outcome: string;
  client_address: string | null;
  details: string;
  prev_hash: string;
  hash: string;
}

export interface AuditHeadTable {
  id: number;
  seq: number;
  hash: string;
}

export interface NodeIdentityTable {
  id: number;
  node_id: string;
  name: string;
  jurisdiction: string;
  signing_public_key: string;
  encryption_public_key: string;
  signing_private_key_sealed: string;
  encryption_private_key_sealed: string;
  created_at: string;
  keys_since: string | null;
}

export interface NodeRetiredKeysTable {
  kid: string;
  purpose: 'signing' | 'encryption';
  public_key: string;
  private_key_sealed: string | null;
  valid_from: string;
  valid_until: string;
  rotation: string | null;
}

export interface BanksTable {
  id: string;
  name: string;
  description: string;
  origin_node_id: string;
  handling: string;
  change_seq: number;
  /** Live (not retracted) signals; the signal store keeps it with every change. */
  signal_count: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface SignalsTable {
  id: string;
  bank_id: string;
  type: string;
  value: string;
  source_id: string | null;
  grade_scheme: string | null;
  grade_value: string | null;
  graded_by: string | null;
  graded_at: string | null;
  series: string | null;
  victim_identified: number | null;
  offender_identified: number | null;
  is_distributed: number | null;
  comments: string | null;
  contributor: string;
  confirmations: number;
  handling: string;
  lawful_basis: string | null;
  retain_until: string | null;
  extra: string | null;
  created_at: string;
  updated_at: string;
  retracted_at: string | null;
  retraction_reason: string | null;
  change_seq: number;
  provenance: string | null;
  remote_id: string | null;
  disputes: number;
}

export interface ScanReportsTable {
  id: string;
  label: string;
  uploaded_by: string;
  uploaded_at: string;
  scanned_at: string;
  files: number;
  matched_files: number;
  problems: number;
  summary: string;
  matches: string;
}

export interface PeersTable {
  node_id: string;
  name: string;
  organisation: string;
  kind: string;
  jurisdiction: string;
  endpoint: string;
  card: string;
  fingerprint: string;
  status: string;
  trusted_via: string;
  added_at: string;
  updated_at: string;
  last_contact_at: string | null;
  last_error: string | null;
  last_error_message_id: string | null;
}

export interface TrustAnchorsTable {
  id: string;
  name: string;
  public_key: string;
  added_at: string;
}

export interface SharingGroupsTable {
  id: string;
  name: string;
  created_at: string;
}

export interface SharingGroupMembersTable {
  group_id: string;
  peer_node_id: string;
}

export interface SharingRulesTable {
  id: string;
  bank_id: string;
  target_kind: string;
  target_id: string;
  signal_types: string | null;
  grades: string | null;
  max_tlp: string;
  handling: string | null;
  created_at: string;
  created_by: string;
}

export interface OutboxTable {
  /** Given by the enqueue: the counter (PostgreSQL) or the row id (SQLite). */
  seq: Generated<number>;
  peer_node_id: string;
  message_id: string;
  type: string;
  envelope: string;
  created_at: string;
  attempts: number;
  next_attempt_at: string;
  delivered_at: string | null;
  receipt: string | null;
  last_error: string | null;
  expired_at: string | null;
}

export interface InboxTable {
  message_id: string;
  sender_node_id: string;
  type: string;
  received_at: string;
  envelope_digest: string;
  receipt: string;
}

export interface SubscriptionsTable {
  id: string;
  peer_node_id: string;
  remote_bank_id: string;
  local_bank_id: string;
  cursor: number;
  status: string;
  created_at: string;
  last_sync_at: string | null;
  last_error: string | null;
  remote_head: number | null;
}

export interface CountersTable {
  name: string;
  value: number;
}

export interface BankOffersTable {
  peer_node_id: string;
  remote_bank_id: string;
  name: string;
  description: string;
  handling: string;
  signal_count: number;
  offered_at: string;
}

export interface LawProfilesTable {
  id: string;
  jurisdiction: string;
  publisher_node_id: string;
  publisher_name: string | null;
  published_at: string;
  document: string;
  signature: string;
  received_at: string;
  received_via: string;
  received_from: string | null;
}
