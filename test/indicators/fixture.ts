// Tiny hand-made snapshots for the indicator tests: a council, a snapshot, and rows inserted
// straight into the annex_* tables (as an import would leave them: normalised, duplicates removed).
import type { Database } from '../../src/db/database.ts';
import { LISTS } from '../../src/indicators/lists.ts';
import { defaultPeriodStart } from '../../src/domain/calendar/dates.ts';

export type FixtureRow = Record<string, string | number | boolean | null | undefined>;

let councilNo = 100;

export async function createCouncil(db: Database, population: number | null = null): Promise<string> {
  const laCode = String(councilNo++);
  await db.query('INSERT INTO councils (la_code, name, population_0_17) VALUES ($1, $2, $3)', [laCode, `Test council ${laCode}`, population]);
  return laCode;
}

export interface SnapshotSpec {
  laCode: string;
  asAt: string;
  periodStart?: string;
  /** Rows by list number; row_no defaults to the spreadsheet row (header = 1, so 2, 3, ...). */
  lists: Partial<Record<keyof typeof LISTS, FixtureRow[]>>;
  /** The columns each list had, as an importer records them in snapshots.columns. */
  columns?: Record<string, string[]>;
}

export async function createSnapshot(db: Database, spec: SnapshotSpec): Promise<number> {
  const rowCounts = Object.fromEntries(Object.entries(spec.lists).map(([list, rows]) => [list, rows!.length]));
  const [s] = await db.query(
    `INSERT INTO snapshots (la_code, as_at, period_start, file_name, checksum, row_counts, columns)
     VALUES ($1, $2, $3, 'fixture', 'fixture', $4, $5) RETURNING id`,
    [spec.laCode, spec.asAt, spec.periodStart ?? defaultPeriodStart(spec.asAt), JSON.stringify(rowCounts),
      spec.columns ? JSON.stringify(spec.columns) : null],
  );
  const snapshotId = Number(s.id);
  for (const [list, rows] of Object.entries(spec.lists)) {
    const table = LISTS[Number(list) as keyof typeof LISTS].table;
    for (const [i, row] of rows!.entries()) {
      const values: FixtureRow = { row_no: i + 2, ...row, snapshot_id: snapshotId, la_code: spec.laCode };
      const names = Object.keys(values).filter((n) => values[n] !== undefined);
      await db.query(
        `INSERT INTO ${table} (${names.join(', ')}) VALUES (${names.map((_, k) => `$${k + 1}`).join(', ')})`,
        names.map((n) => values[n]),
      );
    }
  }
  return snapshotId;
}
