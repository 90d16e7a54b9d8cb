import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { v1 } from '@concord/protocol';
import { SESSION_STATES } from '@concord/storage';
import { completeSecondFactor, signIn } from '../../accounts/sign-in.ts';
import { SESSION_COOKIE } from '../../accounts/sessions.ts';
import { actorOf } from '../../accounts/principal.ts';
import { record } from '../../audit/audit-trail.ts';
import type { NodeContext } from '../../node/node-context.ts';
import { unwrap } from '../api-error.ts';
import { presentSession } from '../presenters.ts';
import { principalOf } from '../principal-of.ts';
import type { ZodApp } from '../zod-app.ts';

const ANY_STATE = SESSION_STATES.filter((s) => s !== 'active');
const errors = {
  400: v1.ErrorBody,
  401: v1.ErrorBody,
  403: v1.ErrorBody,
  423: v1.ErrorBody,
  429: v1.ErrorBody,
};

/** A browser-session cookie: the server decides when the session ends, the browser forgets it on exit. */
function setSessionCookie(request: FastifyRequest, reply: FastifyReply, secret: string) {
  reply.setCookie(SESSION_COOKIE, secret, {
    httpOnly: true,
    sameSite: 'strict',
    secure: request.protocol === 'https',
    path: '/',
  });
}

export function registerSessionRoutes(app: ZodApp, ctx: NodeContext): void {
  app.post('/session', {
    config: { access: { kind: 'public' } },
    schema: {
      tags: ['session'],
      summary: 'Sign in with a username and password',
      description:
        'Starts a session (HttpOnly cookie). The state says what the user must do next: enter a TOTP code, change a one-time password, or set up a second factor.',
      body: v1.SignInRequest,
      response: { 200: v1.Session, ...errors },
    },
    handler: async (request, reply) => {
      const signedIn = unwrap(await signIn(ctx, { ...request.body, clientAddress: request.ip }));
      setSessionCookie(request, reply, signedIn.secret);
      return presentSession(signedIn.session, signedIn.user);
    },
  });

  app.get('/session', {
    config: { access: { kind: 'signed_in', alsoIn: ANY_STATE, sessionOnly: true } },
    schema: {
      tags: ['session'],
      summary: 'The current session',
      response: { 200: v1.Session, 401: v1.ErrorBody },
    },
    handler: async (request) => {
      const principal = principalOf(request);
      if (principal.via.kind !== 'session') throw new Error('unreachable: sessionOnly');
      return presentSession(principal.via.session, principal.user);
    },
  });

  app.post('/session/second-factor', {
    config: { access: { kind: 'signed_in', alsoIn: ['second_factor_pending'], sessionOnly: true } },
    schema: {
      tags: ['session'],
      summary: 'Complete sign-in with a TOTP code',
      body: v1.SecondFactorRequest,
      response: { 200: v1.Session, ...errors },
    },
    handler: async (request) => {
      const done = unwrap(await completeSecondFactor(ctx, principalOf(request), request.body.code));
      return presentSession(done.session, done.user);
    },
  });

  app.delete('/session', {
    config: { access: { kind: 'signed_in', alsoIn: ANY_STATE, sessionOnly: true } },
    schema: {
      tags: ['session'],
      summary: 'Sign out',
      response: { 204: z.null(), 401: v1.ErrorBody },
    },
    handler: async (request, reply) => {
      const principal = principalOf(request);
      if (principal.via.kind === 'session')
        await ctx.storage.sessions.delete(principal.via.session.idHash);
      await record(ctx.storage, ctx.clock, actorOf(principal), {
        action: 'session.sign_out',
        outcome: 'success',
        objectType: 'user',
        objectId: principal.user.id,
      });
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  });
}
