import { Readable } from 'node:stream';
import { z } from 'zod';
import { v1 } from '@concord/protocol';
import { actorOf } from '../../accounts/principal.ts';
import { checkAuditTrail, exportAuditTrail, readAuditTrail } from '../../audit/audit-reads.ts';
import type { NodeContext } from '../../node/node-context.ts';
import { presentAuditEvent } from '../presenters.ts';
import { principalOf } from '../principal-of.ts';
import type { ZodApp } from '../zod-app.ts';

const errors = { 400: v1.ErrorBody, 401: v1.ErrorBody, 403: v1.ErrorBody };

/** The audit trail: read, verified and exported; never edited or deleted. */
export function registerAuditRoutes(app: ZodApp, ctx: NodeContext): void {
  app.get('/audit', {
    config: { access: { kind: 'signed_in', permission: 'audit:read' } },
    schema: {
      tags: ['audit'],
      summary: 'Read the audit trail, newest first (the read is itself audited)',
      querystring: v1.AuditQuery,
      response: { 200: v1.pageOf(v1.AuditEvent), ...errors },
    },
    handler: async (request) => {
      const { page, pageSize, ...filter } = request.query;
      const result = await readAuditTrail(ctx, actorOf(principalOf(request)), filter, {
        page,
        pageSize,
      });
      return { items: result.items.map(presentAuditEvent), total: result.total, page, pageSize };
    },
  });

  app.get('/audit/verify', {
    config: { access: { kind: 'signed_in', permission: 'audit:read' } },
    schema: {
      tags: ['audit'],
      summary: 'Re-hash the whole trail and report the first broken event',
      response: { 200: v1.AuditVerdict, ...errors },
    },
    handler: async (request) => {
      const verdict = await checkAuditTrail(ctx, actorOf(principalOf(request)));
      return verdict.intact
        ? { intact: true, count: verdict.count, firstBrokenSeq: null, reason: null }
        : {
            intact: false,
            count: verdict.count,
            firstBrokenSeq: verdict.firstBrokenSeq,
            reason: verdict.reason,
          };
    },
  });

  app.get('/audit/export', {
    config: { access: { kind: 'signed_in', permission: 'audit:export' } },
    schema: {
      tags: ['audit'],
      summary: 'Export the audit trail as CSV; a purpose is required and recorded',
      querystring: v1.AuditExportQuery,
      produces: ['text/csv'],
      response: { 200: z.string().describe('CSV, one event per line, newest first'), ...errors },
    },
    handler: async (request, reply) => {
      const { purpose, ...filter } = request.query;
      const lines = exportAuditTrail(ctx, actorOf(principalOf(request)), filter, purpose);
      const stamp = ctx.clock.now().toISOString().slice(0, 10);
      return (
        reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="concord-audit-${stamp}.csv"`)
          // Fastify streams a Readable untouched; the typed reply only knows the schema's string.
          .send(Readable.from(lines) as unknown as string)
      );
    },
  });
}
