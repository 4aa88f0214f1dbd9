import type { Queryable } from '../db/database.ts';

export interface Council {
  laCode: string;
  name: string;
  population0to17: number | null;
  populationSource: string | null;
  underIntervention: boolean;
}

const toCouncil = (r: any): Council => ({
  laCode: r.la_code, name: r.name, population0to17: r.population_0_17,
  populationSource: r.population_source, underIntervention: r.under_intervention,
});

export async function getCouncil(q: Queryable, laCode: string): Promise<Council | null> {
  const rows = await q.query('SELECT * FROM councils WHERE la_code = $1', [laCode]);
  return rows[0] ? toCouncil(rows[0]) : null;
}

export async function listCouncils(q: Queryable, laCodes?: string[]): Promise<Council[]> {
  const rows = laCodes
    ? await q.query('SELECT * FROM councils WHERE la_code = ANY($1) ORDER BY name', [laCodes])
    : await q.query('SELECT * FROM councils ORDER BY name');
  return rows.map(toCouncil);
}

export async function upsertCouncil(q: Queryable, c: { laCode: string; name: string; population0to17?: number | null;
  populationSource?: string | null }): Promise<void> {
  await q.query(`INSERT INTO councils (la_code, name, population_0_17, population_source) VALUES ($1, $2, $3, $4)
    ON CONFLICT (la_code) DO UPDATE SET name = excluded.name, population_0_17 = excluded.population_0_17,
      population_source = excluded.population_source`,
  [c.laCode, c.name, c.population0to17 ?? null, c.populationSource ?? null]);
}
