import type { ApiTokenRecord, SessionRecord, UserRecord } from '@concord/storage';
import type { Actor } from '../audit/audit-trail.ts';

/** Who is calling: a user, through a browser session or an API token. */
export interface Principal {
  readonly user: UserRecord;
  readonly via:
    | { readonly kind: 'session'; readonly session: SessionRecord }
    | { readonly kind: 'token'; readonly token: ApiTokenRecord };
  readonly clientAddress: string;
}

export function actorOf(principal: Principal): Actor {
  return {
    id: principal.user.id,
    name: principal.user.username,
    role: principal.user.role,
    clientAddress: principal.clientAddress,
  };
}

/** An actor for someone not yet signed in, known only by the name they typed. */
export function anonymousActor(username: string | null, clientAddress: string): Actor {
  return { id: null, name: username, role: null, clientAddress };
}
