import type { Command } from '../command.ts';
import { parseFlags } from '../command.ts';
import { loadConfig } from '../../config/config.ts';
import { openDatabase } from '../../db/database.ts';
import { migrate } from '../../db/migrate.ts';
import { recreateDemo } from '../../demo/load-demo.ts';
import { DEMO_COUNCIL } from '../../demo/demo-accounts.ts';
import { seedSyntheticSnapshots } from '../../demo/performance-seed.ts';

export const demoCommand: Command = {
  name: 'demo',
  usage: 'Usage: uplift demo [--no-child-data]\n\nRemoves every record of council 211 (accounts and the audit log are kept) and loads the demo again,\nwith two years of synthetic monthly Annex A extracts unless --no-child-data is given.',
  async run(args, io) {
    const { flags } = parseFlags(args, { 'no-child-data': 'boolean' });
    const db = await openDatabase(loadConfig());
    try {
      await migrate(db);
      await recreateDemo(db, io.out);
      if (!flags['no-child-data']) await seedSyntheticSnapshots(db, DEMO_COUNCIL.laCode, { log: io.out });
      io.out('Demo re-created.');
      return 0;
    } finally {
      await db.close();
    }
  },
};
