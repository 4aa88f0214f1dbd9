// The statutory calendar: every obligation computed from the Direction's dates, the board's frequency,
// the monitored judgment and the council's targets, each due, done (linked to what met it) or overdue,
// as at today or a chosen date; and how the Direction's first dates are worked out (the seeds' two
// checks: the chair's first report by the end of June 2017 for the April 2017 draft, the Adviser's
// first review in February 2018 for the issued Direction).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { councilObligations, getBoardSchedule, listCouncilTargets } from '../../intervention/calendar.ts';
import { listDirections, type Direction } from '../../intervention/directions.ts';
import { adviserReviews, chairQuarterlyReports, dueSoonAndOverdue } from '../../domain/obligations/index.ts';
import { addDays, isIsoDate } from '../../domain/calendar/dates.ts';
import { judgmentLabel } from '../../domain/intervention/judgments.ts';
import { formatDate } from '../views.ts';
import { dateFromBoxes } from './form.ts';
import { byYear, loadCalendarLinks, obligationRow } from './calendar-view.ts';
import { notedIllustrative, SOON_DAYS } from './present.ts';
import { READ, noticeOf, pageContext, todayInEngland } from './support.ts';

type P = { Params: { la: string } };

const SHOW = ['all', 'overdue', 'due', 'done'] as const;
type Show = (typeof SHOW)[number];

/** The date the calendar is read as at: ?asAt=YYYY-MM-DD or the form's three boxes; today otherwise. */
function asAtOf(request: FastifyRequest, today: string) {
  const q = request.query as Record<string, string | undefined>;
  const boxes = { day: q['asAt-day'] ?? '', month: q['asAt-month'] ?? '', year: q['asAt-year'] ?? '' };
  const typed = q['asAt-day'] !== undefined ? dateFromBoxes(boxes) : (q.asAt ?? '');
  if (!typed) return { asAt: today, boxes, error: null };
  if (!isIsoDate(typed)) return { asAt: today, boxes, error: 'Date must be a real date, such as 31 1 2019' };
  return { asAt: typed, boxes: q['asAt-day'] !== undefined ? boxes : { day: String(Number(typed.slice(8))), month: String(Number(typed.slice(5, 7))), year: typed.slice(0, 4) }, error: null };
}

/** The first quarterly report and the first six-monthly review, for the Direction as drafted and as issued. */
export function directionChecks(d: Direction) {
  const far = addDays(d.draftOn, 3 * 366);
  const drafted = { id: d.id, draftOn: d.draftOn, issuedOn: null, revokedOn: null };
  const rows = [{
    basis: `As drafted on ${formatDate(d.draftOn)}`, provisional: true,
    chairReport: chairQuarterlyReports(drafted, far)[0]?.dueOn ?? null, review: adviserReviews(drafted, [], far)[0]?.dueOn ?? null,
  }];
  if (d.issuedOn) {
    const issued = { id: d.id, draftOn: d.draftOn, issuedOn: d.issuedOn, revokedOn: null };
    rows.push({
      basis: `As issued on ${formatDate(d.issuedOn)}`, provisional: false,
      chairReport: chairQuarterlyReports(issued, far)[0]?.dueOn ?? null, review: adviserReviews(issued, [], far)[0]?.dueOn ?? null,
    });
  }
  return { id: d.id, title: d.title, status: d.status, issuedIllustrative: notedIllustrative(d.note), rows };
}

export async function calendarRoutes(app: FastifyInstance) {
  app.get<P>('/c/:la/calendar', READ, async (request, reply) => {
    const ctx = await pageContext(app, request);
    const today = todayInEngland();
    const { asAt, boxes, error } = asAtOf(request, today);
    const showParam = (request.query as Record<string, string>).show;
    const show: Show = (SHOW as readonly string[]).includes(showParam) ? showParam as Show : 'all';

    const [obligations, links, directions, board, targets] = await Promise.all([
      councilObligations(app.db, ctx.la, { today: asAt, horizonDays: 365 }), loadCalendarLinks(app.db, ctx.la),
      listDirections(app.db, ctx.la), getBoardSchedule(app.db, ctx.la), listCouncilTargets(app.db, ctx.la),
    ]);
    const summary = dueSoonAndOverdue(obligations, asAt, SOON_DAYS);
    const rows = obligations.map((o) => obligationRow(o, asAt, links, ctx.base));
    const counts = { all: rows.length, overdue: summary.overdue.length, due: rows.filter((r) => r.status === 'due').length,
      done: rows.filter((r) => r.status === 'done').length };
    const shown = show === 'all' ? rows : rows.filter((r) => r.status === show);
    const query = asAt === today ? '' : `asAt=${asAt}&`;
    return reply.code(error ? 400 : 200).page('intervention/calendar.njk', {
      ...ctx, title: 'Statutory calendar', section: 'calendar', today, asAt, isToday: asAt === today, boxes,
      errors: error ? { summary: [{ text: error, href: '#asAt-day' }], fields: { asAt: { text: error } } } : null,
      next: summary.next ? obligationRow(summary.next, asAt, links, ctx.base) : null,
      dueSoon: summary.dueSoon.map((o) => obligationRow(o, asAt, links, ctx.base)),
      counts, show, years: byYear(shown),
      filters: SHOW.map((s) => ({ value: s, text: { all: 'All', overdue: 'Overdue', due: 'Due', done: 'Done' }[s], count: counts[s],
        href: `${ctx.base}/calendar?${query}show=${s}#obligations`, current: s === show })),
      checks: directions.map(directionChecks),
      board, targets: targets.map((t) => ({ ...t, judgment: t.targetJudgment ? judgmentLabel(t.targetJudgment) : null,
        illustrative: notedIllustrative(t.note) })),
      notice: noticeOf(request, { met: 'The obligation is marked as met.', unmet: 'The record that the obligation was met has been removed.',
        changed: 'Your changes have been saved.', board: 'The board\'s schedule has been saved.', target: 'The target has been saved.' }),
    });
  });
}
