import type { Command } from '../command.ts';
import { parseFlags } from '../command.ts';
import { loadConfig } from '../../config/config.ts';
import { openDatabase } from '../../db/database.ts';
import { migrate } from '../../db/migrate.ts';

export const migrateCommand: Command = {
  name: 'migrate',
  usage: 'Usage: uplift migrate',
  async run(args, io) {
    parseFlags(args, {});
    const db = await openDatabase(loadConfig());
    try {
      const applied = await migrate(db);
      io.out(applied.length ? `Applied ${applied.join(', ')}` : 'Database is up to date.');
      return 0;
    } finally {
      await db.close();
    }
  },
};
