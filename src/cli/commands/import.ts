// `uplift import PATH --council 211 --as-at YYYY-MM-DD [--period-start YYYY-MM-DD] [--max-mb N]`:
// imports an Annex A extract (an .xlsx workbook, a folder or .zip of CSVs, or one CSV) into a new
// snapshot, all or nothing. Errors go to stderr as `file, list N, row R, column "C": reason`.
import type { Command } from '../command.ts';
import { parseFlags, UsageError } from '../command.ts';
import { loadConfig } from '../../config/config.ts';
import { openDatabase } from '../../db/database.ts';
import { migrate } from '../../db/migrate.ts';
import { DEFAULT_MAX_UNPACKED_BYTES, importAnnexA, type ImportResult } from '../../ingest/import.ts';
import { MB } from '../../ingest/input/budget.ts';
import { formatProblem } from '../../ingest/problems.ts';
import { LISTS } from '../../ingest/schema.ts';

const USAGE = `Usage: uplift import PATH --council LA_CODE --as-at YYYY-MM-DD [--period-start YYYY-MM-DD] [--max-mb N]

Imports an Ofsted Annex A extract for a council: an .xlsx workbook with one sheet per list, a folder
or .zip of .csv files (one per list), or a single list's .csv file. All or nothing: a file with
errors stores nothing, and every error is listed.

  --council        the council's three-digit DfE local authority code (e.g. 211)
  --as-at          the date the extract was taken
  --period-start   start of the reporting period (default: six months to the as-at date)
  --max-mb         refuse input that unpacks to more than this many MB (default ${DEFAULT_MAX_UNPACKED_BYTES / MB})`;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export const importCommand: Command = {
  name: 'import',
  usage: USAGE,
  async run(args, io) {
    const { flags, positional } = parseFlags(args, {
      council: 'value', 'as-at': 'value', 'period-start': 'value', 'max-mb': 'value',
    });
    if (positional.length !== 1) throw new UsageError('Give one PATH to import');
    const council = flags.council;
    const asAt = flags['as-at'];
    const periodStart = flags['period-start'];
    if (typeof council !== 'string' || !/^\d{3}$/.test(council)) throw new UsageError('--council needs a three-digit LA code');
    if (typeof asAt !== 'string' || !ISO_DATE.test(asAt)) throw new UsageError('--as-at needs a date YYYY-MM-DD');
    if (periodStart !== undefined && (typeof periodStart !== 'string' || !ISO_DATE.test(periodStart))) {
      throw new UsageError('--period-start needs a date YYYY-MM-DD');
    }
    let maxBytes: number | undefined;
    if (flags['max-mb'] !== undefined) {
      const mb = Number(flags['max-mb']);
      if (!Number.isFinite(mb) || mb <= 0) throw new UsageError('--max-mb needs a positive number');
      maxBytes = Math.floor(mb * MB);
    }

    const db = await openDatabase(loadConfig());
    try {
      await migrate(db);
      const result = await importAnnexA(db, { path: positional[0] }, {
        laCode: council, asAt, periodStart: periodStart as string | undefined, maxUnpackedBytes: maxBytes,
        actorLabel: 'cli',
      });
      report(result, io);
      return result.ok ? 0 : 1;
    } finally {
      await db.close();
    }
  },
};

function report(r: ImportResult, io: { out(t: string): void; err(t: string): void }): void {
  if (!r.ok) {
    for (const p of r.errors) io.err(formatProblem(p));
    if (r.errorCount > r.errors.length) io.err(`... and ${r.errorCount - r.errors.length} more errors`);
    io.err(`Nothing was stored: ${r.errorCount} ${r.errorCount === 1 ? 'error' : 'errors'}.`);
    return;
  }
  const lines = [`Imported snapshot ${r.snapshotId}: as at ${r.asAt}, period ${r.periodStart} to ${r.asAt}.`];
  for (const l of LISTS) {
    const n = r.rowCounts[String(l.list)];
    if (n !== undefined) lines.push(`  List ${l.list} ${l.title}: ${n} ${n === 1 ? 'row' : 'rows'}`);
  }
  lines.push(`Warnings: ${r.warningCount}`);
  for (const p of r.warnings) lines.push(`  ${formatProblem(p)}`);
  if (r.warningCount > r.warnings.length) lines.push(`  ... and ${r.warningCount - r.warnings.length} more (stored with the snapshot)`);
  io.out(lines.join('\n'));
}
