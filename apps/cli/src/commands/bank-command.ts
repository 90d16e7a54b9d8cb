import { createReadStream, createWriteStream, existsSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { Command, Option } from 'commander';
import {
  DEFAULT_HANDLING,
  GRADE_SCHEMES,
  PAP_LEVELS,
  PURPOSES,
  SIGNAL_TYPES,
  TLP_LEVELS,
  type GradeScheme,
  type Pap,
  type Purpose,
  type SignalType,
  type Tlp,
} from '@concord/core';
import { FORMATS, FORMAT_IDS, detectFormat, type FormatId } from '@concord/formats';
import {
  Federation,
  addSharingRule,
  createBank,
  exportableItems,
  findBank,
  importHashSet,
} from '@concord/server';
import { CommandFailure, EXIT, type Io } from '../io.ts';
import { cliActor, withBankDeps, withNode } from '../node-storage.ts';

const DATA_OPTION = [
  '--data <dir>',
  'node data directory (default: $CONCORD_DATA or ./.concord)',
] as const;

async function formatOfFile(path: string, given: FormatId | undefined): Promise<FormatId> {
  if (given) return given;
  const head = await new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    createReadStream(path, { start: 0, end: 64 * 1024 - 1 })
      .on('data', (c) => chunks.push(Buffer.isBuffer(c) ? c : Buffer.from(c)))
      .on('end', () => resolve(Buffer.concat(chunks)))
      .on('error', reject);
  });
  const found = detectFormat(basename(path), head);
  if (!found)
    throw new CommandFailure(
      `cannot tell the format of ${path}: give --format (${FORMAT_IDS.join(', ')})`,
      EXIT.usage,
    );
  return found;
}

interface ImportFlags {
  readonly data?: string;
  readonly format?: FormatId;
  readonly strict?: boolean;
  readonly signalType?: SignalType;
  readonly vicsScheme?: GradeScheme;
  readonly gradedBy?: string;
  readonly lawfulBasis?: string;
  readonly json?: boolean;
}

/** Imports a file and prints its report; every refused row with its line and reason. */
async function runImport(
  io: Io,
  bankName: string,
  path: string,
  flags: ImportFlags,
): Promise<number> {
  if (!existsSync(path) || !statSync(path).isFile())
    throw new CommandFailure(`${path} is not a file`);
  const format = await formatOfFile(path, flags.format);
  const report = await withBankDeps(io, flags.data, async (deps) => {
    const bank = await findBank(deps, bankName);
    if (!bank.ok) throw new CommandFailure(bank.error.message);
    const result = await importHashSet(deps, cliActor(), bank.value, createReadStream(path), {
      format,
      strict: Boolean(flags.strict),
      gradedBy: flags.gradedBy ?? null,
      lawfulBasis: flags.lawfulBasis ?? null,
      ...(flags.signalType ? { signalType: flags.signalType } : {}),
      ...(flags.vicsScheme ? { vicsCategoryScheme: flags.vicsScheme } : {}),
    });
    if (!result.ok) throw new CommandFailure(result.error.message);
    return result.value;
  });
  if (flags.json) io.out(JSON.stringify(report));
  else {
    for (const p of report.problems)
      io.err(
        `${path}${p.line === null ? '' : `:${p.line}`}${p.path ? ` (${p.path})` : ''}: ${p.message} [${p.code}]`,
      );
    io.out(
      report.applied
        ? `${FORMATS[format].label}: ${report.items} items read; ${report.inserted} signals added, ${report.updated} updated, ${report.unchanged} unchanged; ${report.problems.length} rows refused`
        : `nothing imported: --strict and ${report.problems.length} rows have problems`,
    );
  }
  return report.applied ? EXIT.ok : EXIT.failure;
}

interface ExportFlags {
  readonly data?: string;
  readonly format: FormatId;
  readonly purpose: Purpose;
}

async function runExport(
  io: Io,
  bankName: string,
  path: string,
  flags: ExportFlags,
): Promise<void> {
  await withBankDeps(io, flags.data, async (deps) => {
    const bank = await findBank(deps, bankName);
    if (!bank.ok) throw new CommandFailure(bank.error.message);
    const subject = { kind: 'node', nodeId: deps.identity.nodeId, purpose: flags.purpose } as const;
    const { items, withheld } = await exportableItems(
      deps,
      cliActor(),
      subject,
      bank.value,
      flags.format,
      flags.purpose,
    );
    let lost = 0;
    const text = (async function* () {
      for await (const event of FORMATS[flags.format].serialise(items)) {
        if (event.kind === 'text') yield event.text;
        else lost += 1;
      }
    })();
    await pipeline(Readable.from(text), createWriteStream(path, { mode: 0o600 }));
    io.out(`${items.length} items written to ${path}`);
    if (withheld.count > 0)
      io.err(
        `warning: ${withheld.count} signals left out: their handling codes do not allow export for ${flags.purpose}`,
      );
    if (lost > 0)
      io.err(
        `warning: ${lost} hashes or fields have no place in ${FORMATS[flags.format].label} and were left out`,
      );
  });
}

export function bankCommand(io: Io, setExit: (code: number) => void): Command {
  const bank = new Command('bank').description(
    "the node's hash banks (changes are audited as the command-line user)",
  );
  bank
    .command('list')
    .description('banks on this node with their signal counts')
    .option(...DATA_OPTION)
    .option('--json', 'one JSON object per bank')
    .action(async (flags: { data?: string; json?: boolean }) => {
      const banks = await withBankDeps(io, flags.data, (deps) => deps.storage.banks.list());
      for (const b of banks) {
        if (flags.json)
          io.out(
            JSON.stringify({
              name: b.name,
              signalCount: b.signalCount,
              origin: b.originNodeId,
              tlp: b.handling.tlp,
              description: b.description,
            }),
          );
        else io.out(`${b.name}  ${b.signalCount} signals  TLP:${b.handling.tlp}  ${b.description}`);
      }
      if (!flags.json && banks.length === 0)
        io.out('no banks yet: create one with concord bank create NAME');
    });
  bank
    .command('create')
    .argument('<name>', 'lower-case letters, digits, dot, dash, underscore')
    .description('create a local bank')
    .option(...DATA_OPTION)
    .option('--description <text>', 'what the bank holds', '')
    .addOption(
      new Option('--tlp <label>', 'TLP 2.0 label of its signals')
        .choices([...TLP_LEVELS])
        .default(DEFAULT_HANDLING.tlp),
    )
    .addOption(
      new Option('--pap <label>', 'PAP label of its signals')
        .choices([...PAP_LEVELS])
        .default(DEFAULT_HANDLING.pap),
    )
    .action(
      async (name: string, flags: { data?: string; description: string; tlp: Tlp; pap: Pap }) => {
        if (!/^[a-z0-9][a-z0-9._-]{1,63}$/.test(name))
          throw new CommandFailure(
            'a bank name is 2 to 64 lower-case letters, digits, dots, dashes or underscores',
            EXIT.usage,
          );
        const created = await withBankDeps(io, flags.data, (deps) =>
          createBank(deps, cliActor(), {
            name,
            description: flags.description,
            handling: { ...DEFAULT_HANDLING, tlp: flags.tlp, pap: flags.pap },
          }),
        );
        if (!created.ok) throw new CommandFailure(created.error.message);
        io.out(
          `created bank ${created.value.name} (TLP:${created.value.handling.tlp}, PAP:${created.value.handling.pap})`,
        );
      },
    );
  bank
    .command('import')
    .argument('<bank>', 'bank name or id')
    .argument('<file>', 'VICS JSON, ICSE CSV, CSV, hash list or ThreatExchange signal list')
    .description('import a hash-set file; every refused row is listed with its line and reason')
    .option(...DATA_OPTION)
    .addOption(
      new Option('--format <format>', 'the file format (detected when not given)').choices([
        ...FORMAT_IDS,
      ]),
    )
    .option('--strict', 'all or nothing: import nothing if any row has a problem')
    .addOption(
      new Option(
        '--signal-type <type>',
        'hash lists: the type of every line (64-hex lists need it)',
      ).choices([...SIGNAL_TYPES]),
    )
    .addOption(
      new Option(
        '--vics-scheme <scheme>',
        'VICS Default profile and 1.x: the scheme of Category',
      ).choices([...GRADE_SCHEMES]),
    )
    .option('--graded-by <who>', 'who graded the file (default: this node)')
    .option('--lawful-basis <text>', 'the legal basis for holding these hashes')
    .option('--json', 'print the import report as JSON')
    .action(async (bankName: string, file: string, flags: ImportFlags) => {
      setExit(await runImport(io, bankName, file, flags));
    });
  bank
    .command('export')
    .argument('<bank>', 'bank name or id')
    .argument('<file>', 'where to write')
    .description('export a bank; the purpose is recorded and handling codes may leave signals out')
    .option(...DATA_OPTION)
    .addOption(
      new Option('--format <format>', 'the file format')
        .choices([...FORMAT_IDS])
        .makeOptionMandatory(),
    )
    .addOption(
      new Option('--purpose <purpose>', 'why the bank leaves the node')
        .choices([...PURPOSES])
        .makeOptionMandatory(),
    )
    .action(async (bankName: string, file: string, flags: ExportFlags) => {
      await runExport(io, bankName, file, flags);
    });
  bank
    .command('share')
    .argument('<bank>', 'bank name or id')
    .description(
      'share a bank with a peer under a rule and offer it to them (the offer leaves with the next delivery)',
    )
    .requiredOption('--peer <node-id>', 'the peer')
    .addOption(
      new Option('--max-tlp <label>', 'the most restrictive TLP label that may go')
        .choices([...TLP_LEVELS])
        .makeOptionMandatory(),
    )
    .addOption(new Option('--type <type...>', 'only these signal types').choices([...SIGNAL_TYPES]))
    .option('--grade <scheme:value...>', "only these grades ('ungraded' for none)")
    .option(...DATA_OPTION)
    .action(
      async (
        bankName: string,
        flags: { peer: string; maxTlp: Tlp; type?: SignalType[]; grade?: string[]; data?: string },
      ) => {
        await withNode(io, flags.data, async (ctx) => {
          const rule = await addSharingRule(ctx, new Federation(ctx), cliActor(), bankName, {
            target: { kind: 'peer', nodeId: flags.peer },
            signalTypes: flags.type ?? null,
            grades: flags.grade ?? null,
            maxTlp: flags.maxTlp,
            handling: null,
          });
          if (!rule.ok) throw new CommandFailure(rule.error.message);
          io.out(
            `${bankName} is shared with ${flags.peer} up to TLP:${flags.maxTlp} (rule ${rule.value.id})`,
          );
        });
      },
    );
  return bank;
}
