import { randomUUID } from 'node:crypto';
import { ok, type Result } from '@concord/core';
import type { v1 } from '@concord/protocol';
import type { ScanReportRecord } from '@concord/storage';
import { actorOf, type Principal } from '../accounts/principal.ts';
import { fail, type ServiceError } from '../accounts/service-error.ts';
import { record } from '../audit/audit-trail.ts';
import type { NodeContext } from '../node/node-context.ts';

type Document = v1.ScanReportUpload['report'];

/** What the summary keeps: the scan's settings and totals (never the unreadable files' paths). */
function summaryOf(report: Document) {
  return {
    byGrade: report.totals.byGrade,
    bySeries: report.totals.bySeries,
    banks: report.scan.banks,
    threshold: report.scan.threshold,
    dihedral: report.scan.dihedral,
  };
}

/** Stores an uploaded `concord scan` report (counts and matches; never media) and audits it. */
export async function uploadScanReport(
  ctx: NodeContext,
  principal: Principal,
  label: string,
  report: Document,
): Promise<ScanReportRecord> {
  const stored: ScanReportRecord = {
    id: randomUUID(),
    label,
    uploadedBy: principal.user.username,
    uploadedAt: ctx.clock.now().toISOString(),
    scannedAt: report.scan.finishedAt,
    files: report.totals.files,
    matchedFiles: report.totals.matchedFiles,
    problems: report.totals.problems,
    summary: summaryOf(report),
    matches: report.matches,
  };
  await ctx.storage.transaction(async (tx) => {
    await tx.scanReports.create(stored);
    await record(tx, ctx.clock, actorOf(principal), {
      action: 'scan_report.upload',
      outcome: 'success',
      objectType: 'scan_report',
      objectId: stored.id,
      details: { label, files: stored.files, matchedFiles: stored.matchedFiles },
    });
  });
  return stored;
}

export async function readScanReport(
  ctx: NodeContext,
  principal: Principal,
  id: string,
): Promise<Result<ScanReportRecord, ServiceError>> {
  const found = await ctx.storage.scanReports.get(id);
  if (!found) return fail('not_found', 'no such scan report');
  await record(ctx.storage, ctx.clock, actorOf(principal), {
    action: 'scan_report.read',
    outcome: 'success',
    objectType: 'scan_report',
    objectId: id,
  });
  return ok(found);
}
