// The improvement investment (product.md capability 10; the seeds' "extra £4.8m"), planned against
// spent, by workstream and objective.

export interface BudgetLine {
  id: number;
  objectiveNumber: number;
  objective: string;
  workstream: string;
  title: string;
  planned: number;
  spent: number;
}

export interface BudgetTotals { planned: number; spent: number; remaining: number; spentPercent: number | null; overspent: boolean }

export function totals(lines: readonly { planned: number; spent: number }[]): BudgetTotals {
  // Pence, to add money without binary fractions creeping in.
  const planned = lines.reduce((s, l) => s + Math.round(l.planned * 100), 0) / 100;
  const spent = lines.reduce((s, l) => s + Math.round(l.spent * 100), 0) / 100;
  return { planned, spent, remaining: Math.round((planned - spent) * 100) / 100,
    spentPercent: planned > 0 ? Math.round((spent / planned) * 1000) / 10 : null, overspent: spent > planned };
}

export interface WorkstreamBudget { objectiveNumber: number; objective: string; workstream: string; lines: BudgetLine[]; totals: BudgetTotals }

/** Lines grouped by workstream, in objective order, each group with its totals. */
export function byWorkstream(lines: readonly BudgetLine[]): WorkstreamBudget[] {
  const groups = new Map<string, WorkstreamBudget>();
  for (const l of lines) {
    const key = `${l.objectiveNumber}\u0000${l.workstream}`;
    const g = groups.get(key) ?? { objectiveNumber: l.objectiveNumber, objective: l.objective, workstream: l.workstream, lines: [], totals: totals([]) };
    g.lines.push(l);
    groups.set(key, g);
  }
  return [...groups.values()].map((g) => ({ ...g, totals: totals(g.lines) }))
    .sort((a, b) => a.objectiveNumber - b.objectiveNumber || a.workstream.localeCompare(b.workstream));
}

/** '£4,800,000' / '£1.2m' style money for tables: always the full figure, to the pound. */
export function pounds(n: number): string {
  return `${n < 0 ? '−' : ''}£${Math.abs(n).toLocaleString('en-GB', { maximumFractionDigits: 0 })}`;
}

/** A money amount typed by a person: '£1,200,000', '1200000', '1.2m', '250k'. */
export function parseMoney(text: string): number | null {
  const t = text.trim().replace(/^£/, '').replace(/,/g, '').toLowerCase();
  const m = /^(\d+(?:\.\d{1,2})?)(m|k)?$/.exec(t);
  if (!m) return null;
  const n = Number(m[1]) * (m[2] === 'm' ? 1_000_000 : m[2] === 'k' ? 1_000 : 1);
  return Math.round(n * 100) / 100;
}
