// The statutory calendar on every role's home page, as at today: the council's overdue obligations
// (the most recently due first), those due in the next 30 days, and those met in the last 30 days,
// each with its status in words. A DfE official sees each granted council's next and overdue items.
import { addHomePanel } from '../home/panels.ts';
import { ROLES } from '../../domain/roles/roles.ts';
import { councilObligations } from '../../intervention/calendar.ts';
import { dfeOverview } from '../../intervention/overview.ts';
import { dueSoonAndOverdue } from '../../domain/obligations/compute.ts';
import { addDays } from '../../domain/calendar/dates.ts';
import { getCouncil } from '../../councils/councils-repository.ts';
import { SOON_DAYS } from './present.ts';
import { loadCalendarLinks, obligationRow } from './calendar-view.ts';
import { overviewOf } from './overview-routes.ts';
import { todayInEngland } from './support.ts';

/** Overdue obligations listed by name on a home page; the calendar lists them all. */
export const HOME_OVERDUE_LISTED = 10;

addHomePanel({
  order: 10,
  roles: ROLES.filter((r) => r !== 'dfe_official'),
  async load(db, user) {
    const la = user.councils[0];
    if (!la) return null;
    const today = todayInEngland(new Date());
    const [obligations, council, links] = await Promise.all([
      councilObligations(db, la, { today, horizonDays: 365 }), getCouncil(db, la), loadCalendarLinks(db, la),
    ]);
    if (!obligations.length) return { template: 'intervention/home-calendar.njk', data: { la, councilName: council?.name ?? la, empty: true } };
    const { overdue, dueSoon } = dueSoonAndOverdue(obligations, today, SOON_DAYS);
    const since = addDays(today, -SOON_DAYS);
    const recentlyDone = obligations.filter((o) => o.status === 'done' && o.fulfilment && o.fulfilment.fulfilledOn >= since && o.fulfilment.fulfilledOn <= today);
    const row = (o: (typeof obligations)[number]) => obligationRow(o, today, links, `/c/${la}`);
    const listedOverdue = [...overdue].reverse().slice(0, HOME_OVERDUE_LISTED);
    return {
      template: 'intervention/home-calendar.njk',
      data: {
        la, councilName: council?.name ?? la, today, overdueCount: overdue.length, dueSoonCount: dueSoon.length,
        rows: [...listedOverdue, ...dueSoon, ...recentlyDone].map(row),
        overdueHidden: overdue.length - listedOverdue.length,
      },
    };
  },
});

addHomePanel({
  order: 10,
  roles: ['dfe_official'],
  async load(db, user) {
    const today = todayInEngland(new Date());
    const councils = await dfeOverview(db, user.councils, today);
    if (!councils.length) return null;
    return { template: 'intervention/home-dfe.njk', data: { today, councils: councils.map((c) => overviewOf(c, today)) } };
  },
});
