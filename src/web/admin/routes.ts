// Administration for a council: its accounts and its audit log. An administrator sees and changes
// only the accounts of the councils granted to them.
import type { FastifyInstance } from 'fastify';
import { createUser, listUsers, findUserById, setUserDisabled, ValidationError } from '../../users/users-repository.ts';
import { ROLES, ROLE_LABELS } from '../../domain/roles/roles.ts';
import { actorOf, Refused } from '../access.ts';
import { field, formErrors } from '../forms.ts';
import { listCouncils } from '../../councils/councils-repository.ts';

const PAGE_SIZE = 50;

export async function adminRoutes(app: FastifyInstance) {
  app.navigation.add({ label: 'Accounts', order: 90, permission: 'users.manage', href: () => '/admin/users', prefix: () => '/admin/users' });
  app.navigation.add({ label: 'Audit log', order: 91, permission: 'audit.read', href: () => '/admin/audit', prefix: () => '/admin/audit' });

  const manage = { config: { access: 'users.manage' as const } };
  const roleItems = (selected?: string) => [{ value: '', text: 'Select a role' },
    ...ROLES.map((r) => ({ value: r, text: ROLE_LABELS[r], selected: r === selected }))];

  app.get('/admin/users', manage, async (request, reply) => {
    const la = request.user!.councils[0];
    const users = await listUsers(app.db, la);
    return reply.page('admin/users.njk', { title: 'Accounts', users, roleLabels: ROLE_LABELS,
      created: (request.query as any).created === '1' });
  });

  app.get('/admin/users/new', manage, async (request, reply) => {
    const councils = await listCouncils(app.db, request.user!.councils);
    return reply.page('admin/user-new.njk', { title: 'Add an account', roles: roleItems(), councils });
  });

  app.post('/admin/users', { ...manage, preHandler: app.csrfProtection }, async (request, reply) => {
    const admin = request.user!;
    const input = { email: field(request.body, 'email'), name: field(request.body, 'name'), role: field(request.body, 'role'),
      password: field(request.body, 'password'), accessExpires: field(request.body, 'accessExpires') || null,
      councils: [admin.councils[0]] };
    try {
      await app.db.transaction((tx) => createUser(tx, actorOf(request), input));
      return reply.redirect('/admin/users?created=1');
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      const councils = await listCouncils(app.db, admin.councils);
      return reply.code(400).page('admin/user-new.njk', { title: 'Add an account', roles: roleItems(input.role), councils,
        values: input, errors: formErrors(e.errors) });
    }
  });

  app.post('/admin/users/:id/disabled', { ...manage, preHandler: app.csrfProtection }, async (request, reply) => {
    const id = Number((request.params as any).id);
    const target = Number.isInteger(id) ? await findUserById(app.db, id) : null;
    if (!target || !target.councils.some((c) => request.user!.councils.includes(c))) {
      return reply.code(404).page('views/errors/404.njk');
    }
    if (target.id === request.user!.id) throw new Refused('You cannot disable your own account.');
    const disabled = field(request.body, 'disabled') === 'true';
    await app.db.transaction((tx) => setUserDisabled(tx, actorOf(request), id, disabled));
    return reply.redirect('/admin/users');
  });

  app.get('/admin/audit', { config: { access: 'audit.read' } }, async (request, reply) => {
    const la = request.user!.councils[0];
    const q = request.query as Record<string, string>;
    const page = Math.max(1, Math.min(10_000, Number.parseInt(q.page ?? '1', 10) || 1));
    const action = /^[a-z-]{1,30}$/.test(q.action ?? '') ? q.action : '';
    const rows = await app.db.query(
      `SELECT id, at, user_label, action, entity, entity_id, summary, before, after FROM audit_log
        WHERE la_code = $1 AND ($2 = '' OR action = $2) ORDER BY at DESC, id DESC LIMIT $3 OFFSET $4`,
      [la, action, PAGE_SIZE + 1, (page - 1) * PAGE_SIZE]);
    const actions = await app.db.query<{ action: string }>('SELECT DISTINCT action FROM audit_log WHERE la_code = $1 ORDER BY action', [la]);
    return reply.page('admin/audit.njk', {
      title: 'Audit log', entries: rows.slice(0, PAGE_SIZE).map((r) => ({ ...r,
        before: r.before ? JSON.stringify(r.before, null, 1) : '', after: r.after ? JSON.stringify(r.after, null, 1) : '' })),
      page, hasNext: rows.length > PAGE_SIZE, action,
      actions: [{ value: '', text: 'All actions' }, ...actions.map((a) => ({ value: a.action, text: a.action, selected: a.action === action }))],
    });
  });
}
