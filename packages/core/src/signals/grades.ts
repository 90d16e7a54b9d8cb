import { err, ok, type CodedError, type Result } from '../result.ts';

/**
 * Grading schemes. A grade is meaningless without its scheme: VICS category 1
 * in the US profile is not category 1 elsewhere, and UK law grades A/B/C.
 */
export const GRADE_SCHEMES = [
  'vics_us',
  'vics_uk',
  'vics_ca',
  'caid',
  'interpol_baseline',
  'ncmec_industry',
  'custom',
] as const;
export type GradeScheme = (typeof GRADE_SCHEMES)[number];

/** A grade as given by one agency at one time. */
export interface Grade {
  readonly scheme: GradeScheme;
  readonly value: string;
  /** The node or agency that graded it. */
  readonly gradedBy: string;
  /** ISO 8601 instant. */
  readonly gradedAt: string;
}

export interface GradeValueInfo {
  readonly value: string;
  /** What the value means, or null where no reliable source says. */
  readonly meaning: string | null;
}

/**
 * The values each scheme allows. VICS categories are integers whose meaning
 * depends on the regional profile; only 0 (non-pertinent) is confirmed across
 * tools, so other meanings are left unknown rather than guessed. CAID follows
 * the UK's A/B/C; INTERPOL Baseline is a yes/no criterion; the NCMEC industry
 * classification is A1-B2. Custom schemes take any short label.
 */
export const GRADE_VALUES: Readonly<
  Record<Exclude<GradeScheme, 'custom'>, readonly GradeValueInfo[]>
> = {
  vics_us: vicsCategories(),
  vics_uk: vicsCategories(),
  vics_ca: vicsCategories(),
  caid: [
    {
      value: 'A',
      meaning: 'penetrative sexual activity, sexual activity with an animal, or sadism',
    },
    { value: 'B', meaning: 'non-penetrative sexual activity' },
    { value: 'C', meaning: 'other indecent images' },
  ],
  interpol_baseline: [
    {
      value: 'baseline',
      meaning: 'meets INTERPOL Baseline: real child, apparently under 13, severe abuse',
    },
    { value: 'not_baseline', meaning: 'does not meet INTERPOL Baseline' },
  ],
  ncmec_industry: [
    { value: 'A1', meaning: 'prepubescent minor, sex act' },
    { value: 'A2', meaning: 'prepubescent minor, lascivious exhibition' },
    { value: 'B1', meaning: 'pubescent minor, sex act' },
    { value: 'B2', meaning: 'pubescent minor, lascivious exhibition' },
  ],
};

function vicsCategories(): GradeValueInfo[] {
  return Array.from({ length: 10 }, (_, n) => ({
    value: String(n),
    meaning: n === 0 ? 'non-pertinent' : null,
  }));
}

export function isGradeScheme(value: string): value is GradeScheme {
  return (GRADE_SCHEMES as readonly string[]).includes(value);
}

export type GradeValueError = CodedError<'invalid_grade'>;

/** The canonical spelling of a grade value under its scheme, or why it is not one. */
export function normaliseGradeValue(
  scheme: GradeScheme,
  raw: string,
): Result<string, GradeValueError> {
  const value = raw.trim();
  if (scheme === 'custom') {
    return value.length > 0 && value.length <= 64
      ? ok(value)
      : err('invalid_grade', 'a custom grade is 1 to 64 characters');
  }
  const allowed = GRADE_VALUES[scheme];
  const found = allowed.find((v) => v.value.toLowerCase() === value.toLowerCase());
  if (found) return ok(found.value);
  return err(
    'invalid_grade',
    `${JSON.stringify(value)} is not a ${scheme} grade (one of ${allowed.map((v) => v.value).join(', ')})`,
  );
}
