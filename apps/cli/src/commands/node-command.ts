import { readFileSync, writeFileSync } from 'node:fs';
import { Command, Option } from 'commander';
import {
  DEFAULT_OVERLAP_DAYS,
  MAX_OVERLAP_DAYS,
  MIN_OVERLAP_DAYS,
  NODE_KINDS,
  PeerDirectory,
  endorseCard,
  rotateNodeKeys,
  ownFingerprint,
  readCard,
  readNodeConfig,
  signedOwnCard,
  writeNodeConfig,
  type NodeKind,
} from '@concord/server';
import { CommandFailure, EXIT, type Io } from '../io.ts';
import { cliActor, withNode } from '../node-storage.ts';
import { dataDirOf } from '../options.ts';

interface ConfigureFlags {
  readonly data?: string;
  readonly endpoint?: string;
  readonly organisation?: string;
  readonly kind?: NodeKind;
  readonly tlsCertSha256?: string;
}

export function nodeCommand(io: Io): Command {
  const node = new Command('node').description(
    "this node's identity: its signed card, how peers reach it",
  );
  node
    .command('card')
    .description(
      "print this node's signed card (give it to peers) and its fingerprint (read it to them by phone)",
    )
    .option('--data <dir>', 'data directory (default: $CONCORD_DATA or ./.concord)')
    .option('--out <file>', 'write the card to a file instead of printing it')
    .option('--json', 'print {card, fingerprint} as one JSON object')
    .action(async (flags: { data?: string; out?: string; json?: boolean }) => {
      await withNode(io, flags.data, async (ctx) => {
        const card = await signedOwnCard(ctx);
        const fingerprint = ownFingerprint(ctx);
        if (flags.json) io.out(JSON.stringify({ card, fingerprint }));
        else if (flags.out) {
          writeFileSync(flags.out, `${JSON.stringify(card, null, 2)}\n`);
          io.out(`card of "${ctx.identity.name}" written to ${flags.out}`);
        } else io.out(JSON.stringify(card, null, 2));
        if (!flags.json)
          io.err(`fingerprint (read it aloud to the other administrator): ${fingerprint}`);
      });
    });
  node
    .command('rotate-keys')
    .description(
      "replace this node's signing and encryption keys; peers accept the old ones until the overlap ends (a running node takes the new keys up within ten minutes; its web UI or POST /api/v1/node/keys/rotate switches at once)",
    )
    .option('--data <dir>', 'data directory (default: $CONCORD_DATA or ./.concord)')
    .option(
      '--overlap-days <n>',
      `days peers keep accepting the old keys (${MIN_OVERLAP_DAYS}-${MAX_OVERLAP_DAYS})`,
      String(DEFAULT_OVERLAP_DAYS),
    )
    .option('--json', 'print the rotation report as one JSON object')
    .action(async (flags: { data?: string; overlapDays: string; json?: boolean }) => {
      const overlapDays = Number(flags.overlapDays);
      if (
        !Number.isInteger(overlapDays) ||
        overlapDays < MIN_OVERLAP_DAYS ||
        overlapDays > MAX_OVERLAP_DAYS
      )
        throw new CommandFailure(
          `--overlap-days must be a whole number from ${MIN_OVERLAP_DAYS} to ${MAX_OVERLAP_DAYS}`,
          EXIT.usage,
        );
      await withNode(io, flags.data, async (ctx) => {
        const rotated = await rotateNodeKeys(ctx, new PeerDirectory(ctx.storage), cliActor(), {
          overlapDays,
        });
        if (!rotated.ok)
          throw new CommandFailure(`${rotated.error.message} [${rotated.error.code}]`);
        const report = { ...rotated.value, fingerprint: ownFingerprint(ctx) };
        if (flags.json) {
          io.out(JSON.stringify(report));
          return;
        }
        io.out(`signing key ${report.oldSigningKid} → ${report.newSigningKid}`);
        io.out(`encryption key ${report.oldEncryptionKid} → ${report.newEncryptionKid}`);
        io.out(`peers accept the old keys until ${report.overlapUntil}`);
        io.out(
          `the new card is queued for ${report.peersNotified} peer(s); it goes out when the node runs`,
        );
        if (report.peersMissed.length > 0)
          io.err(
            `not sent to ${report.peersMissed.join(', ')} (their card no longer verifies): give them the new card with \`concord node card\``,
          );
        io.out(`new fingerprint: ${report.fingerprint}`);
      });
    });
  node
    .command('configure')
    .description('set how peers reach this node and how it presents itself (its card changes)')
    .option('--data <dir>', 'data directory (default: $CONCORD_DATA or ./.concord)')
    .option(
      '--endpoint <url>',
      'https://… (with --tls-cert-sha256) or http://127.0.0.1:… for a node on this machine',
    )
    .option('--organisation <name>', 'the agency behind the node')
    .addOption(new Option('--kind <kind>', 'the kind of agency').choices([...NODE_KINDS]))
    .option('--tls-cert-sha256 <hex>', "SHA-256 of this node's TLS certificate, which peers pin")
    .action(async (flags: ConfigureFlags) => {
      const dataDir = dataDirOf(flags.data, io);
      const config = readNodeConfig(dataDir);
      if (!config.ok) throw new CommandFailure(`${config.error.message} [${config.error.code}]`);
      if (flags.tlsCertSha256 && !/^[0-9a-f]{64}$/.test(flags.tlsCertSha256))
        throw new CommandFailure(
          '--tls-cert-sha256 must be 64 lower-case hexadecimal characters',
          EXIT.usage,
        );
      const federation = {
        ...config.value.federation,
        ...(flags.endpoint ? { endpoint: flags.endpoint } : {}),
        ...(flags.organisation ? { organisation: flags.organisation } : {}),
        ...(flags.kind ? { kind: flags.kind } : {}),
        ...(flags.tlsCertSha256 ? { tlsCertificateSha256: flags.tlsCertSha256 } : {}),
      };
      writeNodeConfig(dataDir, { ...config.value, federation });
      // Prove the new settings make a card peers will accept.
      await withNode(io, flags.data, async (ctx) => {
        const checked = await readCard(
          JSON.parse(JSON.stringify(await signedOwnCard(ctx))),
          ctx.clock.now(),
        );
        if (!checked.ok) {
          writeNodeConfig(dataDir, config.value);
          throw new CommandFailure(
            `these settings would make a card peers refuse (${checked.error.message}); nothing changed`,
          );
        }
      });
      io.out(
        `this node now presents itself as ${federation.organisation} (${federation.kind}) at ${federation.endpoint}`,
      );
    });
  node
    .command('endorse')
    .argument('<card-file>', "another node's signed card")
    .description(
      "as a trust anchor (e.g. a coordinating organisation), endorse another node's card with this node's key",
    )
    .option('--data <dir>', 'data directory (default: $CONCORD_DATA or ./.concord)')
    .requiredOption('--out <file>', 'where to write the endorsed card')
    .action(async (cardFile: string, flags: { data?: string; out: string }) => {
      await withNode(io, flags.data, async (ctx) => {
        const read = await readCard(JSON.parse(readFileSync(cardFile, 'utf8')), ctx.clock.now());
        if (!read.ok) throw new CommandFailure(read.error.message);
        const endorsed = await endorseCard(read.value.signed, ctx.signingKey, ctx.identity.nodeId);
        writeFileSync(flags.out, `${JSON.stringify(endorsed, null, 2)}\n`);
        io.out(
          `endorsed ${read.value.card.name} (${read.value.card.jurisdiction}) as trust anchor ${ctx.identity.nodeId}; peers that trust this anchor can add it without a phone call`,
        );
        io.out(
          `trust anchor public key (for their "concord anchor add"): ${ctx.identity.signingPublicKey}`,
        );
      });
    });
  return node;
}
