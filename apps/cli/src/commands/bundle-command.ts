import { createReadStream, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { Command, InvalidArgumentError } from 'commander';
import { PeerDirectory, exportBundle, importBundle } from '@concord/server';
import { CommandFailure, type Io } from '../io.ts';
import { cliActor, withNode } from '../node-storage.ts';

function cursor(value: string): number {
  if (!/^\d+$/.test(value))
    throw new InvalidArgumentError('must be a change number (0 for everything)');
  return Number(value);
}

/** Offline bundles: the same pages as online sync, in a file, for air-gapped or slow links. */
export function bundleCommand(io: Io): Command {
  const bundle = new Command('bundle').description(
    'signed, encrypted delta bundles of a shared bank, for links without a network',
  );
  bundle
    .command('export')
    .argument('<file>', 'where to write the bundle')
    .description('write the changes of a bank a peer may receive, sealed for that peer')
    .requiredOption('--peer <node-id>', 'the peer the bundle is for')
    .requiredOption('--bank <name>', 'the bank')
    .option(
      '--since <cursor>',
      'the change number the peer already holds (its subscription cursor)',
      cursor,
      0,
    )
    .option('--data <dir>', 'data directory (default: $CONCORD_DATA or ./.concord)')
    .action(
      async (file: string, flags: { peer: string; bank: string; since: number; data?: string }) => {
        await withNode(io, flags.data, async (ctx) => {
          const made = await exportBundle(
            ctx,
            new PeerDirectory(ctx.storage),
            cliActor(),
            flags.peer,
            flags.bank,
            flags.since,
          );
          if (!made.ok) throw new CommandFailure(`${made.error.message} [${made.error.code}]`);
          writeFileSync(file, `${made.value.lines.join('\n')}\n`, { mode: 0o600 });
          const r = made.value.report;
          io.out(
            `wrote ${file}: changes ${r.from + 1} to ${r.to} in ${r.pages} pages (${r.signals} signals, ${r.tombstones} tombstones)`,
          );
        });
      },
    );
  bundle
    .command('import')
    .argument('<file>', 'a bundle made for this node')
    .description('verify a bundle and apply it exactly as online sync would')
    .option('--data <dir>', 'data directory (default: $CONCORD_DATA or ./.concord)')
    .action(async (file: string, flags: { data?: string }) => {
      await withNode(io, flags.data, async (ctx) => {
        const lines = createInterface({
          input: createReadStream(file, 'utf8'),
          crlfDelay: Infinity,
        });
        const applied = await importBundle(ctx, new PeerDirectory(ctx.storage), cliActor(), lines);
        if (!applied.ok)
          throw new CommandFailure(`${applied.error.message} [${applied.error.code}]`);
        const r = applied.value;
        io.out(
          `applied ${r.pages} pages up to change ${r.to}: ${r.signals} signals, ${r.tombstones} tombstones`,
        );
      });
    });
  return bundle;
}
