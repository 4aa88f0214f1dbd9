// Every `uplift` command, in the order `uplift help` lists them.
import type { Command } from '../command.ts';
import { serveCommand } from './serve.ts';
import { migrateCommand } from './migrate.ts';
import { usersCommand } from './users.ts';
import { demoCommand } from './demo.ts';
import { indicatorsCommand } from './indicators.ts';
import { importCommand } from './import.ts';
import { generateCommand } from './generate.ts';

export const commands: Command[] = [serveCommand, migrateCommand, usersCommand, demoCommand, importCommand, indicatorsCommand, generateCommand];
