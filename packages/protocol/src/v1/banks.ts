import { z } from 'zod';
import {
  DEFAULT_HANDLING,
  GRADE_SCHEMES,
  HASH_SET_FORMAT_IDS,
  HASH_SET_PROBLEM_CODES,
  PAP_LEVELS,
  PURPOSES,
  SIGNAL_TYPES,
  TLP_LEVELS,
  DENY_REASONS,
} from '@concord/core';
import { Instant, PageQuery } from './common.ts';

export const Tlp = z.enum(TLP_LEVELS);
export const Pap = z.enum(PAP_LEVELS);
export const Purpose = z.enum(PURPOSES);
export const SignalType = z.enum(SIGNAL_TYPES);
export const GradeScheme = z.enum(GRADE_SCHEMES);
export const HashSetFormat = z.enum(HASH_SET_FORMAT_IDS);

export const HandlingCode = z
  .strictObject({
    tlp: Tlp,
    pap: Pap,
    restrictions: z.strictObject({
      noOnwardTransmission: z.boolean(),
      intelligenceOnly: z.boolean(),
      retainUntil: Instant.nullable(),
      permittedPurposes: z.array(Purpose).nullable(),
    }),
  })
  .meta({ id: 'HandlingCode' });
export type HandlingCode = z.infer<typeof HandlingCode>;

export const BankName = z
  .string()
  .min(2)
  .max(64)
  .regex(/^[a-z0-9][a-z0-9._-]*$/, 'lower-case letters, digits, dot, dash and underscore');

export const Bank = z
  .object({
    id: z.string(),
    name: z.string(),
    description: z.string(),
    /** 'local' for this node's banks, otherwise the id of the node that shares it. */
    origin: z.string(),
    handling: HandlingCode,
    signalCount: z.number().int(),
    changeSeq: z.number().int(),
    createdAt: Instant,
    updatedAt: Instant,
  })
  .meta({ id: 'Bank' });
export type Bank = z.infer<typeof Bank>;

export const CreateBankRequest = z.strictObject({
  name: BankName,
  description: z.string().trim().max(500).default(''),
  handling: HandlingCode.default({
    ...DEFAULT_HANDLING,
    restrictions: { ...DEFAULT_HANDLING.restrictions, permittedPurposes: null },
  }),
});

export const BankIdParams = z.strictObject({ id: z.string().min(1).max(64) });

export const Grade = z.object({
  scheme: GradeScheme,
  value: z.string(),
  gradedBy: z.string(),
  gradedAt: z.string(),
});

export const Signal = z
  .object({
    id: z.string(),
    bankId: z.string(),
    type: SignalType,
    value: z.string(),
    sourceId: z.string().nullable(),
    grade: Grade.nullable(),
    series: z.string().nullable(),
    victimIdentified: z.boolean().nullable(),
    offenderIdentified: z.boolean().nullable(),
    isDistributed: z.boolean().nullable(),
    comments: z.string().nullable(),
    contributor: z.string(),
    confirmations: z.number().int(),
    handling: HandlingCode,
    lawfulBasis: z.string().nullable(),
    retainUntil: z.string().nullable(),
    createdAt: Instant,
    updatedAt: Instant,
    retractedAt: z.string().nullable(),
    retractionReason: z.string().nullable(),
    /** For a received signal: the node it came from first, and every node it passed through. */
    provenance: z.object({ origin: z.string(), path: z.array(z.string()) }).nullable(),
    /** How many agencies disputed the grade. */
    disputes: z.number().int(),
  })
  .meta({ id: 'Signal' });
export type Signal = z.infer<typeof Signal>;

const Flag = z.enum(['true', 'false']).transform((v) => v === 'true');

export const SignalQuery = PageQuery.extend({
  type: SignalType.optional(),
  value: z.string().min(1).max(400).optional(),
  series: z.string().min(1).max(200).optional(),
  gradeScheme: GradeScheme.optional(),
  gradeValue: z.string().min(1).max(64).optional(),
  includeRetracted: Flag.optional(),
  purpose: Purpose.optional().describe(
    'why you are looking; required for signals whose originator limited their purposes',
  ),
});

/** Items the handling-code policy kept from the caller, by reason; never their content. */
export const Withheld = z.object({
  count: z.number().int(),
  reasons: z.partialRecord(z.enum(DENY_REASONS), z.number().int()),
});

export const SignalPage = z
  .object({
    items: z.array(Signal),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
    withheld: Withheld,
  })
  .meta({ id: 'SignalPage' });

export const RetractRequest = z.strictObject({ reason: z.string().trim().min(3).max(500) });

export const MatchQuery = z.strictObject({
  type: SignalType,
  value: z.string().min(1).max(200_000),
  /** For PDQ: the other seven dihedral hashes of the same image, so rotated and mirrored copies match. */
  variants: z.array(z.string().length(64)).max(7).optional(),
});

export const MatchRequest = z.strictObject({
  hashes: z.array(MatchQuery).min(1).max(1000),
  /** Largest PDQ Hamming distance that counts as a match (default 31). */
  threshold: z.number().int().min(0).max(64).default(31),
  purpose: Purpose.optional(),
});

export const Match = z.object({
  signal: Signal,
  bankName: z.string(),
  distance: z.number().int(),
});

export const MatchResponse = z
  .object({
    results: z.array(
      z.object({ query: z.number().int(), matches: z.array(Match), withheld: Withheld }),
    ),
  })
  .meta({ id: 'MatchResponse' });
export type MatchResponse = z.infer<typeof MatchResponse>;

export const ImportQuery = z.strictObject({
  format: HashSetFormat,
  strict: Flag.default(false),
  /** hash_list: the type of every line (needed for 64-hex lists, PDQ or SHA-256). */
  signalType: SignalType.optional(),
  /** VICS Default profile and 1.x: the scheme of Category. */
  vicsCategoryScheme: GradeScheme.optional(),
  gradedBy: z.string().trim().min(1).max(120).optional(),
  lawfulBasis: z.string().trim().min(1).max(500).optional(),
});

export const ImportProblemCode = z.enum(HASH_SET_PROBLEM_CODES);

export const ImportProblem = z.object({
  line: z.number().int().nullable(),
  path: z.string().nullable(),
  code: ImportProblemCode,
  message: z.string(),
});

export const ImportReport = z
  .object({
    format: HashSetFormat,
    items: z.number().int(),
    inserted: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    /** False when strict mode refused the file: nothing was written. */
    applied: z.boolean(),
    problems: z.array(ImportProblem),
  })
  .meta({ id: 'ImportReport' });
export type ImportReport = z.infer<typeof ImportReport>;

export const ExportQuery = z.strictObject({
  format: HashSetFormat,
  purpose: Purpose.describe('why the bank leaves the node; recorded in the audit trail'),
});

/** One match row of a `concord scan` report. */
export const ScanMatch = z.object({
  path: z.string().max(4096),
  type: SignalType,
  distance: z.number().int().min(0),
  grade: z.object({ scheme: z.string().max(40), value: z.string().max(64) }).nullable(),
  series: z.string().max(200).nullable(),
  bank: z.string().max(200),
  quality: z.number().int().min(0).max(100).nullable(),
});

/** The JSON report `concord scan --report FILE.json` writes. */
export const ScanReportDocument = z.object({
  interrupted: z.boolean().optional(),
  scan: z.object({
    root: z.string().max(4096),
    startedAt: Instant,
    finishedAt: Instant,
    threshold: z.number().int(),
    dihedral: z.boolean(),
    workers: z.number().int(),
    banks: z.array(
      z.object({ bank: z.string(), signals: z.number().int(), problems: z.number().int() }),
    ),
  }),
  totals: z.object({
    files: z.number().int(),
    hashed: z.number().int(),
    resumed: z.number().int(),
    matchedFiles: z.number().int(),
    problems: z.number().int(),
    byGrade: z.record(z.string(), z.number().int()),
    bySeries: z.record(z.string(), z.number().int()),
  }),
  matches: z.array(ScanMatch).max(1_000_000),
  problems: z.array(z.object({ path: z.string(), code: z.string(), message: z.string() })),
});

export const ScanReportUpload = z.strictObject({
  label: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .describe('what to call the scan, e.g. the exhibit number'),
  report: ScanReportDocument,
});

export const ScanReportSummary = z
  .object({
    id: z.string(),
    label: z.string(),
    uploadedBy: z.string(),
    uploadedAt: Instant,
    scannedAt: Instant,
    files: z.number().int(),
    matchedFiles: z.number().int(),
    problems: z.number().int(),
    byGrade: z.record(z.string(), z.number().int()),
    bySeries: z.record(z.string(), z.number().int()),
    banks: z.array(
      z.object({ bank: z.string(), signals: z.number().int(), problems: z.number().int() }),
    ),
    threshold: z.number().int(),
    dihedral: z.boolean(),
  })
  .meta({ id: 'ScanReportSummary' });

export const ScanReportDetail = ScanReportSummary.extend({ matches: z.array(ScanMatch) }).meta({
  id: 'ScanReportDetail',
});
export type ScanReportUpload = z.infer<typeof ScanReportUpload>;
export type ScanReportSummary = z.infer<typeof ScanReportSummary>;
export type ScanReportDetail = z.infer<typeof ScanReportDetail>;
