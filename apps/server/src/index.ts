export { initNode } from './node/init-node.ts';
export type { InitOptions, InitReport, InitError } from './node/init-node.ts';
export { openNode } from './node/open-node.ts';
export { openNodeStorage } from './node/open-node-storage.ts';
export type { OpenNodeError } from './node/open-node.ts';
export { serveNode } from './node/serve-node.ts';
export type { ServeOptions, RunningNode } from './node/serve-node.ts';
export type { NodeContext } from './node/node-context.ts';
export { isInitialised, readNodeConfig } from './node/node-config.ts';
export type { NodeConfig } from './node/node-config.ts';
export { buildApp, DEFAULT_BODY_LIMIT } from './http/app.ts';
export type { AppOptions } from './http/app.ts';
export { verifyAuditTrail, SYSTEM_ACTOR } from './audit/audit-trail.ts';
export type { Actor } from './audit/audit-trail.ts';
export { resetPassword, unlockUser } from './accounts/users.ts';
export { fingerprint } from './keys/node-keys.ts';
export { cryptoBackend } from './keys/crypto-backend.ts';
export { CONCORD_VERSION } from './node/version.ts';
export { openStorage, redact } from '@concord/storage';
export type { Storage } from '@concord/storage';
export { createBank, findBank, readBankForLocalUse } from './banks/bank-service.ts';
export type { BankDeps } from './banks/bank-service.ts';
export { exportableItems, importHashSet } from './banks/bank-transfer.ts';
export type { ImportOptions, ImportReport } from './banks/bank-transfer.ts';
export { signedOwnCard, ownFingerprint } from './federation/own-card.ts';
export {
  addPeer,
  addTrustAnchor,
  fingerprintOf,
  readCard,
  removePeer,
  removeTrustAnchor,
  setPeerStatus,
} from './federation/peer-service.ts';
export type { TrustBy } from './federation/peer-service.ts';
export { PeerDirectory } from './federation/peer-directory.ts';
export {
  DEFAULT_OVERLAP_DAYS,
  MAX_OVERLAP_DAYS,
  MIN_OVERLAP_DAYS,
  rotateNodeKeys,
} from './federation/key-rotation.ts';
export type { RotationReport } from './federation/key-rotation.ts';
export { exportBundle, importBundle } from './federation/bundles.ts';
export type { BundleReport } from './federation/bundles.ts';
export { Federation } from './federation/federation.ts';
export { addSharingRule } from './federation/sharing-service.ts';
export type { FederationOptions } from './federation/federation.ts';
export { writeNodeConfig } from './node/node-config.ts';
export { startDemo, DEMO_NODES, DemoFile } from './demo/demo.ts';
export type { DemoOptions, RunningDemo } from './demo/demo.ts';
export { endorseCard, NODE_KINDS } from '@concord/federation';
export type { NodeKind } from '@concord/federation';
export { exportOwnProfile } from './law/profile-publication.ts';
export { importProfileFile } from './law/law-service.ts';
