// `uplift indicators PATH --as-at YYYY-MM-DD [--period-start YYYY-MM-DD] [--population N] [--json]`:
// computes every indicator of an Annex A extract (docs/indicators.md) without touching any stored
// data. It imports the file into an in-memory database with the application's own importer and
// computes with the application's own indicator SQL, so its figures are the dashboards' figures.
import type { CliIO, Command } from '../command.ts';
import { parseFlags, UsageError } from '../command.ts';
import { openPglite, type Queryable } from '../../db/database.ts';
import { migrate } from '../../db/migrate.ts';
import { isIsoDate } from '../../domain/calendar/dates.ts';
import { importAnnexA } from '../../ingest/import.ts';
import { formatProblem } from '../../ingest/problems.ts';
import { CATALOGUE, JOURNEY_STAGES, type Indicator } from '../../indicators/catalogue.ts';
import { computeIndicators } from '../../indicators/compute.ts';
import type { IndicatorFigure, IndicatorResults, IndicatorWarning } from '../../indicators/types.ts';

const USAGE = `Usage: uplift indicators PATH --as-at YYYY-MM-DD [--period-start YYYY-MM-DD] [--population N] [--json]

Computes every performance indicator of an Ofsted Annex A extract: an .xlsx workbook, or a folder
or .zip of .csv files. Nothing is stored. An invalid file prints its errors (file, list, row,
column, reason) on standard error and exits with status 1.

  --as-at          the date the extract was taken (D)
  --period-start   start of the reporting period (default: the six months ending on D)
  --population     children aged 0-17 in the council's area, for rates per 10,000
  --json           print one JSON object (as_at, period_start, indicators, warnings)`;

/** The council every command-line computation is imported under, in its throwaway database. */
const CLI_COUNCIL = { laCode: '000', name: 'Command line' };

export const indicatorsCommand: Command = {
  name: 'indicators',
  usage: USAGE,
  async run(args, io) {
    const { flags, positional } = parseFlags(args, {
      'as-at': 'value', 'period-start': 'value', population: 'value', json: 'boolean',
    });
    if (positional.length !== 1) throw new UsageError('Give one PATH: an Annex A workbook, or a folder or zip of CSVs');
    const asAt = flags['as-at'];
    const periodStart = flags['period-start'] as string | undefined;
    if (typeof asAt !== 'string' || !isIsoDate(asAt)) throw new UsageError('--as-at needs a date written YYYY-MM-DD');
    if (periodStart !== undefined && !isIsoDate(periodStart)) throw new UsageError('--period-start needs a date written YYYY-MM-DD');
    if (periodStart !== undefined && periodStart > asAt) throw new UsageError('--period-start is after --as-at');
    let population: number | null = null;
    if (flags.population !== undefined) {
      population = Number(flags.population);
      if (!/^\d+$/.test(String(flags.population)) || population < 1) throw new UsageError('--population needs a whole number above 0');
    }

    const db = await openPglite();
    try {
      await migrate(db);
      await db.query('INSERT INTO councils (la_code, name) VALUES ($1, $2)', [CLI_COUNCIL.laCode, CLI_COUNCIL.name]);
      const imported = await importAnnexA(db, { path: positional[0] }, {
        laCode: CLI_COUNCIL.laCode, asAt, periodStart, actorLabel: 'cli',
      });
      if (!imported.ok || imported.snapshotId === null) {
        for (const p of imported.errors) io.err(formatProblem(p));
        if (imported.errorCount > imported.errors.length) io.err(`... and ${imported.errorCount - imported.errors.length} more errors`);
        io.err(`The extract is not valid: ${imported.errorCount} ${imported.errorCount === 1 ? 'error' : 'errors'}.`);
        return 1;
      }
      const result = await computeIndicators(db, imported.snapshotId, { population });
      const output: IndicatorResults = {
        as_at: result.as_at,
        period_start: result.period_start,
        indicators: result.indicators,
        warnings: [...(await importWarnings(db, imported.snapshotId)), ...result.warnings],
      };
      io.out(flags.json ? JSON.stringify(output) : table(output));
      return 0;
    } finally {
      await db.close();
    }
  },
};

/** The importer's warnings as stored with the snapshot (all of them, up to the store's limit). */
async function importWarnings(q: Queryable, snapshotId: number): Promise<IndicatorWarning[]> {
  const rows = await q.query(
    `SELECT list, row_no, column_name, message FROM snapshot_warnings WHERE snapshot_id = $1
     ORDER BY list NULLS FIRST, row_no NULLS FIRST, column_name NULLS FIRST, message`, [snapshotId]);
  return rows.map((r) => ({ list: r.list, row: r.row_no, column: r.column_name, message: r.message }));
}

function formatFigure(ind: Indicator, f: IndicatorFigure): [string, string] {
  if (f.value === null) return ['not available', f.denominator === 0 ? 'none in scope' : ''];
  const n = (v: number, digits: number) => v.toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits });
  switch (ind.kind) {
    case 'pct': return [`${n(f.value, 1)}%`, `${n(f.numerator!, 0)} of ${n(f.denominator!, 0)}`];
    case 'avg': return [n(f.value, 1), `over ${n(f.denominator!, 0)}`];
    case 'rate': return [n(f.value, 1), 'per 10,000'];
    default: return [n(f.value, 0), ''];
  }
}

/** `list N, row R, column "C": message`, leaving out the parts a warning does not have. */
function formatWarning(w: IndicatorWarning): string {
  const where = [w.list !== null ? `list ${w.list}` : '', w.row !== null ? `row ${w.row}` : '', w.column !== null ? `column "${w.column}"` : '']
    .filter(Boolean).join(', ');
  return where ? `${where}: ${w.message}` : w.message;
}

/** A plain table by journey stage, then the warnings (the first 50; --json gives them all). */
export function table(r: IndicatorResults): string {
  const lines = [`Indicators as at ${r.as_at}, reporting period ${r.period_start} to ${r.as_at}`];
  const width = Math.max(...CATALOGUE.map((i) => i.title.length));
  let stage = '';
  for (const ind of CATALOGUE) {
    if (ind.stage !== stage) {
      stage = ind.stage;
      lines.push('', JOURNEY_STAGES[ind.stage]);
    }
    const [value, detail] = formatFigure(ind, r.indicators[ind.id]);
    lines.push(`  ${ind.title.padEnd(width)}  ${value.padStart(13)}  ${detail}`.trimEnd());
  }
  lines.push('', `Warnings: ${r.warnings.length}`);
  for (const w of r.warnings.slice(0, 50)) lines.push(`  ${formatWarning(w)}`);
  if (r.warnings.length > 50) lines.push(`  ... and ${r.warnings.length - 50} more (use --json to see them all)`);
  return lines.join('\n');
}
