import { z } from 'zod';
import { AUDIT_OUTCOMES, PURPOSES } from '@concord/core';
import { Instant, PageQuery } from './common.ts';

export const AuditEvent = z
  .object({
    seq: z.number().int(),
    at: Instant,
    actorId: z.string().nullable(),
    actorName: z.string().nullable(),
    actorRole: z.string().nullable(),
    action: z.string(),
    objectType: z.string().nullable(),
    objectId: z.string().nullable(),
    purpose: z.string().nullable(),
    outcome: z.string(),
    clientAddress: z.string().nullable(),
    details: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
    hash: z.string(),
  })
  .meta({ id: 'AuditEvent' });
export type AuditEvent = z.infer<typeof AuditEvent>;

const filterFields = {
  actor: z.string().min(1).max(64).optional(),
  action: z
    .string()
    .min(1)
    .max(64)
    .optional()
    .describe("an action, or a family ending in '.' such as 'user.'"),
  objectType: z.string().min(1).max(64).optional(),
  objectId: z.string().min(1).max(128).optional(),
  outcome: z.enum(AUDIT_OUTCOMES).optional(),
  from: Instant.optional(),
  to: Instant.optional(),
};

export const AuditQuery = PageQuery.extend({
  ...filterFields,
  maxSeq: z.coerce
    .number()
    .int()
    .min(0)
    .optional()
    .describe(
      'only events up to this sequence number, so later pages do not shift as new events arrive',
    ),
});
export type AuditQuery = z.infer<typeof AuditQuery>;

export const AuditExportQuery = z.strictObject({
  ...filterFields,
  purpose: z.enum(PURPOSES).describe('why the trail is being exported; recorded in the trail'),
});

export const AuditVerdict = z
  .object({
    intact: z.boolean(),
    count: z.number().int(),
    firstBrokenSeq: z.number().int().nullable(),
    reason: z.string().nullable(),
  })
  .meta({ id: 'AuditVerdict' });
export type AuditVerdict = z.infer<typeof AuditVerdict>;
