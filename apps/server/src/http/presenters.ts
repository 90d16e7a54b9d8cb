import { permissionsOf, type StoredAuditEvent } from '@concord/core';
import type { v1 } from '@concord/protocol';
import type { ApiTokenRecord, SessionRecord, UserRecord } from '@concord/storage';
import { fingerprint } from '../keys/node-keys.ts';
import type { NodeContext } from '../node/node-context.ts';

const LOCALES = ['en', 'fr', 'ar'] as const;

export function presentUser(u: UserRecord): v1.User {
  const locale = LOCALES.find((l) => l === u.locale) ?? null;
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    role: u.role,
    mustChangePassword: u.mustChangePassword,
    totpEnabled: u.totpEnabled,
    totpRequired: u.totpRequired,
    disabled: u.disabled,
    lockedUntil: u.lockedUntil,
    locale,
    createdAt: u.createdAt,
  };
}

export function presentSession(session: SessionRecord, user: UserRecord): v1.Session {
  return {
    state: session.state,
    user: presentUser(user),
    csrfToken: session.csrfToken,
    expiresAt: session.expiresAt,
    permissions: [...permissionsOf(user.role)],
  };
}

export function presentToken(t: ApiTokenRecord): v1.ApiToken {
  return {
    id: t.id,
    name: t.name,
    scopes: [...t.scopes],
    createdAt: t.createdAt,
    expiresAt: t.expiresAt,
    lastUsedAt: t.lastUsedAt,
    revokedAt: t.revokedAt,
  };
}

export function presentAuditEvent(e: StoredAuditEvent): v1.AuditEvent {
  return {
    seq: e.seq,
    at: e.at,
    actorId: e.actorId,
    actorName: e.actorName,
    actorRole: e.actorRole,
    action: e.action,
    objectType: e.objectType,
    objectId: e.objectId,
    purpose: e.purpose,
    outcome: e.outcome,
    clientAddress: e.clientAddress,
    details: { ...e.details },
    hash: e.hash,
  };
}

export function presentNode(ctx: NodeContext): v1.NodeInfo {
  const { identity } = ctx;
  return {
    nodeId: identity.nodeId,
    name: identity.name,
    jurisdiction: identity.jurisdiction,
    createdAt: identity.createdAt,
    signingKey: {
      algorithm: 'Ed25519',
      publicKey: identity.signingPublicKey,
      fingerprint: fingerprint(identity.signingPublicKey),
    },
    encryptionKey: {
      algorithm: 'X25519',
      publicKey: identity.encryptionPublicKey,
      fingerprint: fingerprint(identity.encryptionPublicKey),
    },
    version: ctx.version,
  };
}
