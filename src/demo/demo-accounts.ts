// One demonstration account per role for the demo council. The people are invented; their roles are
// the ones the seeds describe. Listed on the sign-in page in demo mode only.
import { ROLE_LABELS, type Role } from '../domain/roles/roles.ts';

export const DEMO_COUNCIL = { laCode: '211', name: 'Tower Hamlets' };
export const DEMO_PASSWORD = 'uplift-demo-2017';

const PEOPLE: { role: Role; name: string; local: string }[] = [
  { role: 'officer', name: 'Priya Shah', local: 'officer' },
  { role: 'action_owner', name: 'Tom Okafor', local: 'owner' },
  { role: 'dcs', name: 'Dana Mills', local: 'dcs' },
  { role: 'board_chair', name: 'Chris Lane', local: 'chair' },
  { role: 'board_member', name: 'Sam Begum', local: 'member' },
  { role: 'adviser', name: 'Alex Reid', local: 'adviser' },
  { role: 'dfe_official', name: 'Jo Patel', local: 'dfe' },
  { role: 'inspector', name: 'Lee Morgan', local: 'inspector' },
  { role: 'admin', name: 'Robin Ellis', local: 'admin' },
];

export interface DemoAccount {
  role: Role;
  roleLabel: string;
  name: string;
  email: string;
  password: string;
}

export function listDemoAccounts(): DemoAccount[] {
  return PEOPLE.map((p) => ({ role: p.role, roleLabel: ROLE_LABELS[p.role], name: `${p.name} (demo)`,
    email: `${p.local}@uplift.demo`, password: DEMO_PASSWORD }));
}
