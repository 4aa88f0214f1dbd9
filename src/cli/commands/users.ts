import type { Command } from '../command.ts';
import { parseFlags, UsageError } from '../command.ts';
import { loadConfig } from '../../config/config.ts';
import { openDatabase } from '../../db/database.ts';
import { migrate } from '../../db/migrate.ts';
import { createUser, findUserByEmail, listUsers, setUserDisabled, ValidationError } from '../../users/users-repository.ts';
import { CLI } from '../../audit/audit.ts';
import { ROLES } from '../../domain/roles/roles.ts';

const USAGE = `Usage:
  uplift users add --email E --name "N" --role R --council 211[,212...] [--expires YYYY-MM-DD]
      The password is read from UPLIFT_NEW_PASSWORD (never a command-line argument, which other users can see).
  uplift users list [--council 211]
  uplift users disable --email E

Roles: ${ROLES.join(', ')}`;

export const usersCommand: Command = {
  name: 'users',
  usage: USAGE,
  async run(args, io) {
    const [action, ...rest] = args;
    if (!['add', 'list', 'disable'].includes(action ?? '')) throw new UsageError('Say what to do: add, list or disable');
    const { flags } = parseFlags(rest, { email: 'value', name: 'value', role: 'value', council: 'value', expires: 'value' });
    const db = await openDatabase(loadConfig());
    try {
      await migrate(db);
      if (action === 'list') {
        const users = await listUsers(db, flags.council as string | undefined);
        for (const u of users) io.out([u.email, u.name, u.role, u.councils.join(','), u.disabled ? 'disabled' : 'active'].join('\t'));
        if (!users.length) io.out('No accounts.');
        return 0;
      }
      if (!flags.email) throw new UsageError('--email is required');
      if (action === 'disable') {
        const user = await findUserByEmail(db, String(flags.email));
        if (!user) { io.err(`No account has the email address ${flags.email}`); return 1; }
        await db.transaction((tx) => setUserDisabled(tx, CLI, user.id, true));
        io.out(`Disabled ${user.email}`);
        return 0;
      }
      const password = process.env.UPLIFT_NEW_PASSWORD ?? '';
      if (!password) throw new UsageError('Set UPLIFT_NEW_PASSWORD to the new account\'s password');
      try {
        const user = await db.transaction((tx) => createUser(tx, CLI, {
          email: String(flags.email), name: String(flags.name ?? ''), role: String(flags.role ?? ''), password,
          councils: String(flags.council ?? '').split(',').map((c) => c.trim()).filter(Boolean),
          accessExpires: (flags.expires as string | undefined) ?? null }));
        io.out(`Added ${user.email} (${user.role}, ${user.councils.join(', ')})`);
        return 0;
      } catch (e) {
        if (!(e instanceof ValidationError)) throw e;
        for (const err of e.errors) io.err(`${err.field}: ${err.message}`);
        return 1;
      }
    } finally {
      await db.close();
    }
  },
};
