// `npm test`: prerequisites, lint and typecheck, the web build the browser tests
// load, then every *.test.ts file through node's test runner.
//   npm test                  everything
//   npm test -- PATH...       only test files under these paths (no lint/typecheck)
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const filters = process.argv.slice(2);
const SKIP_DIRS = new Set(['node_modules', 'dist', '.git', '.concord']);

function run(cmd, args, label) {
  const started = Date.now();
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    process.stderr.write(`npm test: ${label} failed (exit ${r.status ?? r.signal})\n`);
    process.exit(1);
  }
  process.stdout.write(`npm test: ${label} ok (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
}

function findTests(dir, out) {
  for (const name of readdirSync(dir)) {
    if (SKIP_DIRS.has(name)) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) findTests(path, out);
    else if (name.endsWith('.test.ts')) out.push(relative(root, path));
  }
  return out;
}

const all = ['packages', 'apps', 'test'].flatMap((d) => findTests(join(root, d), []));
const files = filters.length
  ? all.filter((f) => filters.some((p) => f.startsWith(p.replace(/^\.\//, ''))))
  : all;
if (files.length === 0) {
  process.stderr.write(`npm test: no test files match ${filters.join(' ')}\n`);
  process.exit(2);
}

run('node', ['scripts/test-prereqs.mjs'], 'prerequisites');
if (filters.length === 0) {
  run('npm', ['run', '--silent', 'lint'], 'lint');
  run('npm', ['run', '--silent', 'typecheck'], 'typecheck');
}
if (files.some((f) => f.startsWith('test/browser/'))) {
  run('node', ['scripts/build-web-if-stale.mjs'], 'web build');
}
// Spec output for people, TAP into a file from which the totals line is read.
mkdirSync(join(root, 'test-results'), { recursive: true });
// One file per run, so that runs side by side do not read each other's totals.
const tapFile = join(root, 'test-results', `tap-${process.pid}.txt`);
const started = Date.now();
const result = spawnSync(
  'node',
  [
    '--import',
    'tsx',
    '--test',
    '--test-concurrency=2',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${tapFile}`,
    ...files,
  ],
  { cwd: root, stdio: 'inherit' },
);
const tap = readFileSync(tapFile, 'utf8');
rmSync(tapFile, { force: true });
const total = (key) => Number(new RegExp(`^# ${key} (\\d+)$`, 'm').exec(tap)?.[1] ?? 0);
const [pass, failedTests, cancelled, skipped, todo] = [
  'pass',
  'fail',
  'cancelled',
  'skipped',
  'todo',
].map(total);
// A test cancelled by a failing hook did not pass: count it as failed.
const failed = failedTests + cancelled;
process.stdout.write(
  `${pass} passed, ${failed} failed, ${skipped} skipped, ${todo} todo (${files.length} files, ${((Date.now() - started) / 1000).toFixed(1)} s)\n`,
);
if (result.status !== 0 || failed > 0 || skipped > 0 || todo > 0) {
  const why =
    failed > 0 || result.status !== 0
      ? 'tests failed'
      : 'skipped or todo tests count as failures here';
  process.stderr.write(`npm test: FAILED (${why})\n`);
  process.exit(1);
}
