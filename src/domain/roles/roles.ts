// Who may do what. The one place permissions are decided (capability 12 and the roles of product.md);
// routes name a permission and the web layer asks `can`. Council scoping is checked separately:
// a user acts only within the councils granted to them.

export const ROLES = ['officer', 'action_owner', 'dcs', 'board_chair', 'board_member', 'adviser',
  'dfe_official', 'inspector', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  officer: 'Performance and improvement officer',
  action_owner: 'Action owner',
  dcs: 'Director of Children\'s Services',
  board_chair: 'Improvement Board chair',
  board_member: 'Board member',
  adviser: 'DfE Intervention Adviser',
  dfe_official: 'DfE official',
  inspector: 'Ofsted inspector',
  admin: 'Administrator',
};

/** What each role is for, in the words of the seeds (shown on its home page). */
export const ROLE_PURPOSE: Record<Role, string> = {
  officer: 'Keep the improvement plan and the figures: monthly Annex A imports, data quality and the register.',
  action_owner: 'Deliver your actions in the improvement plan and record progress with evidence.',
  dcs: 'Provide a comprehensive progress report to each meeting of the Improvement Board (Direction 5e).',
  board_chair: 'Chair the Improvement Board and report to the Secretary of State on progress every quarter (Direction 5g).',
  board_member: 'Provide support, challenge and guidance, and hold the council and partners to account.',
  adviser: 'Monitor, support and challenge the council; carry out the six-monthly reviews (Direction, Annex A).',
  dfe_official: 'Oversee the councils under intervention and decide whether sufficient progress is being made.',
  inspector: 'Prepare and carry out Ofsted monitoring visits with the council\'s evidence.',
  admin: 'Manage accounts and read the audit log for your council.',
};

export const PERMISSIONS = [
  'council.read',        // the council's register, plan, boards and aggregate figures
  'children.read',       // child-level lists behind a figure (every view is audited)
  'data.import',         // import Annex A snapshots
  'register.edit',       // inspections, directions, logs, monitoring visits
  'reviews.edit',        // the Adviser's six-monthly reviews
  'plan.edit',           // objectives, workstreams, actions
  'plan.update',         // progress updates on actions (their owners too)
  'users.manage',        // accounts of the council
  'audit.read',          // the audit log
  'overview.read',       // the cross-council overview
] as const;
export type Permission = (typeof PERMISSIONS)[number];

// Least privilege: a role holds only what its job in the seeds needs.
const GRANTS: Record<Role, readonly Permission[]> = {
  officer: ['council.read', 'children.read', 'data.import', 'register.edit', 'plan.edit', 'plan.update'],
  action_owner: ['council.read', 'plan.update'],
  dcs: ['council.read', 'children.read', 'plan.update'],
  board_chair: ['council.read'],
  board_member: ['council.read'],
  adviser: ['council.read', 'children.read', 'reviews.edit'],
  dfe_official: ['council.read', 'overview.read'],
  inspector: ['council.read', 'children.read'],
  admin: ['council.read', 'register.edit', 'plan.edit', 'users.manage', 'audit.read'],
};

export function can(role: Role, permission: Permission): boolean {
  return GRANTS[role].includes(permission);
}

export function permissionsOf(role: Role): readonly Permission[] {
  return GRANTS[role];
}

/** Only a DfE official may be granted more than one council. */
export function mayHoldSeveralCouncils(role: Role): boolean {
  return role === 'dfe_official';
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
