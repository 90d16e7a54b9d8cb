import { Command } from 'commander';
import { initNode, type InitReport } from '@concord/server';
import { CommandFailure, type Io } from '../io.ts';
import { dataDirOf, parseJurisdiction, parseName } from '../options.ts';

export interface InitFlags {
  readonly data?: string;
  readonly name: string;
  readonly jurisdiction: string;
  readonly json?: boolean;
}

/** Initialises a node and prints where it is and the first admin's one-time password. */
export async function runInit(io: Io, flags: InitFlags): Promise<InitReport> {
  const dataDir = dataDirOf(flags.data, io);
  const result = await initNode({
    dataDir,
    name: flags.name,
    jurisdiction: flags.jurisdiction,
    env: io.env,
  });
  if (!result.ok) throw new CommandFailure(`${result.error.message} [${result.error.code}]`);
  const report = result.value;
  for (const warning of report.warnings) io.err(`warning: ${warning}`);
  if (flags.json) {
    io.out(
      JSON.stringify({
        dataDir,
        nodeId: report.config.nodeId,
        name: report.config.name,
        jurisdiction: report.config.jurisdiction,
        database: report.config.database.kind,
        adminUsername: report.adminUsername,
        adminOneTimePassword: report.adminOneTimePassword,
      }),
    );
    return report;
  }
  io.out(
    `Created node "${report.config.name}" (${report.config.jurisdiction}), id ${report.config.nodeId}`,
  );
  io.out(
    `  data directory: ${dataDir} (${report.config.database.kind === 'sqlite' ? 'SQLite' : 'PostgreSQL from DATABASE_URL'})`,
  );
  io.out('');
  io.out('First administrator: this password is shown once and must be changed at first sign-in.');
  io.out(`  username: ${report.adminUsername}`);
  io.out(`  password: ${report.adminOneTimePassword}`);
  return report;
}

export function initCommand(io: Io): Command {
  return new Command('init')
    .description(
      'create a node: data directory, signing and encryption keys, database, first administrator',
    )
    .option('--data <dir>', 'data directory (default: $CONCORD_DATA or ./.concord)')
    .option('--name <name>', "the node's name, e.g. the agency", parseName, 'Concord node')
    .requiredOption(
      '--jurisdiction <ISO2>',
      'the jurisdiction the node belongs to (ISO 3166-1 alpha-2, e.g. FR)',
      parseJurisdiction,
    )
    .option('--json', 'print the result as one JSON object')
    .addHelpText(
      'after',
      '\nSet CONCORD_SECRET (16+ characters) to encrypt the private keys with a key derived from it;\nset DATABASE_URL=postgres://... to keep the data in PostgreSQL instead of SQLite.',
    )
    .action(async (flags: InitFlags) => {
      await runInit(io, flags);
    });
}
