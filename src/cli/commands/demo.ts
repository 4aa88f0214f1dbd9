import type { Command } from '../command.ts';
import { parseFlags } from '../command.ts';
import { loadConfig } from '../../config/config.ts';
import { openDatabase } from '../../db/database.ts';
import { migrate } from '../../db/migrate.ts';
import { recreateDemo } from '../../demo/load-demo.ts';

export const demoCommand: Command = {
  name: 'demo',
  summary: 'Re-create the demo council (Tower Hamlets, 211), its accounts and data',
  usage: 'Usage: uplift demo\n\nRemoves every record of council 211 (accounts and the audit log are kept) and loads the demo again.',
  async run(args, io) {
    parseFlags(args, {});
    const db = await openDatabase(loadConfig());
    try {
      await migrate(db);
      await recreateDemo(db, io.out);
      io.out('Demo re-created.');
      return 0;
    } finally {
      await db.close();
    }
  },
};
