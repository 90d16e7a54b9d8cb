import { writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import { PDQ_MATCH_THRESHOLD, PURPOSES } from '@concord/core';
import { FORMATS, isFormatId } from '@concord/formats';
import { PRE_RESIZE_POLICIES, defaultWorkerCount, type PreResizePolicy } from '@concord/media';
import { CommandFailure, EXIT, type Io } from '../io.ts';
import { dataDirOf } from '../options.ts';
import { loadBanks } from '../scan/load-banks.ts';
import { scanFolder } from '../scan/scan-folder.ts';
import { renderReport, reportFormatOf } from '../scan/scan-report.ts';

interface ScanFlags {
  readonly bank: string[];
  readonly bankFormat?: string;
  readonly threshold: number;
  readonly report?: string;
  readonly workers: number;
  readonly dihedral: boolean;
  readonly policy: PreResizePolicy;
  readonly data?: string;
  readonly purpose: string;
  readonly state?: string;
  readonly fresh?: boolean;
  readonly quiet?: boolean;
  readonly json?: boolean;
}

function wholeNumber(min: number, max: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!/^\d+$/.test(value) || n < min || n > max)
      throw new InvalidArgumentError(`must be a whole number from ${min} to ${max}`);
    return n;
  };
}

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

async function runScanCommand(
  io: Io,
  root: string,
  flags: ScanFlags,
  stop: AbortSignal,
): Promise<number> {
  const format = flags.report ? reportFormatOf(flags.report) : null;
  if (flags.report && !format)
    throw new CommandFailure('--report must end in .html, .json or .csv', 2);
  if (flags.bankFormat && !isFormatId(flags.bankFormat))
    throw new CommandFailure(`--bank-format must be one of ${Object.keys(FORMATS).join(', ')}`, 2);
  const dataDir = dataDirOf(flags.data, io);
  const actor = { id: null, name: `cli:${userInfo().username}`, role: null, clientAddress: null };
  const banks = await loadBanks(
    io,
    flags.bank.map((bank) => ({
      bank,
      format: flags.bankFormat && isFormatId(flags.bankFormat) ? flags.bankFormat : undefined,
    })),
    dataDir,
    flags.purpose,
    actor,
  );
  if (!flags.quiet)
    io.err(
      `scan: matching against ${banks.size} signals from ${banks.sources.map((s) => s.bank).join(', ')}`,
    );

  const report = await scanFolder(io, {
    root,
    banks,
    threshold: flags.threshold,
    dihedral: flags.dihedral,
    policy: flags.policy,
    workers: flags.workers,
    stateDir: flags.state ?? join(dataDir, 'scans'),
    fresh: Boolean(flags.fresh),
    quiet: Boolean(flags.quiet),
    signal: stop,
  });
  if (flags.report && format)
    writeFileSync(flags.report, renderReport(report, format), { mode: 0o600 });

  const { totals } = report;
  if (flags.json)
    io.out(
      JSON.stringify({ totals, report: flags.report ?? null, interrupted: report.interrupted }),
    );
  else {
    io.out(
      `${totals.files} files: ${totals.matchedFiles} matched, ${totals.problems} problems (${totals.resumed} remembered from an earlier run)`,
    );
    for (const [grade, files] of Object.entries(totals.byGrade))
      io.out(`  ${grade}: ${files} files`);
    if (flags.report) io.out(`report: ${flags.report}`);
  }
  if (report.interrupted) {
    io.err('scan interrupted: run the same command again to continue where it stopped');
    return EXIT.failure;
  }
  return EXIT.ok;
}

export function scanCommand(io: Io, stop: AbortSignal, setExit: (code: number) => void): Command {
  return new Command('scan')
    .description(
      'hash every file under a folder and match it against hash banks; resumes after an interruption',
    )
    .argument('<dir>', 'the folder to scan (seized media stays where it is; only hashes are read)')
    .requiredOption(
      '--bank <file|name>',
      'a hash-set file (VICS, ICSE, CSV, hash list, signal list) or a bank on this node; repeatable',
      collect,
    )
    .option(
      '--bank-format <format>',
      `format of the bank files when it cannot be detected (${Object.keys(FORMATS).join(', ')})`,
    )
    .option(
      '--threshold <bits>',
      'largest PDQ distance that counts as a match',
      wholeNumber(0, 64),
      PDQ_MATCH_THRESHOLD,
    )
    .option(
      '--report <file>',
      'write the report: .html, .json or .csv (matches and totals; never images)',
    )
    .option('--workers <n>', 'hashing threads', wholeNumber(1, 256), defaultWorkerCount())
    .option('--no-dihedral', 'do not also match rotated and mirrored copies of images')
    .addOption(
      new Option('--policy <policy>', 'PDQ pre-resize policy')
        .choices([...PRE_RESIZE_POLICIES])
        .default('reference_512'),
    )
    .addOption(
      new Option(
        '--purpose <purpose>',
        'why the scan is run (handling codes may limit banks to some purposes)',
      )
        .choices([...PURPOSES])
        .default('investigation'),
    )
    .option(
      '--data <dir>',
      'node data directory, for banks named by name (default: $CONCORD_DATA or ./.concord)',
    )
    .option('--state <dir>', 'where progress is remembered between runs (default: DATA/scans)')
    .option('--fresh', 'forget earlier progress and hash everything again')
    .option('--quiet', 'no progress output')
    .option('--json', 'print the totals as JSON')
    .action(async (dir: string, flags: ScanFlags) => {
      setExit(await runScanCommand(io, dir, flags, stop));
    });
}
