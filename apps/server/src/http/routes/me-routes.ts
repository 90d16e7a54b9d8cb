import { z } from 'zod';
import { v1 } from '@concord/protocol';
import { createApiToken, revokeApiToken } from '../../accounts/api-tokens.ts';
import {
  changePassword,
  confirmTotpEnrolment,
  disableTotp,
  startTotpEnrolment,
  updateProfile,
} from '../../accounts/my-account.ts';
import type { NodeContext } from '../../node/node-context.ts';
import { unwrap } from '../api-error.ts';
import { presentToken, presentUser } from '../presenters.ts';
import { principalOf } from '../principal-of.ts';
import type { ZodApp } from '../zod-app.ts';

const errors = {
  400: v1.ErrorBody,
  401: v1.ErrorBody,
  403: v1.ErrorBody,
  404: v1.ErrorBody,
  409: v1.ErrorBody,
};
const mine = { kind: 'signed_in', sessionOnly: true } as const;

/** The caller's own account: profile, password, second factor, API tokens. */
export function registerMeRoutes(app: ZodApp, ctx: NodeContext): void {
  app.get('/me', {
    config: { access: { kind: 'signed_in' } },
    schema: { tags: ['account'], summary: 'My account', response: { 200: v1.User, ...errors } },
    handler: async (request) => presentUser(principalOf(request).user),
  });

  app.patch('/me', {
    config: { access: mine },
    schema: {
      tags: ['account'],
      summary: 'Change my display name or language',
      body: v1.UpdateMeRequest,
      response: { 200: v1.User, ...errors },
    },
    handler: async (request) =>
      presentUser(await updateProfile(ctx, principalOf(request), request.body)),
  });

  app.post('/me/password', {
    config: { access: { ...mine, alsoIn: ['password_change_required'] } },
    schema: {
      tags: ['account'],
      summary: 'Change my password',
      description: 'Ends my other sessions. Required after signing in with a one-time password.',
      body: v1.ChangePasswordRequest,
      response: { 200: v1.User, ...errors },
    },
    handler: async (request) =>
      presentUser(unwrap(await changePassword(ctx, principalOf(request), request.body))),
  });

  app.post('/me/totp', {
    config: { access: { ...mine, alsoIn: ['second_factor_setup_required'] } },
    schema: {
      tags: ['account'],
      summary: 'Start setting up an authenticator app (TOTP)',
      response: { 200: v1.TotpEnrolment, ...errors },
    },
    handler: async (request) =>
      unwrap(await startTotpEnrolment(ctx, principalOf(request), `Concord ${ctx.identity.name}`)),
  });

  app.post('/me/totp/confirm', {
    config: { access: { ...mine, alsoIn: ['second_factor_setup_required'] } },
    schema: {
      tags: ['account'],
      summary: 'Finish setting up an authenticator app with a code from it',
      body: v1.SecondFactorRequest,
      response: { 200: v1.User, ...errors },
    },
    handler: async (request) =>
      presentUser(unwrap(await confirmTotpEnrolment(ctx, principalOf(request), request.body.code))),
  });

  app.post('/me/totp/disable', {
    config: { access: mine },
    schema: {
      tags: ['account'],
      summary: 'Turn off my second factor',
      body: v1.DisableTotpRequest,
      response: { 200: v1.User, ...errors },
    },
    handler: async (request) =>
      presentUser(unwrap(await disableTotp(ctx, principalOf(request), request.body.password))),
  });

  app.get('/me/tokens', {
    config: { access: mine },
    schema: {
      tags: ['account'],
      summary: 'My API tokens',
      response: { 200: z.array(v1.ApiToken), ...errors },
    },
    handler: async (request) =>
      (await ctx.storage.apiTokens.listForUser(principalOf(request).user.id)).map(presentToken),
  });

  app.post('/me/tokens', {
    config: { access: mine },
    schema: {
      tags: ['account'],
      summary: 'Create an API token for scripts',
      description:
        'The token is shown once, in this response. It acts as me, limited to its scopes, until it expires or is revoked.',
      body: v1.CreateTokenRequest,
      response: { 201: v1.CreatedToken, ...errors },
    },
    handler: async (request, reply) => {
      const created = unwrap(await createApiToken(ctx, principalOf(request), request.body));
      return reply
        .status(201)
        .send({ apiToken: presentToken(created.record), token: created.token });
    },
  });

  app.delete('/me/tokens/:id', {
    config: { access: mine },
    schema: {
      tags: ['account'],
      summary: 'Revoke one of my API tokens',
      params: v1.UserIdParams,
      response: { 204: z.null(), ...errors },
    },
    handler: async (request, reply) => {
      unwrap(await revokeApiToken(ctx, principalOf(request), request.params.id));
      return reply.status(204).send(null);
    },
  });
}
