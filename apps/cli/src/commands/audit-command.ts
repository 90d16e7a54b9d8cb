import { Command } from 'commander';
import {
  isInitialised,
  openNodeStorage,
  openStorage,
  redact,
  verifyAuditTrail,
  type Storage,
} from '@concord/server';
import { CommandFailure, EXIT, type Io } from '../io.ts';
import { dataDirOf } from '../options.ts';

const REASONS = {
  sequence_gap: 'an event is missing (deleted)',
  hash_mismatch: "the event's content no longer matches its hash (edited, or moved)",
  link_mismatch: 'the event does not follow the one before it (reordered, or rewritten)',
  truncated: 'the trail ends before, or runs past, the last event the log recorded',
} as const;

interface VerifyFlags {
  readonly data?: string;
  readonly json?: boolean;
}

/** The node's database, or a PostgreSQL database named by DATABASE_URL alone. */
async function openForVerify(io: Io, flags: VerifyFlags): Promise<Storage> {
  const dataDir = dataDirOf(flags.data, io);
  if (flags.data === undefined && !isInitialised(dataDir) && io.env.DATABASE_URL) {
    const opened = await openStorage({ kind: 'postgres', url: io.env.DATABASE_URL });
    if (!opened.ok) throw new CommandFailure(`${opened.error.message} [${opened.error.code}]`);
    io.err(`verifying the audit trail in ${redact(io.env.DATABASE_URL)}`);
    return opened.value.storage;
  }
  const opened = await openNodeStorage(dataDir, io.env);
  if (!opened.ok) throw new CommandFailure(`${opened.error.message} [${opened.error.code}]`);
  return opened.value;
}

async function runVerify(io: Io, flags: VerifyFlags): Promise<number> {
  const storage = await openForVerify(io, flags);
  try {
    const verdict = await verifyAuditTrail(storage.audit, (n) => {
      if (!flags.json) io.err(`checked ${n} events...`);
    });
    if (flags.json) {
      io.out(
        JSON.stringify(
          verdict.intact
            ? { intact: true, count: verdict.count }
            : {
                intact: false,
                count: verdict.count,
                firstBrokenSeq: verdict.firstBrokenSeq,
                reason: verdict.reason,
              },
        ),
      );
    } else if (verdict.intact) {
      io.out(`audit trail intact: ${verdict.count} events, every hash and link checks out`);
    } else {
      io.out(
        `audit trail BROKEN at event ${verdict.firstBrokenSeq}: ${REASONS[verdict.reason]} (${verdict.count} events before it check out)`,
      );
    }
    return verdict.intact ? EXIT.ok : EXIT.failure;
  } finally {
    await storage.close();
  }
}

export function auditCommand(io: Io, setExit: (code: number) => void): Command {
  const audit = new Command('audit').description('the tamper-evident audit trail');
  audit
    .command('verify')
    .description(
      're-hash every audit event in order; exit 0 when intact, 1 naming the first broken event',
    )
    .option(
      '--data <dir>',
      'data directory (default: $CONCORD_DATA or ./.concord); without one, DATABASE_URL alone is used',
    )
    .option('--json', 'print {intact, count, firstBrokenSeq, reason} as JSON')
    .action(async (flags: VerifyFlags) => {
      setExit(await runVerify(io, flags));
    });
  return audit;
}
