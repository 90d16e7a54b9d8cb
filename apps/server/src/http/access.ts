import type { FastifyInstance, FastifyRequest } from 'fastify';
import { can, type Permission } from '@concord/core';
import type { SessionState } from '@concord/storage';
import { authenticateApiToken } from '../accounts/api-tokens.ts';
import type { Principal } from '../accounts/principal.ts';
import { SESSION_COOKIE, resumeSession } from '../accounts/sessions.ts';
import { record } from '../audit/audit-trail.ts';
import type { NodeContext } from '../node/node-context.ts';
import { ApiError, apiError } from './api-error.ts';

/** Who may call a route. Routes without a rule need a fully signed-in user. */
export type AccessRule =
  | { readonly kind: 'public' }
  | {
      readonly kind: 'signed_in';
      /** Session states allowed besides 'active' (e.g. a password change before anything else). */
      readonly alsoIn?: readonly SessionState[];
      /** Account management is for people in the browser, not for API tokens. */
      readonly sessionOnly?: boolean;
      readonly permission?: Permission;
    };

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: AccessRule;
  }
  interface FastifyRequest {
    principal: Principal | null;
  }
}

const STATE_ERRORS: Readonly<Record<Exclude<SessionState, 'active'>, ApiError>> = {
  second_factor_pending: apiError(
    'second_factor_required',
    'enter the code from your authenticator app first',
  ),
  second_factor_setup_required: apiError(
    'second_factor_setup_required',
    'an administrator requires a second factor: set one up first',
  ),
  password_change_required: apiError(
    'password_change_required',
    'change your one-time password first',
  ),
};

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Authenticates (API token or session cookie), checks the session state, the
 * CSRF token for cookie requests that change something, and the permission.
 * Every authorisation decision is made here, on the server, by role.
 */
export function registerAccessControl(app: FastifyInstance, ctx: NodeContext): void {
  app.decorateRequest('principal', null);
  app.addHook('preHandler', async (request) => {
    const rule: AccessRule = request.routeOptions.config.access ?? { kind: 'signed_in' };
    if (rule.kind === 'public') return;
    const principal = await authenticate(ctx, request);
    request.principal = principal;
    if (principal.via.kind === 'token' && rule.sessionOnly) {
      throw apiError('forbidden', 'this is done in the web UI, not with an API token');
    }
    if (principal.via.kind === 'session') {
      const { state, csrfToken } = principal.via.session;
      if (state !== 'active' && !rule.alsoIn?.includes(state)) throw STATE_ERRORS[state];
      if (!SAFE_METHODS.has(request.method) && request.headers['x-csrf-token'] !== csrfToken) {
        throw apiError(
          'csrf_failed',
          'the request lacks this session’s CSRF token (X-CSRF-Token header): reload the page',
        );
      }
    }
    if (rule.permission) {
      const scopes = principal.via.kind === 'token' ? principal.via.token.scopes : null;
      if (!can(principal.user.role, rule.permission, scopes)) {
        await record(
          ctx.storage,
          ctx.clock,
          {
            id: principal.user.id,
            name: principal.user.username,
            role: principal.user.role,
            clientAddress: request.ip,
          },
          {
            action: 'access.denied',
            outcome: 'denied',
            details: {
              permission: rule.permission,
              route: request.routeOptions.url ?? request.url,
              via: principal.via.kind,
            },
          },
        );
        throw apiError(
          'forbidden',
          `your ${principal.via.kind === 'token' ? 'token or role' : 'role'} does not allow this (${rule.permission})`,
        );
      }
    }
  });
}

async function authenticate(ctx: NodeContext, request: FastifyRequest): Promise<Principal> {
  const header = request.headers.authorization;
  if (header !== undefined) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match?.[1])
      throw apiError('unauthenticated', 'the Authorization header must be "Bearer <token>"');
    const result = await authenticateApiToken(ctx, match[1], request.ip);
    if (!result.ok) throw new ApiError(result.error);
    return {
      user: result.value.user,
      via: { kind: 'token', token: result.value.token },
      clientAddress: request.ip,
    };
  }
  const secret = request.cookies[SESSION_COOKIE];
  if (!secret) throw apiError('unauthenticated', 'you are not signed in');
  const result = await resumeSession(ctx, secret);
  if (!result.ok) throw new ApiError(result.error);
  return {
    user: result.value.user,
    via: { kind: 'session', session: result.value.session },
    clientAddress: request.ip,
  };
}
