import { hash } from 'node:crypto';
import {
  AUDIT_ACTIONS,
  AuditChainVerifier,
  type AuditAction,
  type AuditOutcome,
  type ChainVerdict,
  type Clock,
  type Role,
} from '@concord/core';
import type { AuditStore, NewAuditEvent, Stores } from '@concord/storage';

/** Who did something, as the audit trail records it. */
export interface Actor {
  readonly id: string | null;
  readonly name: string | null;
  readonly role: Role | null;
  readonly clientAddress: string | null;
}

/** The node itself, acting on its own (initialisation, scheduled work, the command line). */
export const SYSTEM_ACTOR: Actor = { id: null, name: 'system', role: null, clientAddress: null };

export interface AuditEntry {
  readonly action: AuditAction;
  readonly outcome: AuditOutcome;
  readonly objectType?: string;
  readonly objectId?: string;
  readonly purpose?: string | null;
  readonly details?: Readonly<Record<string, string | number | boolean | null>>;
}

/** Appends one event for an actor. A missing purpose where one is required is a bug, so it throws. */
export async function record(
  stores: Pick<Stores, 'audit'>,
  clock: Clock,
  actor: Actor,
  entry: AuditEntry,
): Promise<void> {
  await stores.audit.append(auditEvent(clock, actor, entry));
}

/** Appends several events in order, under one lock and one write of the chain head. */
export async function recordMany(
  stores: Pick<Stores, 'audit'>,
  clock: Clock,
  events: readonly { readonly actor: Actor; readonly entry: AuditEntry }[],
): Promise<void> {
  await stores.audit.appendMany(events.map((e) => auditEvent(clock, e.actor, e.entry)));
}

function auditEvent(clock: Clock, actor: Actor, entry: AuditEntry): NewAuditEvent {
  const purpose = entry.purpose ?? null;
  if (AUDIT_ACTIONS[entry.action].purposeRequired && purpose === null) {
    throw new Error(`audit action ${entry.action} requires a purpose`);
  }
  return {
    at: clock.now().toISOString(),
    actorId: actor.id,
    actorName: actor.name,
    actorRole: actor.role,
    action: entry.action,
    objectType: entry.objectType ?? null,
    objectId: entry.objectId ?? null,
    purpose,
    outcome: entry.outcome,
    clientAddress: actor.clientAddress,
    details: entry.details ?? {},
  };
}

const sha256 = (text: string) => hash('sha256', text, 'hex');

/** Re-hashes the whole trail in sequence order, in constant memory. */
export async function verifyAuditTrail(
  audit: AuditStore,
  onProgress?: (checked: number) => void,
): Promise<ChainVerdict> {
  const verifier = new AuditChainVerifier(sha256);
  let checked = 0;
  for await (const event of audit.scan(2000)) {
    if (!verifier.push(event)) break;
    checked += 1;
    if (onProgress && checked % 10000 === 0) onProgress(checked);
  }
  return verifier.finish(await audit.head());
}
