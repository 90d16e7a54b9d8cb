import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { Command, Option } from 'commander';
import { startDemo } from '@concord/server';
import { CommandFailure, type Io } from '../io.ts';
import { parsePort } from '../options.ts';

interface DemoFlags {
  readonly data: string;
  readonly port: number;
  readonly host: string;
  readonly web?: string;
  readonly logLevel: 'silent' | 'error' | 'warn' | 'info' | 'debug';
}

function webRootOf(io: Io, flag: string | undefined): string | null {
  if (flag) return resolve(io.cwd, flag);
  const fromEnv = io.env.CONCORD_WEB_ROOT;
  if (fromEnv) return resolve(io.cwd, fromEnv);
  const built = new URL('../../../web/dist', import.meta.url).pathname;
  return existsSync(resolve(built, 'index.html')) ? built : null;
}

function errorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
}

async function runDemo(io: Io, flags: DemoFlags, stop: AbortSignal): Promise<void> {
  const dataDir = resolve(io.cwd, flags.data);
  const webRoot = webRootOf(io, flags.web);
  if (webRoot === null)
    io.err('warning: the web UI is not built (npm run build:web); serving the API only');
  let demo;
  try {
    demo = await startDemo({
      dataDir,
      host: flags.host,
      basePort: flags.port,
      webRoot,
      env: io.env,
      logLevel: flags.logLevel,
      log: (line) => io.out(line),
    });
  } catch (error) {
    const code = errorCode(error);
    if (code === 'EADDRINUSE')
      throw new CommandFailure(
        `ports ${flags.port}-${flags.port + 2} on ${flags.host} are not all free: stop the other program or pass --port`,
      );
    if (code === 'EACCES')
      throw new CommandFailure(`not allowed to listen on ${flags.host}: choose a port above 1023`);
    throw new CommandFailure(error instanceof Error ? error.message : String(error));
  }
  io.out('The Concord demo federation is running: three fictional agencies, already peered.');
  for (const node of demo.file.nodes) {
    io.out('');
    io.out(`  ${node.name} (${node.jurisdiction})`);
    io.out(`    open:      ${node.url}/`);
    io.out(`    sign in:   ${node.username} / ${node.password}`);
  }
  io.out('');
  io.out(
    '  Node 1 shares its bank "demo-shared" with node 2 (up to TLP:AMBER) and node 3 (TLP:GREEN only).',
  );
  io.out(`  API tokens for scripts: ${resolve(dataDir, 'demo.json')}`);
  io.out(`  Start afresh: stop, delete ${dataDir}, run again.`);
  io.out('Press Ctrl+C to stop.');
  await new Promise<void>((done) => stop.addEventListener('abort', () => done(), { once: true }));
  io.out('stopping...');
  await demo.stop();
}

export function demoCommand(io: Io, stop: AbortSignal): Command {
  return new Command('demo')
    .description(
      'run a three-node demo federation on this machine (fictional agencies, benign data)',
    )
    .option('--data <dir>', 'where the demo keeps its three nodes', '.concord/demo')
    .option('--port <n>', 'first of three consecutive TCP ports', parsePort, 4000)
    .option('--host <address>', 'address to listen on', '127.0.0.1')
    .option('--web <dir>', 'serve the web UI from this directory (default: the repository build)')
    .addOption(
      new Option('--log-level <level>', 'server log level')
        .choices(['silent', 'error', 'warn', 'info', 'debug'])
        .default('warn'),
    )
    .action(async (flags: DemoFlags) => {
      await runDemo(io, flags, stop);
    });
}
