// `npm run bench -- <name> [options]`: runs bench/<name>.bench.ts, which prints
// JSON lines ({bench, metric, value, unit, ...}) to stdout. Lines are also
// appended to bench/results/<name>.jsonl with the time and machine, so runs can
// be compared later.
import { appendFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';

export interface BenchLine {
  readonly bench: string;
  readonly metric: string;
  readonly value: number;
  readonly unit: string;
  readonly [extra: string]: string | number | boolean;
}

/** What each bench module exports as default. */
export type Bench = (args: readonly string[], emit: (line: BenchLine) => void) => Promise<void>;

const here = new URL('.', import.meta.url).pathname;
const available = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .map((f) => f.slice(0, -'.bench.ts'.length));

const [name, ...args] = process.argv.slice(2);
if (!name || !available.includes(name)) {
  process.stderr.write(
    `usage: npm run bench -- <name> [options]\navailable: ${available.join(', ') || '(none yet)'}\n`,
  );
  process.exit(2);
}

const resultsDir = join(here, 'results');
if (!existsSync(resultsDir)) mkdirSync(resultsDir, { recursive: true });
const context = {
  at: new Date().toISOString(),
  cpu: cpus()[0]?.model ?? 'unknown',
  node: process.version,
};

const mod = (await import(join(here, `${name}.bench.ts`))) as { default: Bench };
await mod.default(args, (line) => {
  const text = JSON.stringify(line);
  process.stdout.write(`${text}\n`);
  appendFileSync(join(resultsDir, `${name}.jsonl`), `${JSON.stringify({ ...line, ...context })}\n`);
});
