import { Command } from 'commander';
import { addTrustAnchor, removeTrustAnchor } from '@concord/server';
import { CommandFailure, type Io } from '../io.ts';
import { cliActor, withBankDeps } from '../node-storage.ts';

/** Trust anchors: coordinating organisations whose endorsement of a card stands in for a fingerprint call. */
export function anchorCommand(io: Io): Command {
  const anchor = new Command('anchor').description(
    'trust anchors that may vouch for peers’ cards (audited)',
  );
  anchor
    .command('add')
    .argument('<id>', "the anchor's node id")
    .argument(
      '<public-key>',
      "its Ed25519 public key (base64url), as 'concord node endorse' prints it",
    )
    .requiredOption('--name <name>', 'who the anchor is')
    .option('--data <dir>', 'data directory (default: $CONCORD_DATA or ./.concord)')
    .action(async (id: string, publicKey: string, flags: { name: string; data?: string }) => {
      await withBankDeps(io, flags.data, async (deps) => {
        const r = await addTrustAnchor(deps, cliActor(), { id, name: flags.name, publicKey });
        if (!r.ok) throw new CommandFailure(r.error.message);
      });
      io.out(`cards endorsed by ${flags.name} can now be added with --trust-anchor`);
    });
  anchor
    .command('list')
    .option('--data <dir>', 'data directory (default: $CONCORD_DATA or ./.concord)')
    .action(async (flags: { data?: string }) => {
      const anchors = await withBankDeps(io, flags.data, (deps) =>
        deps.storage.trustAnchors.list(),
      );
      for (const a of anchors) io.out(`${a.id}  ${a.name}  added ${a.addedAt}`);
      if (anchors.length === 0) io.out('no trust anchors');
    });
  anchor
    .command('remove')
    .argument('<id>')
    .option('--data <dir>', 'data directory (default: $CONCORD_DATA or ./.concord)')
    .action(async (id: string, flags: { data?: string }) => {
      await withBankDeps(io, flags.data, async (deps) => {
        const r = await removeTrustAnchor(deps, cliActor(), id);
        if (!r.ok) throw new CommandFailure(r.error.message);
      });
      io.out(`removed trust anchor ${id}`);
    });
  return anchor;
}
