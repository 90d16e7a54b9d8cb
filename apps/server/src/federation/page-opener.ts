import { Worker } from 'node:worker_threads';
import { ok, type Result } from '@concord/core';
import { acceptedSigningKeys, openEnvelope, type NodeCard } from '@concord/federation';
import { v1 } from '@concord/protocol';
import { fail, type ServiceError } from '../accounts/service-error.ts';
import { decryptionKeyAt, type DecryptionKey } from './own-card.ts';

/** A page to apply, with the peer's head when the page reports one (version 2). */
export interface ReceivedPage {
  readonly page: v1.SyncPageV1;
  readonly head: number | null;
}

/** What opening a pull's pages takes, read once when the pull begins. */
export interface PageKeys {
  readonly myNodeId: string;
  readonly peerNodeId: string;
  /** The peer's verified card: each signing key counts inside its own window. */
  readonly card: NodeCard;
  /** This node's decryption keys (ownDecryptionKeys). */
  readonly decryption: readonly DecryptionKey[];
}

/** The page a request asked for: of this bank, in this version. */
export interface PageRequest {
  readonly bankId: string;
  readonly version: number;
}

/**
 * Opens a sync page: it must come from the peer, signed with a key its card
 * accepts at `now`, sealed for this node, and be a valid page of the asked
 * bank in the asked version (an older version would hide the head). Pure: it
 * reads no database, so a worker thread can run it.
 */
export async function openSyncPage(
  envelope: string,
  keys: PageKeys,
  asked: PageRequest,
  now: Date,
): Promise<Result<ReceivedPage, ServiceError>> {
  const opened = await openEnvelope(envelope, {
    myNodeId: keys.myNodeId,
    now,
    resolveSender: async (nodeId, kid) => {
      if (nodeId !== keys.peerNodeId) return { refused: 'unknown_sender' };
      const key = acceptedSigningKeys(keys.card, now).find((k) => k.kid === kid);
      return key ? { publicKey: key.publicKey } : { refused: 'unknown_key' };
    },
    decryptionKey: (kid) => decryptionKeyAt(keys.decryption, kid, now),
    seen: async () => false,
    supportedVersions: (type) => (type === 'bank.sync_page' ? [asked.version] : []),
    compressed: asked.version >= 3,
  });
  if (!opened.ok) return fail('sync_failed', `the page was refused: ${opened.error.message}`);
  const page = (asked.version >= 2 ? v1.SyncPageV2 : v1.SyncPageV1).safeParse(opened.value.payload);
  if (!page.success || page.data.bankId !== asked.bankId)
    return fail('sync_failed', 'the page does not match the request');
  const head = 'head' in page.data && typeof page.data.head === 'number' ? page.data.head : null;
  return ok({ page: page.data, head });
}

/** What the worker answers for one page: the opened page as JSON text, or why not. */
type WorkerAnswer = { readonly id: number } & (
  { readonly text: string } | { readonly refused: string }
);

/**
 * Opens a pull's pages, on this thread or, once `inWorker` is called, in a
 * worker thread of its own. Checking a page (signature and decryption over
 * megabytes, then the schema of thousands of items) takes longer than
 * reading its checked text back, and SQLite writes on this thread: in a
 * worker the two overlap. The worker hands back the page it checked as JSON
 * text, which parses here faster than a structured clone of the same page.
 */
export class PageOpener {
  #worker: Worker | null = null;
  #failure: string | null = null;
  readonly #waiting = new Map<number, (answer: WorkerAnswer) => void>();
  #nextId = 0;

  constructor(readonly keys: PageKeys) {}

  /** The worker's thread id once `inWorker` started it; null while pages open on this thread. */
  get threadId(): number | null {
    return this.#worker?.threadId ?? null;
  }

  /** Opens the pages after this call in a worker thread (a pull with more than one page). */
  inWorker(): void {
    if (this.#worker || this.#failure) return;
    const worker = new Worker(new URL('./page-opener-worker.mjs', import.meta.url), {
      workerData: this.keys,
    });
    worker.on('message', (answer: WorkerAnswer) => {
      this.#waiting.get(answer.id)?.(answer);
      this.#waiting.delete(answer.id);
    });
    const fail = (message: string) => {
      this.#failure ??= message;
      for (const [id, answer] of this.#waiting) answer({ id, refused: this.#failure });
      this.#waiting.clear();
    };
    worker.on('error', (e) => fail(`the page opener stopped: ${e.message}`));
    worker.on('exit', (code) => fail(`the page opener stopped (exit code ${code})`));
    this.#worker = worker;
  }

  async open(
    envelope: string,
    asked: PageRequest,
    now: Date,
  ): Promise<Result<ReceivedPage, ServiceError>> {
    if (this.#failure) return fail('sync_failed', this.#failure);
    const worker = this.#worker;
    if (!worker) return openSyncPage(envelope, this.keys, asked, now);
    const id = this.#nextId++;
    const answer = await new Promise<WorkerAnswer>((resolve) => {
      this.#waiting.set(id, resolve);
      worker.postMessage({ id, envelope, asked, now: now.getTime() });
    });
    return 'text' in answer
      ? ok(JSON.parse(answer.text) as ReceivedPage)
      : fail('sync_failed', answer.refused);
  }

  async close(): Promise<void> {
    const worker = this.#worker;
    this.#failure ??= 'the page opener is closed';
    this.#worker = null;
    if (worker) await worker.terminate();
  }
}
