// The shape every `uplift` sub-command has. Commands print results on stdout and problems on
// stderr, and return the process exit code.
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
}

export interface Command {
  name: string;
  usage: string;
  run(args: string[], io: CliIO): Promise<number>;
}

export class UsageError extends Error {}

/** Minimal --flag value / --flag parsing, refusing flags the command does not know. */
export function parseFlags(args: string[], known: Record<string, 'value' | 'boolean'>) {
  const flags: Record<string, string | boolean> = {};
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (!a.startsWith('--')) {
      positional.push(a);
      continue;
    }
    const [name, inline] = a.slice(2).split(/=(.*)/s, 2);
    const kind = known[name];
    if (!kind) throw new UsageError(`Unknown option --${name}`);
    if (kind === 'boolean') flags[name] = true;
    else {
      const value = inline ?? args[++i];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`--${name} needs a value`);
      flags[name] = value;
    }
  }
  return { flags, positional };
}
