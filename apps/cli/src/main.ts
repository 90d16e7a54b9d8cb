import { Command, CommanderError } from 'commander';
import { CONCORD_VERSION } from '@concord/server';
import { anchorCommand } from './commands/anchor-command.ts';
import { auditCommand } from './commands/audit-command.ts';
import { bankCommand } from './commands/bank-command.ts';
import { bundleCommand } from './commands/bundle-command.ts';
import { demoCommand } from './commands/demo-command.ts';
import { nodeCommand } from './commands/node-command.ts';
import { peerCommand } from './commands/peer-command.ts';
import { hashCommand } from './commands/hash-command.ts';
import { lawCommand } from './commands/law-command.ts';
import { scanCommand } from './commands/scan-command.ts';
import { initCommand } from './commands/init-command.ts';
import { serveCommand } from './commands/serve-command.ts';
import { userCommand } from './commands/user-command.ts';
import { CommandFailure, EXIT, processIo, type Io } from './io.ts';

/**
 * Runs `concord` with these arguments and returns the exit code: 0 done,
 * 1 failed, 2 usage error. Expected failures print one line, never a stack.
 */
export async function main(
  argv: readonly string[],
  io: Io = processIo,
  stop: AbortSignal = stopSignal(),
): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = new Command('concord')
    .description(
      'Concord: federated cooperation against child sexual exploitation; each agency keeps its own data.',
    )
    .version(CONCORD_VERSION, '-V, --version')
    .showSuggestionAfterError(true)
    .configureOutput({
      writeOut: (text) => io.out(text.trimEnd()),
      writeErr: (text) => io.err(text.trimEnd()),
    });
  const setExit = (code: number) => {
    exitCode = code;
  };
  const commands = [
    initCommand(io),
    serveCommand(io, stop),
    demoCommand(io, stop),
    hashCommand(io, setExit),
    scanCommand(io, stop, setExit),
    bankCommand(io, setExit),
    nodeCommand(io),
    peerCommand(io),
    anchorCommand(io),
    bundleCommand(io),
    lawCommand(io),
    auditCommand(io, setExit),
    userCommand(io),
  ];
  for (const command of commands) program.addCommand(command);
  for (const command of [program, ...allSubcommands(program)]) command.exitOverride();

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      const informational = [
        'commander.helpDisplayed',
        'commander.version',
        'commander.help',
      ].includes(error.code);
      // commander has already printed its one-line message
      return informational ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof CommandFailure) {
      io.err(`concord: ${error.message}`);
      return error.exitCode;
    }
    io.err(`concord: unexpected error: ${error instanceof Error ? error.message : String(error)}`);
    if (io.env.CONCORD_DEBUG) io.err(error instanceof Error ? (error.stack ?? '') : '');
    return EXIT.failure;
  }
}

function allSubcommands(command: Command): Command[] {
  return command.commands.flatMap((c) => [c, ...allSubcommands(c)]);
}

/** Aborts on Ctrl+C or SIGTERM, so `serve` can close the database cleanly. */
function stopSignal(): AbortSignal {
  const controller = new AbortController();
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => controller.abort());
  return controller.signal;
}
