import type { Command } from '../command.ts';
import { parseFlags } from '../command.ts';
import { loadConfig } from '../../config/config.ts';
import { openDatabase } from '../../db/database.ts';
import { migrate } from '../../db/migrate.ts';
import { buildApp } from '../../web/app.ts';
import { demoLoaded, loadDemo } from '../../demo/load-demo.ts';
import { DEMO_COUNCIL } from '../../demo/demo-accounts.ts';
import { seedSyntheticSnapshots } from '../../demo/performance-seed.ts';

export const serveCommand: Command = {
  name: 'serve',
  usage: 'Usage: uplift serve\n\nConfigured by environment variables: PORT, UPLIFT_DATA_DIR, DATABASE_URL, UPLIFT_DEMO, ... (docs/configuration.md)',
  async run(args, io) {
    parseFlags(args, {});
    const config = loadConfig();
    const db = await openDatabase(config);
    await migrate(db);
    const app = await buildApp({ db, config, logger: true });
    if (config.demo && !(await demoLoaded(db))) {
      app.log.info('loading the demo (first start)');
      await loadDemo(db, (line) => app.log.info(line));
    }
    const stop = async () => {
      await app.close();
      await db.close();
      process.exit(0);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    await app.listen({ port: config.port, host: config.host });
    io.out(`Uplift is running on http://localhost:${config.port} (${db.engine}${config.demo ? ', demo mode' : ''})`);
    if (config.demo) {
      // The synthetic monthly extracts load in the background (a few minutes on first start); the
      // service is usable meanwhile and the performance pages say how far loading has got.
      seedSyntheticSnapshots(db, DEMO_COUNCIL.laCode, { log: (line) => app.log.info(line) })
        .then((n) => n && app.log.info(`demo: ${n} synthetic extracts loaded`))
        .catch((err) => app.log.error({ err: { message: err.message } }, 'demo: synthetic extracts failed to load'));
    }
    return 0;
  },
};
