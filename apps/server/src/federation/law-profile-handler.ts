import type { v1 } from '@concord/protocol';
import { SYSTEM_ACTOR } from '../audit/audit-trail.ts';
import { acceptSignedProfile } from '../law/profile-publication.ts';
import type { Received } from './message-handlers.ts';

type LawProfilePayload = v1.LawSignedProfileFile;

/**
 * A national profile a peer sends: kept (every version, none replaced) once it verifies with
 * its publisher's card signing key and its publisher's jurisdiction is the profile's. A profile
 * refused is audited as law.profile_rejected and changes nothing; the message itself is still
 * received (its envelope verified), so the peer does not resend it.
 */
export async function handleLawProfile({
  ctx,
  tx,
  sender,
  payload,
}: Received<LawProfilePayload>): Promise<
  Readonly<Record<string, string | number | boolean | null>>
> {
  const actor = { ...SYSTEM_ACTOR, name: `node:${sender.nodeId}` };
  const accepted = await acceptSignedProfile(ctx, tx, JSON.stringify(payload), {
    kind: 'federation',
    actor,
    from: sender.nodeId,
  });
  return accepted.ok
    ? { applied: true, profileId: accepted.value.version.id, created: accepted.value.created }
    : { applied: false, reason: accepted.error.code };
}
