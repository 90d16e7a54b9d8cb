// A bench node in a process of its own, as a real peer is: the parent forks
// this file, and it answers requests over the IPC channel (its card, adding
// a peer, counting what its inbox accepted, closing). Used so that two nodes
// on one machine run on two cores, as two deployed nodes would.
// BENCH_CHILD_PROF=DIR writes the child's CPU profile there (node --cpu-prof).
import { fork, type ChildProcess } from 'node:child_process';
import assert from 'node:assert/strict';
import type { BenchDatabase } from './federation-nodes.ts';

type Request =
  | { readonly op: 'card' }
  | { readonly op: 'peer'; readonly card: unknown; readonly fingerprint: string }
  | { readonly op: 'inbox'; readonly ids: readonly string[] }
  /** Subscribes to the bank the peer offered (the only offer), as an administrator does. */
  | { readonly op: 'subscribe-offered' }
  /** Pulls a subscription to its end; answers the pull report. */
  | { readonly op: 'pull'; readonly subscriptionId: string }
  /** Count and checksum of a local bank's live signals (bankDigest). */
  | { readonly op: 'digest'; readonly bankId: string }
  | { readonly op: 'close' };

interface Envelope {
  readonly id: number;
  readonly request: Request;
}

/** The parent's handle on a node running in a child process. */
export class RemoteBenchNode {
  readonly #child: ChildProcess;
  #next = 0;
  readonly #waiting = new Map<number, (answer: unknown) => void>();

  private constructor(child: ChildProcess) {
    this.#child = child;
    child.on('message', (m: { id: number; answer?: unknown; error?: string }) => {
      const resolve = this.#waiting.get(m.id);
      this.#waiting.delete(m.id);
      resolve?.(m.error === undefined ? m.answer : new Error(m.error));
    });
  }

  static async start(name: string, database: BenchDatabase): Promise<RemoteBenchNode> {
    const child = fork(new URL(import.meta.url).pathname, ['--child', name, database], {
      execArgv: [
        '--import',
        'tsx',
        ...(process.env.BENCH_CHILD_PROF
          ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CHILD_PROF}`]
          : []),
      ],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    await new Promise<void>((resolve, reject) => {
      child.once('message', () => resolve());
      child.once('exit', (code) => reject(new Error(`bench node exited with ${code}`)));
    });
    return new RemoteBenchNode(child);
  }

  async ask<T>(request: Request): Promise<T> {
    const id = this.#next++;
    const answer = await new Promise<unknown>((resolve) => {
      this.#waiting.set(id, resolve);
      this.#child.send({ id, request } satisfies Envelope);
    });
    if (answer instanceof Error) throw answer;
    return answer as T;
  }

  async close(): Promise<void> {
    await this.ask({ op: 'close' });
    await new Promise((resolve) => this.#child.once('exit', resolve));
  }
}

async function child(name: string, database: BenchDatabase): Promise<void> {
  const { startBenchNode, bankDigest } = await import('./federation-nodes.ts');
  const node = await startBenchNode(name, database);
  process.on('message', (m: Envelope) => {
    const answer = async (): Promise<unknown> => {
      switch (m.request.op) {
        case 'card': {
          const card = (await node.admin.request('GET', '/api/v1/node/card')).json();
          return { card: card.card, fingerprint: card.fingerprint, nodeId: node.nodeId };
        }
        case 'peer': {
          const r = await node.admin.request('POST', '/api/v1/peers', {
            card: m.request.card,
            fingerprint: m.request.fingerprint,
          });
          assert.equal(r.statusCode, 201, r.body);
          return null;
        }
        case 'inbox':
          return (await node.node.ctx.storage.inbox.findMany(m.request.ids)).size;
        case 'subscribe-offered': {
          const offers = (await node.admin.request('GET', '/api/v1/offers')).json();
          assert.equal(offers.length, 1, 'one bank offered');
          const sub = await node.admin.request('POST', '/api/v1/subscriptions', {
            peerNodeId: offers[0].peerNodeId,
            remoteBankId: offers[0].remoteBankId,
          });
          assert.equal(sub.statusCode, 201, sub.body);
          return { id: sub.json().id, localBankId: sub.json().localBankId };
        }
        case 'pull': {
          const pulled = await node.node.app.concord.federation.pull(m.request.subscriptionId);
          if (!pulled.ok) throw new Error(pulled.error.message);
          return pulled.value;
        }
        case 'digest':
          return bankDigest(node.node.ctx.storage, m.request.bankId);
        case 'close':
          await node.node.close();
          setImmediate(() => process.disconnect());
          return null;
      }
    };
    answer().then(
      (a) => process.send?.({ id: m.id, answer: a }),
      (e: unknown) =>
        process.send?.({ id: m.id, error: e instanceof Error ? e.message : String(e) }),
    );
  });
  process.send?.({ ready: true });
}

const at = process.argv.indexOf('--child');
if (at >= 0)
  await child(
    process.argv[at + 1] ?? 'Bench Unit',
    (process.argv[at + 2] ?? 'sqlite') as BenchDatabase,
  );
