import { v1 } from '@concord/protocol';
import type { NodeContext } from '../../node/node-context.ts';
import { presentNode } from '../presenters.ts';
import type { ZodApp } from '../zod-app.ts';

export function registerNodeRoutes(app: ZodApp, ctx: NodeContext): void {
  app.get('/health', {
    config: { access: { kind: 'public' } },
    schema: { tags: ['node'], summary: 'Liveness and version', response: { 200: v1.Health } },
    handler: async () => ({
      status: 'ok' as const,
      version: ctx.version,
      database: ctx.storage.dialect,
    }),
  });

  app.get('/node', {
    config: { access: { kind: 'signed_in', permission: 'node:read' } },
    schema: {
      tags: ['node'],
      summary: "This node's identity and key fingerprints",
      response: { 200: v1.NodeInfo, 401: v1.ErrorBody },
    },
    handler: async () => presentNode(ctx),
  });
}
