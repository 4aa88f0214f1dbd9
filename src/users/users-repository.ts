// Accounts: who they are, their role, the councils they may see, and sign-in lock-out.
import type { Queryable } from '../db/database.ts';
import { recordAudit, type Actor } from '../audit/audit.ts';
import { isRole, mayHoldSeveralCouncils, type Role } from '../domain/roles/roles.ts';
import { hashPassword, MIN_PASSWORD_LENGTH } from './passwords.ts';

export interface User {
  id: number;
  email: string;
  name: string;
  role: Role;
  disabled: boolean;
  accessExpires: string | null;
  councils: string[];
  failedLogins: number;
  lockedUntil: Date | null;
  lastLoginAt: Date | null;
}

/** Lock an account after this many failed sign-ins in a row, for LOCK_MINUTES. */
export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;

const SELECT = `SELECT u.id, u.email, u.name, u.role, u.disabled, u.access_expires, u.failed_logins,
    u.locked_until, u.last_login_at,
    coalesce(array_agg(uc.la_code ORDER BY uc.la_code) FILTER (WHERE uc.la_code IS NOT NULL), '{}') AS councils
  FROM users u LEFT JOIN user_councils uc ON uc.user_id = u.id`;

function toUser(r: any): User {
  return {
    id: r.id, email: r.email, name: r.name, role: r.role, disabled: r.disabled,
    accessExpires: r.access_expires, councils: r.councils, failedLogins: r.failed_logins,
    lockedUntil: r.locked_until ? new Date(r.locked_until) : null,
    lastLoginAt: r.last_login_at ? new Date(r.last_login_at) : null,
  };
}

export async function findUserByEmail(q: Queryable, email: string): Promise<(User & { passwordHash: string }) | null> {
  const rows = await q.query(`${SELECT.replace('u.last_login_at,', 'u.last_login_at, u.password_hash,')}
    WHERE u.email = $1 GROUP BY u.id`, [email.trim().toLowerCase()]);
  return rows[0] ? { ...toUser(rows[0]), passwordHash: rows[0].password_hash } : null;
}

export async function findUserById(q: Queryable, id: number): Promise<User | null> {
  const rows = await q.query(`${SELECT} WHERE u.id = $1 GROUP BY u.id`, [id]);
  return rows[0] ? toUser(rows[0]) : null;
}

/** Users of a council (administrators see only their own council's accounts). */
export async function listUsers(q: Queryable, laCode?: string): Promise<User[]> {
  const rows = laCode
    ? await q.query(`${SELECT} WHERE u.id IN (SELECT user_id FROM user_councils WHERE la_code = $1)
        GROUP BY u.id ORDER BY u.role, u.name`, [laCode])
    : await q.query(`${SELECT} GROUP BY u.id ORDER BY u.role, u.name`);
  return rows.map(toUser);
}

export interface NewUser {
  email: string;
  name: string;
  role: string;
  password: string;
  councils: string[];
  accessExpires?: string | null;
}

export interface FieldError {
  field: string;
  message: string;
}

export function validateNewUser(u: NewUser): FieldError[] {
  const errors: FieldError[] = [];
  const email = u.email.trim();
  if (!email) errors.push({ field: 'email', message: 'Enter an email address' });
  else if (email.length > 254 || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
    errors.push({ field: 'email', message: 'Enter an email address in the correct format, like name@council.gov.uk' });
  }
  if (!u.name.trim()) errors.push({ field: 'name', message: 'Enter the person\'s full name' });
  else if (u.name.length > 200) errors.push({ field: 'name', message: 'Full name must be 200 characters or fewer' });
  if (!isRole(u.role)) errors.push({ field: 'role', message: 'Select a role' });
  if (u.password.length < MIN_PASSWORD_LENGTH) {
    errors.push({ field: 'password', message: `Password must be at least ${MIN_PASSWORD_LENGTH} characters` });
  } else if (u.password.length > 200) errors.push({ field: 'password', message: 'Password must be 200 characters or fewer' });
  if (u.councils.length === 0) errors.push({ field: 'councils', message: 'Give the account at least one council' });
  else if (u.councils.length > 1 && isRole(u.role) && !mayHoldSeveralCouncils(u.role)) {
    errors.push({ field: 'councils', message: 'Only a DfE official may be granted more than one council' });
  }
  if (u.accessExpires && !/^\d{4}-\d{2}-\d{2}$/.test(u.accessExpires)) {
    errors.push({ field: 'accessExpires', message: 'Access end date must be a real date' });
  }
  return errors;
}

export class ValidationError extends Error {
  constructor(public errors: FieldError[]) {
    super(errors.map((e) => e.message).join('; '));
  }
}

export async function createUser(q: Queryable, actor: Actor, u: NewUser): Promise<User> {
  const errors = validateNewUser(u);
  if (errors.length) throw new ValidationError(errors);
  const email = u.email.trim().toLowerCase();
  if ((await q.query('SELECT 1 FROM users WHERE email = $1', [email])).length) {
    throw new ValidationError([{ field: 'email', message: 'An account with this email address already exists' }]);
  }
  const known = await q.query<{ la_code: string }>('SELECT la_code FROM councils WHERE la_code = ANY($1)', [u.councils]);
  const unknown = u.councils.filter((c) => !known.some((k) => k.la_code === c));
  if (unknown.length) throw new ValidationError([{ field: 'councils', message: `No council has the code ${unknown.join(', ')}` }]);
  const [row] = await q.query<{ id: number }>(
    `INSERT INTO users (email, name, role, password_hash, access_expires) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [email, u.name.trim(), u.role, await hashPassword(u.password), u.accessExpires ?? null]);
  for (const la of u.councils) await q.query('INSERT INTO user_councils (user_id, la_code) VALUES ($1, $2)', [row.id, la]);
  const user = (await findUserById(q, row.id))!;
  await recordAudit(q, actor, {
    laCode: u.councils[0], action: 'create', entity: 'users', entityId: user.id,
    summary: `Account created for ${user.name} (${user.role})`,
    after: { email: user.email, name: user.name, role: user.role, councils: user.councils, accessExpires: user.accessExpires },
  });
  return user;
}

export async function setUserDisabled(q: Queryable, actor: Actor, id: number, disabled: boolean): Promise<User> {
  const before = await findUserById(q, id);
  if (!before) throw new ValidationError([{ field: 'id', message: 'There is no such account' }]);
  await q.query('UPDATE users SET disabled = $2 WHERE id = $1', [id, disabled]);
  if (disabled) await q.query(`DELETE FROM sessions WHERE data->>'userId' = $1`, [String(id)]);
  await recordAudit(q, actor, {
    laCode: before.councils[0] ?? null, action: 'update', entity: 'users', entityId: id,
    summary: `${disabled ? 'Disabled' : 'Enabled'} the account of ${before.name}`,
    before: { disabled: before.disabled }, after: { disabled },
  });
  return (await findUserById(q, id))!;
}

/** Records a failed sign-in; returns the time the account is locked until, if this locked it. */
export async function recordFailedLogin(q: Queryable, id: number, now = new Date()): Promise<Date | null> {
  const [r] = await q.query<{ failed_logins: number }>(
    'UPDATE users SET failed_logins = failed_logins + 1 WHERE id = $1 RETURNING failed_logins', [id]);
  if (r.failed_logins < MAX_FAILED_LOGINS) return null;
  const until = new Date(now.getTime() + LOCK_MINUTES * 60_000);
  await q.query('UPDATE users SET locked_until = $2, failed_logins = 0 WHERE id = $1', [id, until.toISOString()]);
  return until;
}

export async function recordSuccessfulLogin(q: Queryable, id: number): Promise<void> {
  await q.query('UPDATE users SET failed_logins = 0, locked_until = NULL, last_login_at = now() WHERE id = $1', [id]);
}
