// `uplift generate`: writes synthetic Ofsted Annex A CSV files (one per list) for a council at an
// as-at date, or one folder per month end with --through. Everything written is invented data for
// demos and benchmarks: pseudonymous ids, numbered fake workers, illustrative volumes.
import { join } from 'node:path';
import type { Command } from '../command.ts';
import { UsageError, parseFlags } from '../command.ts';
import {
  DEFAULT_HISTORY_START, DEFAULT_SEED, type Generated, type SeriesOptions, csvFileName, generateSeries, monthEnds,
  problemWith, rowCount, writeAnnexACsv,
} from '../../demo/generator/index.ts';

const USAGE = `Usage: uplift generate --council CODE --as-at YYYY-MM-DD --scale X --out DIR [options]

Writes synthetic Ofsted Annex A CSV files ("List 1 - Contacts.csv" ... "List 11 - Adopters.csv")
for a simulated council. All children, workers and events are invented.

  --council CODE          three-digit DfE council code (Tower Hamlets = 211)
  --as-at YYYY-MM-DD      the extract's as-at date
  --scale X               1 = a council the size of Tower Hamlets; 0.05 tiny, 5 a large council
  --out DIR               folder to write to (created if missing)
  --seed N                random seed, 0-4294967295 (default ${DEFAULT_SEED}); same seed, same data
  --through YYYY-MM-DD    also every month end after --as-at up to this date, one folder each
                          (DIR/YYYY-MM-DD), all from one simulated history
  --history-start DATE    where the simulated history starts (default ${DEFAULT_HISTORY_START})
  --no-adopters           leave out List 11 (adopters)`;

const FLAGS = {
  council: 'value',
  'as-at': 'value',
  scale: 'value',
  out: 'value',
  seed: 'value',
  through: 'value',
  'history-start': 'value',
  'no-adopters': 'boolean',
} as const;

function required(flags: Record<string, string | boolean>, name: string): string {
  const v = flags[name];
  if (typeof v !== 'string' || v.trim() === '') throw new UsageError(`--${name} is required`);
  return v.trim();
}

function number(text: string, name: string): number {
  if (!/^\d+(\.\d+)?$/.test(text)) throw new UsageError(`--${name} must be a number, not "${text}"`);
  return Number(text);
}

const fmt = (n: number) => n.toLocaleString('en-GB');

export const generateCommand: Command = {
  name: 'generate',
  usage: USAGE,
  async run(args, io) {
    const { flags, positional } = parseFlags(args, FLAGS);
    if (positional.length > 0) throw new UsageError(`Unexpected argument "${positional[0]}"`);
    const asAt = required(flags, 'as-at');
    const out = required(flags, 'out');
    const opts: SeriesOptions = {
      laCode: required(flags, 'council'),
      scale: number(required(flags, 'scale'), 'scale'),
      includeAdopters: flags['no-adopters'] !== true,
    };
    if (typeof flags.seed === 'string') {
      if (!/^\d+$/.test(flags.seed)) throw new UsageError(`--seed must be a whole number, not "${flags.seed}"`);
      opts.seed = Number(flags.seed);
    }
    if (typeof flags['history-start'] === 'string') opts.historyStart = flags['history-start'];
    const through = typeof flags.through === 'string' ? flags.through : undefined;
    const first = problemWith(opts, [asAt]);
    if (first) throw new UsageError(first);
    let dates = [asAt];
    if (through !== undefined) {
      const problem = problemWith(opts, [through]);
      if (problem) throw new UsageError(problem.replace('as-at date', '--through date'));
      if (through < asAt) throw new UsageError('--through must not be before --as-at');
      dates = [...new Set([asAt, ...monthEnds(asAt, through).filter((d) => d > asAt && d <= through)])];
    }

    const started = performance.now();
    let total = 0;
    for (const g of generateSeries(opts, dates)) {
      const dir = through === undefined ? out : join(out, g.asAt);
      await writeAnnexACsv(g, dir);
      total += rowCount(g);
      io.out(summary(g, dir, through === undefined));
    }
    const seconds = (performance.now() - started) / 1000;
    io.out(
      `${dates.length > 1 ? `${dates.length} extracts, ` : ''}${fmt(total)} rows in ${seconds.toFixed(1)} s ` +
        `(${fmt(Math.round(total / Math.max(seconds, 0.001)))} rows a second). ` +
        `Seed ${opts.seed ?? DEFAULT_SEED}. All data is synthetic.`,
    );
    return 0;
  },
};

function summary(g: Generated, dir: string, detailed: boolean): string {
  const head = `Synthetic Annex A for council ${g.laCode} as at ${g.asAt} (scale ${g.scale}) in ${dir}:`;
  if (!detailed) return `${head} ${g.lists.map((l) => `L${l.list} ${fmt(l.rows.length)}`).join(', ')}`;
  const width = Math.max(...g.lists.map((l) => csvFileName(l.list).length));
  const lines = g.lists.map((l) => `  ${csvFileName(l.list).padEnd(width)}  ${fmt(l.rows.length).padStart(8)} rows`);
  return [head, ...lines].join('\n');
}
