import { v1 } from '@concord/protocol';
import { actorOf } from '../../accounts/principal.ts';
import {
  createUser,
  listUsers,
  resetPassword,
  unlockUser,
  updateUser,
} from '../../accounts/users.ts';
import type { NodeContext } from '../../node/node-context.ts';
import { unwrap } from '../api-error.ts';
import { presentUser } from '../presenters.ts';
import { principalOf } from '../principal-of.ts';
import type { ZodApp } from '../zod-app.ts';

const errors = {
  400: v1.ErrorBody,
  401: v1.ErrorBody,
  403: v1.ErrorBody,
  404: v1.ErrorBody,
  409: v1.ErrorBody,
};
const read = { kind: 'signed_in', permission: 'users:read' } as const;
const write = { kind: 'signed_in', permission: 'users:write' } as const;

/** User administration. */
export function registerUserRoutes(app: ZodApp, ctx: NodeContext): void {
  app.get('/users', {
    config: { access: read },
    schema: {
      tags: ['users'],
      summary: 'List users (audited)',
      querystring: v1.PageQuery,
      response: { 200: v1.pageOf(v1.User), ...errors },
    },
    handler: async (request) => {
      const { page, pageSize } = request.query;
      const result = await listUsers(ctx, actorOf(principalOf(request)), { page, pageSize });
      return { items: result.items.map(presentUser), total: result.total, page, pageSize };
    },
  });

  app.post('/users', {
    config: { access: write },
    schema: {
      tags: ['users'],
      summary: 'Create a user',
      description:
        'Returns a one-time password, shown once, which the user must change at first sign-in.',
      body: v1.CreateUserRequest,
      response: { 201: v1.CreatedUser, ...errors },
    },
    handler: async (request, reply) => {
      const created = unwrap(await createUser(ctx, actorOf(principalOf(request)), request.body));
      return reply
        .status(201)
        .send({ user: presentUser(created.user), oneTimePassword: created.oneTimePassword });
    },
  });

  app.patch('/users/:id', {
    config: { access: write },
    schema: {
      tags: ['users'],
      summary: "Change a user's name, role, status or second-factor requirement",
      params: v1.UserIdParams,
      body: v1.UpdateUserRequest,
      response: { 200: v1.User, ...errors },
    },
    handler: async (request) =>
      presentUser(
        unwrap(
          await updateUser(ctx, actorOf(principalOf(request)), request.params.id, request.body),
        ),
      ),
  });

  app.post('/users/:id/password-reset', {
    config: { access: write },
    schema: {
      tags: ['users'],
      summary: "Reset a user's password to a new one-time password",
      params: v1.UserIdParams,
      response: { 200: v1.PasswordReset, ...errors },
    },
    handler: async (request) => ({
      oneTimePassword: unwrap(
        await resetPassword(ctx, actorOf(principalOf(request)), request.params.id),
      ).oneTimePassword,
    }),
  });

  app.post('/users/:id/unlock', {
    config: { access: write },
    schema: {
      tags: ['users'],
      summary: 'Lift a sign-in lockout',
      params: v1.UserIdParams,
      response: { 200: v1.User, ...errors },
    },
    handler: async (request) =>
      presentUser(unwrap(await unlockUser(ctx, actorOf(principalOf(request)), request.params.id))),
  });
}
