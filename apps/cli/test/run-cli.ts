import { spawn, spawnSync } from 'node:child_process';

export const CLI = new URL('../bin/concord.js', import.meta.url).pathname;

export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the real `concord` binary in a child process. */
export function runCli(
  args: readonly string[],
  env: NodeJS.ProcessEnv = {},
  cwd?: string,
): CliResult {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    encoding: 'utf8',
    ...(cwd ? { cwd } : {}),
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Starts `concord` in the background and resolves once a line matches. */
export function startCli(args: readonly string[], env: NodeJS.ProcessEnv, ready: RegExp) {
  const child = spawn(process.execPath, [CLI, ...args], {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => {
    stderr += d.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const started = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      if (ready.test(stdout)) resolve(stdout);
    });
    void exited.then((code) =>
      reject(new Error(`concord exited (${code}) before it was ready: ${stderr}`)),
    );
  });
  return { child, started, exited, output: () => ({ stdout, stderr }) };
}

/** Runs `concord` in this process (same code path as the binary, minus start-up): for the many-run tests. */
export async function runMain(
  args: readonly string[],
  env: NodeJS.ProcessEnv = {},
): Promise<CliResult> {
  const { main } = await import('../src/main.ts');
  let stdout = '';
  let stderr = '';
  const io = {
    out: (line: string) => {
      stdout += `${line}\n`;
    },
    err: (line: string) => {
      stderr += `${line}\n`;
    },
    isTty: false,
    env,
    cwd: process.cwd(),
    ask: async () => null,
  };
  const code = await main(args, io, new AbortController().signal);
  return { code, stdout, stderr };
}
