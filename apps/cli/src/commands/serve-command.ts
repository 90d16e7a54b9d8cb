import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { Command, Option } from 'commander';
import { cryptoBackend, fingerprint, isInitialised, openNode, serveNode } from '@concord/server';
import { CommandFailure, type Io } from '../io.ts';
import { dataDirOf, parseJurisdiction, parseName, parsePort } from '../options.ts';
import { runInit } from './init-command.ts';

interface ServeFlags {
  readonly data?: string;
  readonly port: number;
  readonly host: string;
  readonly web?: string;
  readonly init?: boolean;
  readonly name: string;
  readonly jurisdiction?: string;
  readonly trustProxy?: boolean;
  readonly logLevel: 'silent' | 'error' | 'warn' | 'info' | 'debug';
}

/** The web UI built by `npm run build:web`, beside this package in the repository. */
function defaultWebRoot(io: Io): string | null {
  const fromEnv = io.env.CONCORD_WEB_ROOT;
  if (fromEnv) return resolve(io.cwd, fromEnv);
  const built = new URL('../../../web/dist', import.meta.url).pathname;
  return existsSync(resolve(built, 'index.html')) ? built : null;
}

async function runServe(io: Io, flags: ServeFlags, stop: AbortSignal): Promise<void> {
  const dataDir = dataDirOf(flags.data, io);
  const creating = Boolean(flags.init) && !isInitialised(dataDir);
  if (creating) {
    if (!flags.jurisdiction)
      throw new CommandFailure('--init needs --jurisdiction for a new node', 2);
    await runInit(io, { data: dataDir, name: flags.name, jurisdiction: flags.jurisdiction });
    io.out('');
  }
  const opened = await openNode(dataDir, io.env);
  if (!opened.ok) throw new CommandFailure(`${opened.error.message} [${opened.error.code}]`);
  const ctx = opened.value;
  const webRoot = flags.web ? resolve(io.cwd, flags.web) : defaultWebRoot(io);
  if (webRoot === null)
    io.err('warning: the web UI is not built (npm run build:web); serving the API only');
  let running;
  try {
    running = await serveNode(ctx, {
      host: flags.host,
      port: flags.port,
      webRoot,
      trustProxy: Boolean(flags.trustProxy),
      logLevel: flags.logLevel,
    });
  } catch (error) {
    await ctx.storage.close();
    const code =
      typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
    if (code === 'EADDRINUSE')
      throw new CommandFailure(
        `port ${flags.port} on ${flags.host} is in use: stop the other program or pass --port`,
      );
    if (code === 'EACCES')
      throw new CommandFailure(
        `not allowed to listen on ${flags.host}:${flags.port}: choose a port above 1023`,
      );
    throw error;
  }
  io.out(`Concord node "${ctx.identity.name}" (${ctx.identity.jurisdiction}) is running.`);
  io.out(`  open:      ${running.url}/`);
  io.out(`  API docs:  ${running.url}/api/docs`);
  io.out(`  signing key fingerprint: ${fingerprint(ctx.identity.signingPublicKey)}`);
  io.out(`  data:      ${dataDir} (${ctx.storage.dialect})`);
  io.out(`  crypto:    ${cryptoBackend()}`);
  if (flags.init && !creating) {
    io.out(
      `  first sign-in: the admin's one-time password was printed when this node was created; lost it? npx concord user reset-password admin --data ${dataDir}`,
    );
  }
  io.out('Press Ctrl+C to stop.');
  await new Promise<void>((done) => stop.addEventListener('abort', () => done(), { once: true }));
  io.out('stopping...');
  await running.stop();
}

export function serveCommand(io: Io, stop: AbortSignal): Command {
  return new Command('serve')
    .description('run the node: HTTP API and web UI')
    .option('--data <dir>', 'data directory (default: $CONCORD_DATA or ./.concord)')
    .option('--port <n>', 'TCP port', parsePort, 4000)
    .option(
      '--host <address>',
      'address to listen on (127.0.0.1 keeps it on this machine)',
      '127.0.0.1',
    )
    .option('--web <dir>', 'serve the web UI from this directory (default: the repository build)')
    .option('--init', 'initialise the node first if the data directory holds none')
    .option('--name <name>', 'with --init: the node name', parseName, 'Concord node')
    .option('--jurisdiction <ISO2>', 'with --init: the jurisdiction', parseJurisdiction)
    .option('--trust-proxy', 'trust X-Forwarded-* headers from a reverse proxy that terminates TLS')
    .addOption(
      new Option('--log-level <level>', 'server log level')
        .choices(['silent', 'error', 'warn', 'info', 'debug'])
        .default('warn'),
    )
    .action(async (flags: ServeFlags) => {
      await runServe(io, flags, stop);
    });
}
