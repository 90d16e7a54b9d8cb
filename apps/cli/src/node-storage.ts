import { userInfo } from 'node:os';
import { systemClock } from '@concord/core';
import {
  openNode,
  openNodeStorage,
  type Actor,
  type BankDeps,
  type NodeContext,
  type Storage,
} from '@concord/server';
import { CommandFailure, type Io } from './io.ts';
import { dataDirOf } from './options.ts';

/** Changes made from the command line are audited as the operating-system user who ran it. */
export function cliActor(): Actor {
  return { id: null, name: `cli:${userInfo().username}`, role: null, clientAddress: null };
}

/**
 * Runs `fn` with the node's database (no private keys needed), closing it
 * afterwards whatever happens.
 */
export async function withNodeStorage<T>(
  io: Io,
  data: string | undefined,
  fn: (storage: Storage) => Promise<T>,
): Promise<T> {
  const opened = await openNodeStorage(dataDirOf(data, io), io.env);
  if (!opened.ok) throw new CommandFailure(`${opened.error.message} [${opened.error.code}]`);
  try {
    return await fn(opened.value);
  } finally {
    await opened.value.close();
  }
}

/** Bank work on this machine's node, as the command-line user. */
export async function withBankDeps<T>(
  io: Io,
  data: string | undefined,
  fn: (deps: BankDeps) => Promise<T>,
): Promise<T> {
  return withNodeStorage(io, data, async (storage) => {
    const identity = await storage.identity.get();
    if (!identity) throw new CommandFailure('the database holds no node identity');
    return fn({ storage, clock: systemClock, identity });
  });
}

/** Runs `fn` with the whole node (keys included: signing and sealing need them), closing it afterwards. */
export async function withNode<T>(
  io: Io,
  data: string | undefined,
  fn: (ctx: NodeContext) => Promise<T>,
): Promise<T> {
  const opened = await openNode(dataDirOf(data, io), io.env);
  if (!opened.ok) throw new CommandFailure(`${opened.error.message} [${opened.error.code}]`);
  try {
    return await fn(opened.value);
  } finally {
    await opened.value.storage.close();
  }
}
