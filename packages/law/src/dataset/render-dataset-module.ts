import type { LawDataset } from '../model.ts';

const WIDTH = 100;

/**
 * The text of `src/data/legal-dataset.generated.ts` for a dataset: a header naming the
 * research file and its SHA-256, then the dataset as a typed constant. The same dataset always
 * gives the same bytes, which the reproducibility test relies on.
 *
 * @example
 * writeFileSync(target, renderDatasetModule(dataset));
 */
export function renderDatasetModule(dataset: LawDataset): string {
  return [
    '// GENERATED FILE - do not edit by hand.',
    `// Source: ${dataset.meta.sourceFile}`,
    `// sha256: ${dataset.meta.sha256}`,
    '// Regenerate: npm run build:law (node --import tsx scripts/build-law-dataset.ts).',
    '// dataset.test.ts checks it against the dataset schema and that regenerating it from the',
    '// shared file gives these exact bytes.',
    '',
    "import type { LawDataset } from '../model.ts';",
    '',
    '// prettier-ignore',
    `export const BUNDLED_DATASET: LawDataset = ${render(dataset, 0)};`,
    '',
  ].join('\n');
}

/** JSON, one line where it fits in WIDTH columns, else one member per line. */
function render(value: unknown, depth: number): string {
  const flat = JSON.stringify(value);
  if (value === null || typeof value !== 'object' || flat.length + depth * 2 <= WIDTH) return flat;
  const pad = '  '.repeat(depth + 1);
  const close = '  '.repeat(depth);
  const members = Array.isArray(value)
    ? value.map((item: unknown) => `${pad}${render(item, depth + 1)}`)
    : Object.entries(value).map(([k, v]) => `${pad}${JSON.stringify(k)}: ${render(v, depth + 1)}`);
  const [open, end] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  return members.length === 0 ? `${open}${end}` : `${open}\n${members.join(',\n')}\n${close}${end}`;
}
