import { createReadStream, existsSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { isPurpose, systemClock, type Purpose } from '@concord/core';
import { FORMATS, detectFormat, isFormatId, parseHashSet, type FormatId } from '@concord/formats';
import { openNodeStorage, readBankForLocalUse, type Actor } from '@concord/server';
import { CommandFailure, type Io } from '../io.ts';
import { ScanBanks } from './scan-banks.ts';

export interface BankSource {
  /** A hash-set file, or the name of a bank on the local node. */
  readonly bank: string;
  readonly format?: FormatId | undefined;
}

/** The first bytes of a file, for format detection. */
async function head(path: string): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buffer = new Uint8Array(64 * 1024);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

async function loadFile(
  io: Io,
  banks: ScanBanks,
  path: string,
  format: FormatId | undefined,
): Promise<void> {
  const id = format ?? detectFormat(basename(path), await head(path));
  if (!id || !isFormatId(id)) {
    throw new CommandFailure(
      `cannot tell the format of ${path}: name it with --bank-format (${Object.keys(FORMATS).join(', ')})`,
      2,
    );
  }
  const parsed = await parseHashSet(FORMATS[id], createReadStream(path));
  for (const p of parsed.problems.slice(0, 5))
    io.err(`warning: ${path}${p.line === null ? '' : `:${p.line}`}: ${p.message} [${p.code}]`);
  if (parsed.problems.length > 5)
    io.err(`warning: ${path}: ${parsed.problems.length - 5} more problems not shown`);
  const label = basename(path);
  const signals = parsed.items.flatMap((item, i) =>
    item.signals.map((s) => ({
      key: `${label}#${i}:${s.type}`,
      bank: label,
      type: s.type,
      value: s.value,
      grade: item.grade,
      series: item.series,
    })),
  );
  banks.addBank(label, signals, parsed.problems.length);
}

async function loadNodeBank(
  io: Io,
  banks: ScanBanks,
  name: string,
  dataDir: string,
  purpose: Purpose,
  actor: Actor,
): Promise<void> {
  const opened = await openNodeStorage(dataDir, io.env);
  if (!opened.ok)
    throw new CommandFailure(
      `${name} is not a file, and the node's banks cannot be read: ${opened.error.message} [${opened.error.code}]`,
    );
  try {
    const read = await readBankForLocalUse(opened.value, systemClock, actor, name, purpose);
    if (!read.ok)
      throw new CommandFailure(`${name} is neither a file nor a bank on the node in ${dataDir}`);
    const { bank, signals, withheld } = read.value;
    if (withheld.count > 0)
      io.err(
        `warning: ${withheld.count} signals of ${bank.name} are not for ${purpose} use under their handling codes and were left out`,
      );
    banks.addBank(
      bank.name,
      signals.map((s) => ({
        key: s.id,
        bank: bank.name,
        type: s.type,
        value: s.value,
        grade: s.grade,
        series: s.series,
      })),
      0,
    );
  } finally {
    await opened.value.close();
  }
}

/** Loads every --bank: files by their format, other names from the local node. */
export async function loadBanks(
  io: Io,
  sources: readonly BankSource[],
  dataDir: string,
  purpose: string,
  actor: Actor,
): Promise<ScanBanks> {
  if (!isPurpose(purpose)) throw new CommandFailure(`unknown purpose ${purpose}`, 2);
  const banks = new ScanBanks();
  for (const source of sources) {
    if (existsSync(source.bank) && statSync(source.bank).isFile())
      await loadFile(io, banks, source.bank, source.format);
    else await loadNodeBank(io, banks, source.bank, dataDir, purpose, actor);
  }
  if (banks.size === 0)
    throw new CommandFailure('the banks hold no usable signals: nothing to match against');
  return banks;
}
