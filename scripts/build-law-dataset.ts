// Builds the bundled legal dataset (packages/law/src/data/legal-dataset.generated.ts) from
// the shared research file, so the shipped package never reads ../shared at run time.
//   node --import tsx scripts/build-law-dataset.ts          write the module
//   node --import tsx scripts/build-law-dataset.ts --check  exit 1 if it is not up to date
// The research file is <shared>/legal/legal-data.json, where <shared> is CONCORD_SHARED_DIR
// or the `shared` directory beside the repository.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDatasetModule, GENERATED_MODULE } from '@concord/law/build';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const sharedDir = process.env.CONCORD_SHARED_DIR ?? join(repoRoot, '..', 'shared');
const source = join(sharedDir, 'legal', 'legal-data.json');
const target = join(repoRoot, GENERATED_MODULE);
const check = process.argv.includes('--check');

if (!existsSync(source)) {
  process.stderr.write(
    `build-law-dataset: ${source} not found: put shared/ beside the repository or set CONCORD_SHARED_DIR\n`,
  );
  process.exit(1);
}
const bytes = readFileSync(source);
const built = buildDatasetModule(
  bytes.toString('utf8'),
  createHash('sha256').update(bytes).digest('hex'),
);
if (!built.ok) {
  process.stderr.write(`build-law-dataset: ${built.error.code}: ${built.error.message}\n`);
  process.exit(1);
}
if (check) {
  const current = existsSync(target) ? readFileSync(target, 'utf8') : '';
  if (current !== built.value) {
    process.stderr.write(
      `build-law-dataset: ${GENERATED_MODULE} is stale; run npm run build:law\n`,
    );
    process.exit(1);
  }
  process.stdout.write(`build-law-dataset: ${GENERATED_MODULE} is up to date\n`);
} else {
  writeFileSync(target, built.value);
  process.stdout.write(`build-law-dataset: wrote ${GENERATED_MODULE} from ${source}\n`);
}
