// `uplift <command> ...`: the command-line entry point. Each command lives in commands/<name>.ts.
import type { Command, CliIO } from './command.ts';
import { UsageError } from './command.ts';
import { commands } from './commands/index.ts';

const io: CliIO = {
  out: (t) => process.stdout.write(t.endsWith('\n') ? t : t + '\n'),
  err: (t) => process.stderr.write(t.endsWith('\n') ? t : t + '\n'),
};

function help(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return ['Usage: uplift <command> [options]', '', 'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '', 'Run `uplift <command> --help` for a command\'s options.'].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === 'help') {
    io.out(help());
    return name ? 0 : 1;
  }
  const entry = commands.find((c) => c.name === name);
  if (!entry) {
    io.err(`Unknown command "${name}".\n\n${help()}`);
    return 2;
  }
  const command: Command = await entry.load();
  if (rest.includes('--help')) {
    io.out(command.usage);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`${err.message}\n\n${command.usage}`);
      return 2;
    }
    io.err(`uplift ${name}: ${(err as Error).message}`);
    return 1;
  }
}
