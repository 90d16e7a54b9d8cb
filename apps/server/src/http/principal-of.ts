import type { FastifyRequest } from 'fastify';
import type { Principal } from '../accounts/principal.ts';

/** The authenticated caller; only called from routes whose access rule requires one. */
export function principalOf(request: FastifyRequest): Principal {
  if (!request.principal)
    throw new Error('route reached without authentication: its access rule is wrong');
  return request.principal;
}
