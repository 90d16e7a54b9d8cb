import { v1 } from '@concord/protocol';
import type { ScanReportRecord } from '@concord/storage';
import { readScanReport, uploadScanReport } from '../../banks/scan-reports.ts';
import type { NodeContext } from '../../node/node-context.ts';
import { unwrap } from '../api-error.ts';
import { principalOf } from '../principal-of.ts';
import type { ZodApp } from '../zod-app.ts';

const errors = {
  400: v1.ErrorBody,
  401: v1.ErrorBody,
  403: v1.ErrorBody,
  404: v1.ErrorBody,
  413: v1.ErrorBody,
};
const access = { kind: 'signed_in', permission: 'match:run' } as const;

function summary(r: Omit<ScanReportRecord, 'matches'>): v1.ScanReportSummary {
  const parsed = v1.ScanReportSummary.pick({
    byGrade: true,
    bySeries: true,
    banks: true,
    threshold: true,
    dihedral: true,
  }).parse(r.summary);
  return {
    id: r.id,
    label: r.label,
    uploadedBy: r.uploadedBy,
    uploadedAt: r.uploadedAt,
    scannedAt: r.scannedAt,
    files: r.files,
    matchedFiles: r.matchedFiles,
    problems: r.problems,
    ...parsed,
  };
}

/** Reports of `concord scan` runs, uploaded so the team sees the results (counts by grade and series). */
export function registerScanReportRoutes(app: ZodApp, ctx: NodeContext): void {
  app.post('/scan-reports', {
    config: { access },
    bodyLimit: 64 * 1024 * 1024,
    schema: {
      tags: ['banks'],
      summary: 'Upload the JSON report of a concord scan',
      body: v1.ScanReportUpload,
      response: { 201: v1.ScanReportSummary, ...errors },
    },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(
          summary(
            await uploadScanReport(
              ctx,
              principalOf(request),
              request.body.label,
              request.body.report,
            ),
          ),
        ),
  });

  app.get('/scan-reports', {
    config: { access },
    schema: {
      tags: ['banks'],
      summary: 'Uploaded scan reports, newest first',
      querystring: v1.PageQuery,
      response: { 200: v1.pageOf(v1.ScanReportSummary), ...errors },
    },
    handler: async (request) => {
      const { page, pageSize } = request.query;
      const found = await ctx.storage.scanReports.list({
        offset: (page - 1) * pageSize,
        limit: pageSize,
      });
      return { items: found.items.map(summary), total: found.total, page, pageSize };
    },
  });

  app.get('/scan-reports/:id', {
    config: { access },
    schema: {
      tags: ['banks'],
      summary: 'One scan report with its matches (audited)',
      params: v1.BankIdParams,
      response: { 200: v1.ScanReportDetail, ...errors },
    },
    handler: async (request) => {
      const found = unwrap(await readScanReport(ctx, principalOf(request), request.params.id));
      return {
        ...summary(found),
        matches: v1.ScanReportDocument.shape.matches.parse(found.matches),
      };
    },
  });
}
