import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { PERMISSIONS, can, systemClock, type Clock, type Tlp } from '@concord/core';
import type { NodeKind } from '@concord/federation';
import { issueApiToken } from '../accounts/api-tokens.ts';
import { generateOneTimePassword, hashPassword } from '../accounts/password.ts';
import { SYSTEM_ACTOR } from '../audit/audit-trail.ts';
import { createBank } from '../banks/bank-service.ts';
import { ownFingerprint, signedOwnCard } from '../federation/own-card.ts';
import { addPeer } from '../federation/peer-service.ts';
import { addSharingRule } from '../federation/sharing-service.ts';
import { subscribe } from '../federation/sync-client.ts';
import { initNode } from '../node/init-node.ts';
import { isInitialised } from '../node/node-config.ts';
import type { NodeContext } from '../node/node-context.ts';
import { openNode } from '../node/open-node.ts';
import { serveNode, type RunningNode } from '../node/serve-node.ts';
import { demoItems, demoSignals } from './demo-data.ts';

interface DemoNodeSpec {
  readonly dir: string;
  readonly name: string;
  readonly organisation: string;
  readonly kind: NodeKind;
  readonly jurisdiction: string;
  readonly localBank: string;
}

/** Three clearly fictional agencies in three jurisdictions. */
export const DEMO_NODES: readonly DemoNodeSpec[] = [
  {
    dir: 'node-1',
    name: 'Demo National Unit North (fictional)',
    organisation: 'Fictional Police Directorate, France',
    kind: 'police',
    jurisdiction: 'FR',
    localBank: 'demo-shared',
  },
  {
    dir: 'node-2',
    name: 'Demo Cyber Unit East (fictional)',
    organisation: 'Fictional Criminal Investigations, Kenya',
    kind: 'police',
    jurisdiction: 'KE',
    localBank: 'east-local',
  },
  {
    dir: 'node-3',
    name: 'Demo Hotline South (fictional)',
    organisation: 'Fictional Internet Hotline, Brazil',
    kind: 'hotline',
    jurisdiction: 'BR',
    localBank: 'south-local',
  },
];

/** What the demo writes to demo.json for scripts. */
export const DemoFile = z.object({
  nodes: z.array(
    z.object({
      name: z.string(),
      url: z.string(),
      jurisdiction: z.string(),
      username: z.string(),
      password: z.string(),
      apiToken: z.string(),
    }),
  ),
});
export type DemoFile = z.infer<typeof DemoFile>;

export interface DemoOptions {
  readonly dataDir: string;
  readonly host: string;
  readonly basePort: number;
  readonly webRoot: string | null;
  readonly env: NodeJS.ProcessEnv;
  readonly clock?: Clock;
  readonly log?: (line: string) => void;
  readonly logLevel?: 'silent' | 'error' | 'warn' | 'info' | 'debug';
}

export interface RunningDemo {
  readonly file: DemoFile;
  readonly nodes: readonly RunningNode[];
  stop(): Promise<void>;
}

async function openDemoNode(
  options: DemoOptions,
  spec: DemoSpecWithPort,
  clock: Clock,
): Promise<NodeContext> {
  const dataDir = join(options.dataDir, spec.dir);
  if (!isInitialised(dataDir)) {
    const made = await initNode({
      dataDir,
      name: spec.name,
      jurisdiction: spec.jurisdiction,
      env: {},
      clock,
      federation: {
        endpoint: `http://${options.host}:${spec.port}`,
        organisation: spec.organisation,
        kind: spec.kind,
        tlsCertificateSha256: null,
      },
    });
    if (!made.ok) throw new Error(`demo ${spec.dir}: ${made.error.message}`);
  }
  const opened = await openNode(dataDir, {}, clock);
  if (!opened.ok)
    throw new Error(
      `demo ${spec.dir}: ${opened.error.message}; remove ${options.dataDir} to start the demo afresh`,
    );
  return opened.value;
}

interface DemoSpecWithPort extends DemoNodeSpec {
  readonly port: number;
}

/** Demo sign-in: a password the admin keeps (no forced change) and an API token for scripts. */
async function demoCredentials(ctx: NodeContext): Promise<{ password: string; apiToken: string }> {
  const admin = await ctx.storage.users.findByUsername('admin');
  if (!admin) throw new Error('the demo node has no admin');
  const password = generateOneTimePassword();
  await ctx.storage.users.update(admin.id, {
    updatedAt: ctx.clock.now().toISOString(),
    passwordHash: await hashPassword(password),
    mustChangePassword: false,
  });
  const scopes = PERMISSIONS.filter((p) => can('admin', p, null));
  const token = await issueApiToken(ctx, admin, SYSTEM_ACTOR, {
    name: 'demo script token',
    scopes,
    expiresInDays: 365,
  });
  if (!token.ok) throw new Error(token.error.message);
  return { password, apiToken: token.value.token };
}

/** First run only: peer the nodes, fill their banks, share node 1's bank (all to node 2, GREEN to node 3), subscribe and sync. */
async function setUpFederation(
  contexts: readonly NodeContext[],
  running: readonly RunningNode[],
): Promise<void> {
  for (const [i, ctx] of contexts.entries()) {
    for (const [j, other] of contexts.entries()) {
      if (i === j) continue;
      const card = JSON.parse(JSON.stringify(await signedOwnCard(other)));
      const added = await addPeer(ctx, SYSTEM_ACTOR, card, {
        kind: 'fingerprint',
        fingerprint: ownFingerprint(other),
      });
      if (!added.ok) throw new Error(`demo peering: ${added.error.message}`);
    }
  }
  const counts = [12, 4, 3];
  for (const [i, ctx] of contexts.entries()) {
    const spec = DEMO_NODES[i];
    if (!spec) continue;
    const at = ctx.clock.now().toISOString();
    const bank = await createBank(ctx, SYSTEM_ACTOR, {
      name: spec.localBank,
      description: `benign demo hashes graded by ${spec.name}`,
      handling: {
        tlp: 'GREEN',
        pap: 'AMBER',
        restrictions: {
          noOnwardTransmission: false,
          intelligenceOnly: true,
          retainUntil: null,
          permittedPurposes: null,
        },
      },
    });
    if (!bank.ok) throw new Error(bank.error.message);
    const items = demoItems(counts[i] ?? 3, i * 100);
    await ctx.storage.signals.upsert(
      bank.value.id,
      items.flatMap((item) => demoSignals(item, ctx.identity.nodeId, spec.name, at)),
      at,
    );
  }
  const [first, second, third] = contexts;
  const [firstRunning] = running;
  if (!first || !second || !third || !firstRunning) throw new Error('the demo needs three nodes');
  const federation = firstRunning.app.concord.federation;
  for (const [target, maxTlp] of [
    [second, 'AMBER'],
    [third, 'GREEN'],
  ] as const satisfies readonly (readonly [NodeContext, Tlp])[]) {
    const rule = await addSharingRule(first, federation, SYSTEM_ACTOR, 'demo-shared', {
      target: { kind: 'peer', nodeId: target.identity.nodeId },
      signalTypes: null,
      grades: null,
      maxTlp,
      handling: null,
    });
    if (!rule.ok) throw new Error(rule.error.message);
  }
  await federation.deliver();
  for (const [index, ctx] of [
    [1, second],
    [2, third],
  ] as const) {
    const offer = (await ctx.storage.bankOffers.list())[0];
    if (!offer) throw new Error('the demo offer did not arrive');
    const sub = await subscribe(ctx, SYSTEM_ACTOR, offer.peerNodeId, offer.remoteBankId);
    if (!sub.ok) throw new Error(sub.error.message);
    const pulled = await running[index]?.app.concord.federation.pull(sub.value.id);
    if (pulled && !pulled.ok) throw new Error(pulled.error.message);
  }
}

/**
 * Starts the three-node demo on this machine: created, peered, filled and
 * synced on the first run, served as they are on later runs. Writes the
 * sign-in details to DATA/demo.json.
 */
export async function startDemo(options: DemoOptions): Promise<RunningDemo> {
  const clock = options.clock ?? systemClock;
  mkdirSync(options.dataDir, { recursive: true });
  const specs: DemoSpecWithPort[] = DEMO_NODES.map((s, i) => ({
    ...s,
    port: options.basePort + i,
  }));
  const fileStore = join(options.dataDir, 'demo.json');
  const fresh = !existsSync(fileStore);
  if (fresh && specs.some((spec) => isInitialised(join(options.dataDir, spec.dir)))) {
    throw new Error(
      `an earlier demo setup in ${options.dataDir} did not finish (there is no demo.json); remove that folder to start the demo afresh`,
    );
  }
  const contexts: NodeContext[] = [];
  for (const spec of specs) contexts.push(await openDemoNode(options, spec, clock));
  const running: RunningNode[] = [];
  try {
    for (const [i, ctx] of contexts.entries()) {
      running.push(
        await serveNode(ctx, {
          host: options.host,
          port: options.basePort + i,
          webRoot: options.webRoot,
          trustProxy: false,
          logLevel: options.logLevel ?? 'warn',
        }),
      );
    }
    let file: DemoFile;
    if (fresh) {
      options.log?.('setting up the demo federation (first run): peering, banks, sharing, sync...');
      await setUpFederation(contexts, running);
      const nodes = [];
      for (const [i, ctx] of contexts.entries()) {
        const credentials = await demoCredentials(ctx);
        nodes.push({
          name: ctx.identity.name,
          url: running[i]?.url ?? '',
          jurisdiction: ctx.identity.jurisdiction,
          username: 'admin',
          ...credentials,
        });
      }
      file = { nodes };
      writeFileSync(fileStore, `${JSON.stringify(file, null, 2)}\n`, { mode: 0o600 });
    } else {
      file = DemoFile.parse(JSON.parse(readFileSync(fileStore, 'utf8')));
    }
    return {
      file,
      nodes: running,
      async stop() {
        for (const node of running) await node.stop();
      },
    };
  } catch (error) {
    for (const node of running) await node.stop().catch(() => undefined);
    for (const ctx of contexts.slice(running.length))
      await ctx.storage.close().catch(() => undefined);
    throw error;
  }
}
