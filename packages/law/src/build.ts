// Entry for scripts/build-law-dataset.ts and the reproducibility test: turns the research
// file's text into the bundled dataset module. Not part of the package's runtime surface.

import { err, ok, type CodedError, type Result } from '@concord/core';
import type { DatasetError } from './dataset/dataset-issues.ts';
import { renderDatasetModule } from './dataset/render-dataset-module.ts';
import { normaliseResearchData } from './dataset/research-data.ts';

export type { DatasetError, DatasetIssue, DatasetIssueCode } from './dataset/dataset-issues.ts';

/** How the generated module names its source, whatever directory it was read from. */
export const RESEARCH_FILE = '../shared/legal/legal-data.json';

/** Where the generated module lives, relative to the repository root. */
export const GENERATED_MODULE = 'packages/law/src/data/legal-dataset.generated.ts';

/**
 * The generated module's text for the research file's text and its SHA-256 (hex).
 *
 * @example
 * const built = buildDatasetModule(text, createHash('sha256').update(text).digest('hex'));
 * if (built.ok) writeFileSync(GENERATED_MODULE, built.value);
 */
export function buildDatasetModule(
  text: string,
  sha256: string,
): Result<string, DatasetError | CodedError<'invalid_json'>> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return err('invalid_json', `${RESEARCH_FILE} is not JSON: ${String(e)}`);
  }
  const dataset = normaliseResearchData(raw, { sourceFile: RESEARCH_FILE, sha256 });
  return dataset.ok ? ok(renderDatasetModule(dataset.value)) : dataset;
}
