// The plan on the home pages: an action owner sees their actions with ratings; officers (and those
// who hold the plan to account) see what is overdue and which recommendations or findings have no action.
import { addHomePanel } from '../home/panels.ts';
import { loadActions } from '../../plan/read-model.ts';
import { loadCoverage } from '../../plan/coverage-repository.ts';
import { getPlan } from '../../plan/structure-repository.ts';
import { actionRow, ratingCounts } from './present.ts';
import { todayInEngland } from './support.ts';

addHomePanel({
  order: 15,
  roles: ['action_owner'],
  async load(db, user) {
    const la = user.councils[0];
    if (!la || !(await getPlan(db, la))) return null;
    const mine = await loadActions(db, la, todayInEngland(), { ownerUserId: user.id });
    return { template: 'plan/home-owner.njk', data: { la, rows: mine.map(actionRow), counts: ratingCounts(mine) } };
  },
});

addHomePanel({
  order: 15,
  roles: ['officer', 'dcs', 'board_chair', 'adviser'],
  async load(db, user) {
    const la = user.councils[0];
    if (!la) return null;
    if (!(await getPlan(db, la))) return { template: 'plan/home-officer.njk', data: { la, noPlan: true } };
    const actions = await loadActions(db, la, todayInEngland());
    const grid = await loadCoverage(db, la, actions);
    const overdue = actions.filter((a) => a.overdue).sort((a, b) => a.dueOn.localeCompare(b.dueOn)).map(actionRow);
    return { template: 'plan/home-officer.njk', data: { la, overdue: overdue.slice(0, 5), overdueCount: overdue.length,
      uncovered: grid.rows.filter((r) => r.state === 'uncovered'), counts: ratingCounts(actions), total: actions.length } };
  },
});
