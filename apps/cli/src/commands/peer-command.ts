import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import {
  addPeer,
  fingerprintOf,
  readCard,
  removePeer,
  setPeerStatus,
  type TrustBy,
} from '@concord/server';
import { CommandFailure, EXIT, type Io } from '../io.ts';
import { cliActor, withBankDeps } from '../node-storage.ts';

/** A card from a file, or from a node's address (GET /federation/v1/card). */
async function loadCard(source: string): Promise<unknown> {
  if (/^https?:\/\//.test(source)) {
    const url = source.includes('/federation/v1/card')
      ? source
      : `${source.replace(/\/$/, '')}/federation/v1/card`;
    const response = await fetch(url, { signal: AbortSignal.timeout(15_000) }).catch(
      (error: unknown) => {
        throw new CommandFailure(
          `cannot fetch the card from ${url}: ${error instanceof Error ? error.message : String(error)}`,
        );
      },
    );
    if (!response.ok) throw new CommandFailure(`${url} answered HTTP ${response.status}`);
    return response.json();
  }
  try {
    return JSON.parse(readFileSync(source, 'utf8'));
  } catch (error) {
    throw new CommandFailure(
      `cannot read a card from ${source}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

interface AddFlags {
  readonly data?: string;
  readonly fingerprint?: string;
  readonly trustAnchor?: boolean;
}

/**
 * Adds a peer. Its fingerprint must be confirmed: given with --fingerprint,
 * typed back at the prompt, or vouched for by a configured trust anchor.
 */
async function runAdd(io: Io, source: string, flags: AddFlags): Promise<void> {
  const json = await loadCard(source);
  await withBankDeps(io, flags.data, async (deps) => {
    const read = await readCard(json, deps.clock.now());
    if (!read.ok) throw new CommandFailure(read.error.message);
    const { card } = read.value;
    const fingerprint = fingerprintOf(card, deps.clock.now()) ?? 'none';
    io.out(
      `${card.name}, ${card.organisation} (${card.kind}, ${card.jurisdiction}) at ${card.endpoint}`,
    );
    io.out(`fingerprint: ${fingerprint}`);
    let trust: TrustBy;
    if (flags.trustAnchor) trust = { kind: 'anchor' };
    else if (flags.fingerprint) trust = { kind: 'fingerprint', fingerprint: flags.fingerprint };
    else {
      const typed = await io.ask(
        'Type the fingerprint their administrator reads to you (by phone or in person): ',
      );
      if (typed === null)
        throw new CommandFailure(
          'not at a terminal: confirm the fingerprint with --fingerprint "…" (or --trust-anchor)',
          EXIT.usage,
        );
      trust = { kind: 'fingerprint', fingerprint: typed };
    }
    const added = await addPeer(deps, cliActor(), json, trust);
    if (!added.ok) throw new CommandFailure(`${added.error.message} [${added.error.code}]`);
    io.out(
      `added peer ${added.value.name} (${added.value.nodeId}), trusted by ${added.value.trustedVia}`,
    );
  });
}

export function peerCommand(io: Io): Command {
  const peer = new Command('peer').description(
    'the nodes this node federates with (every change is audited)',
  );
  peer
    .command('add')
    .argument(
      '<card>',
      "a peer's signed card: a file, or its address (https://… or http://127.0.0.1:…)",
    )
    .description('add a peer after confirming its fingerprint')
    .option('--data <dir>', 'data directory (default: $CONCORD_DATA or ./.concord)')
    .option(
      '--fingerprint <digits>',
      'the fingerprint their administrator read to you (skips the prompt)',
    )
    .option('--trust-anchor', 'accept the card because a configured trust anchor endorsed it')
    .action(async (source: string, flags: AddFlags) => runAdd(io, source, flags));
  peer
    .command('list')
    .description('peers with status, last contact, queued messages and the last error')
    .option('--data <dir>', 'data directory (default: $CONCORD_DATA or ./.concord)')
    .option('--json', 'one JSON object per peer')
    .action(async (flags: { data?: string; json?: boolean }) => {
      await withBankDeps(io, flags.data, async ({ storage }) => {
        const peers = await storage.peers.list();
        if (peers.length === 0 && !flags.json) io.out('no peers yet: concord peer add CARD');
        for (const p of peers) {
          const queue = await storage.outbox.queue(p.nodeId);
          const view = {
            nodeId: p.nodeId,
            name: p.name,
            jurisdiction: p.jurisdiction,
            status: p.status,
            endpoint: p.endpoint,
            fingerprint: p.fingerprint,
            lastContactAt: p.lastContactAt,
            queued: queue.pending,
            lastError: p.lastError,
            lastErrorMessageId: p.lastErrorMessageId,
          };
          if (flags.json) io.out(JSON.stringify(view));
          else {
            io.out(
              `${p.name} (${p.jurisdiction}) ${p.status}  ${p.endpoint}  last contact ${p.lastContactAt ?? 'never'}  ${queue.pending} queued`,
            );
            io.out(`  fingerprint ${p.fingerprint}`);
            if (p.lastError)
              io.out(`  last error (message ${p.lastErrorMessageId}): ${p.lastError}`);
          }
        }
      });
    });
  for (const [name, status, text] of [
    ['suspend', 'suspended', 'stop sending to and hearing from a peer'],
    ['resume', 'active', 'resume a suspended peer'],
  ] as const) {
    peer
      .command(name)
      .argument('<node-id>')
      .description(text)
      .option('--data <dir>', 'data directory (default: $CONCORD_DATA or ./.concord)')
      .action(async (nodeId: string, flags: { data?: string }) => {
        await withBankDeps(io, flags.data, async (deps) => {
          const r = await setPeerStatus(deps, cliActor(), nodeId, status);
          if (!r.ok) throw new CommandFailure(r.error.message);
        });
        io.out(`${nodeId} is ${status}`);
      });
  }
  peer
    .command('remove')
    .argument('<node-id>')
    .description('remove a peer (its cards and queued messages go with it)')
    .option('--data <dir>', 'data directory (default: $CONCORD_DATA or ./.concord)')
    .action(async (nodeId: string, flags: { data?: string }) => {
      await withBankDeps(io, flags.data, async (deps) => {
        const r = await removePeer(deps, cliActor(), nodeId);
        if (!r.ok) throw new CommandFailure(r.error.message);
      });
      io.out(`removed ${nodeId}`);
    });
  return peer;
}
