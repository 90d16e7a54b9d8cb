import { readFileSync, writeFileSync } from 'node:fs';
import { Command } from 'commander';
import {
  countries,
  harmonisationReport,
  instrument,
  partyStatus,
  plan,
  toCsv,
  toJson,
  INSTRUMENT_IDS,
} from '@concord/law';
import { exportOwnProfile, importProfileFile } from '@concord/server';
import { CommandFailure, type Io } from '../io.ts';
import { cliActor, withNode } from '../node-storage.ts';
import { printInstrument, printPlan } from './law-output.ts';

/** Repeatable options: each use adds one value. */
const collect = (value: string, previous: readonly string[] | undefined): string[] => [
  ...(previous ?? []),
  value,
];

interface PlanFlags {
  readonly from: string;
  readonly to: string;
  readonly conduct: readonly string[];
  readonly measure: readonly string[];
  readonly urgent?: boolean;
  readonly json?: boolean;
}

/**
 * `concord law`: the legal knowledge base on this machine (the bundled research, no node
 * needed), and the signed national profile files a node exchanges with its peers.
 */
export function lawCommand(io: Io): Command {
  const law = new Command('law').description(
    'the legal knowledge base: cooperation plans, countries, instruments, harmonisation gaps, national profiles',
  );
  law
    .command('plan')
    .description(
      'plan a request between two jurisdictions: legal bases, steps with deadlines, dual criminality, warnings, sources',
    )
    .requiredOption('--from <ISO2>', 'the requesting State (ISO 3166-1 alpha-2, e.g. DE)')
    .requiredOption('--to <ISO2>', 'the requested State')
    .requiredOption('--conduct <id>', 'a conduct id, e.g. csam.possession (repeatable)', collect)
    .requiredOption('--measure <id>', 'a measure, e.g. preservation (repeatable)', collect)
    .option('--urgent', 'the request is urgent')
    .option('--json', 'print the plan as JSON')
    .action((flags: PlanFlags) => {
      const result = plan({
        requesting: flags.from,
        requested: flags.to,
        conducts: flags.conduct,
        measures: flags.measure,
        urgency: flags.urgent ? 'urgent' : 'routine',
      });
      if (!result.ok) throw new CommandFailure(`${result.error.message} [${result.error.code}]`);
      if (flags.json) io.out(JSON.stringify(result.value, null, 2));
      else printPlan(io, flags.from, flags.to, result.value);
    });
  law
    .command('countries')
    .description('the jurisdictions of the bundled dataset and their standing under each treaty')
    .option('--json', 'print them as JSON')
    .action((flags: { json?: boolean }) => {
      const rows = countries().map((c) => ({
        ...c,
        parties: Object.fromEntries(
          INSTRUMENT_IDS.map((id) => {
            const cell = partyStatus(c.iso2, id);
            return [id, cell.ok ? cell.value.status : 'unknown'];
          }),
        ),
      }));
      if (flags.json) return io.out(JSON.stringify(rows, null, 2));
      for (const r of rows) {
        const party = Object.entries(r.parties)
          .filter(([, status]) => status === 'party')
          .map(([id]) => id);
        io.out(`${r.iso2}  ${r.name.padEnd(24)} party to: ${party.join(', ') || 'none recorded'}`);
      }
    });
  law
    .command('instrument')
    .argument('<id>', `an instrument id (${INSTRUMENT_IDS.join(', ')})`)
    .description('an instrument: application, provisions, deadlines, sources')
    .option('--json', 'print it as JSON')
    .action((id: string, flags: { json?: boolean }) => {
      const found = instrument(id);
      if (!found.ok) throw new CommandFailure(`${found.error.message} [${found.error.code}]`);
      if (flags.json) io.out(JSON.stringify(found.value, null, 2));
      else printInstrument(io, found.value);
    });
  law
    .command('gaps')
    .argument('<ISO2>', 'the jurisdiction (ISO 3166-1 alpha-2)')
    .description(
      'harmonisation report: each criterion (ICMEC 1-5, OPSC 3, Budapest 9, Lanzarote 18-24) met, not met or unknown',
    )
    .option('--json', 'print the report as JSON')
    .option('--csv', 'print the report as CSV')
    .action((iso2: string, flags: { json?: boolean; csv?: boolean }) => {
      const report = harmonisationReport(iso2);
      if (!report.ok) throw new CommandFailure(`${report.error.message} [${report.error.code}]`);
      if (flags.json) return io.out(toJson(report.value).trimEnd());
      if (flags.csv) return io.out(toCsv(report.value).trimEnd());
      const { totals } = report.value;
      io.out(
        `${report.value.name ?? iso2}: ${totals.met} met, ${totals.not_met} not met, ${totals.unknown} unknown`,
      );
      for (const r of report.value.rows)
        io.out(
          `  ${r.result.padEnd(8)} ${r.criterion.padEnd(22)} ${r.label} [${r.sources.join(', ')}]`,
        );
    });
  law.addCommand(profileCommand(io));
  return law;
}

function profileCommand(io: Io): Command {
  const profile = new Command('profile').description(
    "this node's jurisdiction profile as a signed file, and peers' signed files",
  );
  profile
    .command('export')
    .argument('<file>', 'where to write the signed profile file')
    .description('write the newest profile this node published, signed, to give to a peer')
    .option('--data <dir>', 'data directory (default: $CONCORD_DATA or ./.concord)')
    .action(async (file: string, flags: { data?: string }) => {
      await withNode(io, flags.data, async (ctx) => {
        const exported = await exportOwnProfile(ctx, cliActor());
        if (!exported.ok)
          throw new CommandFailure(`${exported.error.message} [${exported.error.code}]`);
        writeFileSync(file, `${JSON.stringify(exported.value, null, 2)}\n`);
        io.out(`profile of ${exported.value.profile.jurisdiction} written to ${file}`);
      });
    });
  profile
    .command('import')
    .argument('<file>', "a peer's signed profile file")
    .description(
      "import a peer's signed profile: verified with the peer's card, kept beside the others",
    )
    .option('--data <dir>', 'data directory (default: $CONCORD_DATA or ./.concord)')
    .action(async (file: string, flags: { data?: string }) => {
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch (error) {
        throw new CommandFailure(
          `cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
      await withNode(io, flags.data, async (ctx) => {
        const imported = await importProfileFile(ctx, cliActor(), text);
        if (!imported.ok)
          throw new CommandFailure(
            `${imported.error.message}; nothing changed [${imported.error.code}]`,
          );
        const v = imported.value.version;
        io.out(
          imported.value.created
            ? `imported the profile of ${v.jurisdiction} published by ${v.publisherName ?? v.publisherNodeId} on ${v.publishedAt}${v.authoritative ? ' (now authoritative)' : ' (a newer one is in force)'}`
            : `this node already holds that version of ${v.jurisdiction}'s profile; nothing changed`,
        );
      });
    });
  return profile;
}
