// What every plan page shows: the council, the plan (illustrative or not), the user's rights and the
// section of the plan they are in.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { getCouncil } from '../../councils/councils-repository.ts';
import { getPlan } from '../../plan/structure-repository.ts';
import { rightsOf } from './support.ts';

export const SECTIONS = [
  { key: 'journey', text: 'The child\'s journey', path: '' },
  { key: 'objectives', text: 'By objective', path: '/objectives' },
  { key: 'owners', text: 'By owner', path: '/owners' },
  { key: 'mine', text: 'My actions', path: '/mine' },
  { key: 'overdue', text: 'Overdue', path: '/overdue' },
  { key: 'coverage', text: 'Coverage', path: '/coverage' },
  { key: 'investment', text: 'Investment', path: '/investment' },
  { key: 'versions', text: 'Versions', path: '/versions' },
  { key: 'spreadsheet', text: 'Spreadsheet', path: '/spreadsheet' },
] as const;

export async function planPage(app: FastifyInstance, request: FastifyRequest, section: string) {
  const la = (request.params as { la: string }).la;
  const [council, plan] = await Promise.all([getCouncil(app.db, la), getPlan(app.db, la)]);
  return {
    la, councilName: council?.name ?? la, plan, rights: rightsOf(request.user!), demo: app.config.demo,
    sections: SECTIONS.map((s) => ({ ...s, href: `/c/${la}/plan${s.path}`, current: s.key === section })),
  };
}
