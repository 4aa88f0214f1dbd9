// The demo: the seeds' council with one account per role. Later areas add their demo data through
// DEMO_STEPS, each a function of the transaction and the council code.
import type { Database, Queryable } from '../db/database.ts';
import { SYSTEM } from '../audit/audit.ts';
import { upsertCouncil } from '../councils/councils-repository.ts';
import { createUser } from '../users/users-repository.ts';
import { hashPassword } from '../users/passwords.ts';
import { DEMO_COUNCIL, listDemoAccounts } from './demo-accounts.ts';

import { DEMO_STEPS } from './demo-steps.ts';

const DEMO_FLAG = 'demo_loaded';

export async function demoLoaded(db: Queryable): Promise<boolean> {
  return (await db.query('SELECT 1 FROM app_settings WHERE key = $1', [DEMO_FLAG])).length > 0;
}

/**
 * Loads the demo into the database, all or nothing: the council, its accounts and the records of
 * DEMO_STEPS. The synthetic child-level snapshots are loaded separately (seedSyntheticSnapshots),
 * each an import of its own, because two years of monthly extracts take minutes.
 */
export async function loadDemo(db: Database, log: (line: string) => void = () => undefined): Promise<void> {
  await db.transaction(async (tx) => {
    await upsertCouncil(tx, { laCode: DEMO_COUNCIL.laCode, name: DEMO_COUNCIL.name });
    const inspectorUntil = new Date(Date.now() + 365 * 86_400_000).toISOString().slice(0, 10);
    for (const a of listDemoAccounts()) {
      const accessExpires = a.role === 'inspector' ? inspectorUntil : null;
      const [existing] = await tx.query<{ id: number }>('SELECT id FROM users WHERE email = $1', [a.email]);
      if (!existing) {
        await createUser(tx, SYSTEM, { email: a.email, name: a.name, role: a.role, password: a.password,
          councils: [DEMO_COUNCIL.laCode], accessExpires });
      } else {
        // Demo accounts are reset, not re-created: the audit trail keeps pointing at the same people.
        await tx.query(`UPDATE users SET name = $2, role = $3, password_hash = $4, disabled = false, failed_logins = 0,
          locked_until = NULL, access_expires = $5 WHERE id = $1`, [existing.id, a.name, a.role, await hashPassword(a.password), accessExpires]);
      }
    }
    log(`Demo council ${DEMO_COUNCIL.name} (${DEMO_COUNCIL.laCode}) with ${listDemoAccounts().length} accounts`);
    for (const step of DEMO_STEPS) {
      await step.run(tx, DEMO_COUNCIL.laCode);
      log(`Demo: ${step.name}`);
    }
    await tx.query('INSERT INTO app_settings (key, value) VALUES ($1, $2)', [DEMO_FLAG, JSON.stringify({ at: new Date().toISOString() })]);
  });
}

/** Removes every record of the demo council (but not its accounts or audit trail) and loads the demo again. */
export async function recreateDemo(db: Database, log: (line: string) => void = () => undefined): Promise<void> {
  await db.transaction(async (tx) => {
    for (const table of await councilTablesInDeleteOrder(tx)) {
      await tx.query(`DELETE FROM ${table} WHERE la_code = $1`, [DEMO_COUNCIL.laCode]);
    }
    await tx.query('DELETE FROM app_settings WHERE key = $1', [DEMO_FLAG]);
  });
  await loadDemo(db, log);
}

/** Tables holding a council's records, those referencing others first (a topological order of the foreign keys). */
async function councilTablesInDeleteOrder(tx: Queryable): Promise<string[]> {
  const tables = (await tx.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid
      WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'r' AND a.attname = 'la_code'
        AND c.relname NOT IN ('councils', 'audit_log', 'user_councils')`)).map((r) => r.name);
  const edges = await tx.query<{ child: string; parent: string }>(
    `SELECT conrelid::regclass::text AS child, confrelid::regclass::text AS parent FROM pg_constraint
      WHERE contype = 'f' AND connamespace = current_schema()::regnamespace AND conrelid <> confrelid`);
  const order: string[] = [];
  const visit = (t: string, path: Set<string>) => {
    if (order.includes(t) || path.has(t)) return;
    path.add(t);
    for (const e of edges) if (e.parent === t && tables.includes(e.child)) visit(e.child, path);
    order.push(t);
  };
  for (const t of tables) visit(t, new Set());
  return order;
}
