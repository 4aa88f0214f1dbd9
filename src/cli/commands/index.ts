// Every `uplift` command, in the order `uplift help` lists them. A command's code is loaded only
// when it runs: `uplift import` need not load the web application (about 100 MB of memory).
import type { Command } from '../command.ts';

export interface CommandEntry {
  name: string;
  summary: string;
  load(): Promise<Command>;
}

export const commands: CommandEntry[] = [
  { name: 'serve', summary: 'Start the web application (migrates, and loads the demo on first start in demo mode)',
    load: async () => (await import('./serve.ts')).serveCommand },
  { name: 'migrate', summary: 'Apply database migrations (DATABASE_URL, or the embedded database in UPLIFT_DATA_DIR)',
    load: async () => (await import('./migrate.ts')).migrateCommand },
  { name: 'users', summary: 'Add, list or disable accounts',
    load: async () => (await import('./users.ts')).usersCommand },
  { name: 'demo', summary: 'Re-create the demo council (Tower Hamlets, 211), its accounts and data',
    load: async () => (await import('./demo.ts')).demoCommand },
  { name: 'import', summary: 'Import an Annex A extract (xlsx, or a folder or zip of CSVs) into a new snapshot',
    load: async () => (await import('./import.ts')).importCommand },
  { name: 'indicators', summary: 'Compute the performance indicators of an Annex A extract (prints JSON with --json)',
    load: async () => (await import('./indicators.ts')).indicatorsCommand },
  { name: 'generate', summary: 'Write synthetic Annex A CSV files for a simulated council (demo and benchmarks)',
    load: async () => (await import('./generate.ts')).generateCommand },
];
