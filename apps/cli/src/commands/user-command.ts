import { Command } from 'commander';
import { systemClock } from '@concord/core';
import { resetPassword, unlockUser, type Storage } from '@concord/server';
import { CommandFailure, type Io } from '../io.ts';
import { cliActor, withNodeStorage } from '../node-storage.ts';

interface Flags {
  readonly data?: string;
  readonly json?: boolean;
}

async function withUser<T>(
  io: Io,
  flags: Flags,
  username: string,
  fn: (storage: Storage, userId: string) => Promise<T>,
): Promise<T> {
  return withNodeStorage(io, flags.data, async (storage) => {
    const user = await storage.users.findByUsername(username);
    if (!user) throw new CommandFailure(`no user named ${username}`);
    return fn(storage, user.id);
  });
}

export function userCommand(io: Io): Command {
  const user = new Command('user').description(
    'account maintenance from the command line (audited)',
  );
  user
    .command('reset-password')
    .argument('<username>')
    .description('give a user a new one-time password (for example a lost first admin password)')
    .option('--data <dir>', 'data directory (default: $CONCORD_DATA or ./.concord)')
    .option('--json', 'print {username, oneTimePassword} as JSON')
    .action(async (username: string, flags: Flags) => {
      const otp = await withUser(io, flags, username, async (storage, id) => {
        const r = await resetPassword({ storage, clock: systemClock }, cliActor(), id);
        if (!r.ok) throw new CommandFailure(r.error.message);
        return r.value.oneTimePassword;
      });
      if (flags.json) io.out(JSON.stringify({ username, oneTimePassword: otp }));
      else
        io.out(
          `New one-time password for ${username} (shown once, to be changed at sign-in): ${otp}`,
        );
    });
  user
    .command('unlock')
    .argument('<username>')
    .description('lift a sign-in lockout')
    .option('--data <dir>', 'data directory (default: $CONCORD_DATA or ./.concord)')
    .action(async (username: string, flags: Flags) => {
      await withUser(io, flags, username, async (storage, id) => {
        const r = await unlockUser({ storage, clock: systemClock }, cliActor(), id);
        if (!r.ok) throw new CommandFailure(r.error.message);
      });
      io.out(`${username} can sign in again`);
    });
  return user;
}
