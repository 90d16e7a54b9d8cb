import { SCHEMA_ISSUE_CODES, type SchemaIssue } from './schema.ts';

/** What can be wrong with the research file or the bundled dataset, beyond its shape. */
export const DATASET_ISSUE_CODES = [
  ...SCHEMA_ISSUE_CODES,
  'conflicting_source',
  'unknown_source',
  'duplicate_id',
  'missing_id',
  'unordered',
] as const;
export type DatasetIssueCode = (typeof DATASET_ISSUE_CODES)[number];

export interface DatasetIssue {
  readonly code: DatasetIssueCode;
  readonly path: string;
  readonly message: string;
}

/** Why a research file or dataset was refused: every problem found, each with its path. */
export interface DatasetError {
  readonly code: 'invalid_research_data' | 'invalid_dataset';
  readonly message: string;
  readonly issues: readonly DatasetIssue[];
}

export function datasetError(
  code: DatasetError['code'],
  issues: readonly (DatasetIssue | SchemaIssue)[],
): DatasetError {
  const shown = issues
    .slice(0, 5)
    .map((i) => `${i.path}: ${i.message}`)
    .join('; ');
  const more = issues.length > 5 ? ` (and ${issues.length - 5} more)` : '';
  return { code, message: `${issues.length} problem(s): ${shown}${more}`, issues };
}
