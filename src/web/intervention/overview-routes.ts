// The DfE's cross-council overview: each council the official has been granted (never any other),
// its latest judgments, its Direction, its next and overdue obligations, and the Adviser's latest
// verdict. A non-council route: the councils come from the signed-in user's grants.
import type { FastifyInstance } from 'fastify';
import { dfeOverview, type CouncilOverview } from '../../intervention/overview.ts';
import { SUB_JUDGMENTS, SUB_JUDGMENT_LABELS } from '../../domain/intervention/judgments.ts';
import { directionTag, judgmentTag, obligationTag, verdictTag } from './present.ts';
import { todayInEngland } from './support.ts';

/** How many of a council's overdue obligations are listed by name (the most recently due first). */
const OVERDUE_LISTED = 5;

export function overviewOf(c: CouncilOverview, today: string) {
  const i = c.latestInspection;
  return {
    ...c,
    base: `/c/${c.laCode}`,
    overallTag: judgmentTag(i?.overall),
    judgments: i ? SUB_JUDGMENTS.map((s) => ({ label: SUB_JUDGMENT_LABELS[s], tag: judgmentTag(i[s]) })) : [],
    directionTag: c.direction ? directionTag(c.direction.status) : null,
    next: c.nextObligation ? { ...c.nextObligation, tag: obligationTag(c.nextObligation, today) } : null,
    overdueCount: c.overdue.length,
    recentOverdue: [...c.overdue].reverse().slice(0, OVERDUE_LISTED).map((o) => ({ ...o, tag: obligationTag(o, today) })),
    reviewTag: c.latestReview ? verdictTag(c.latestReview.overall) : null,
  };
}

export async function overviewRoutes(app: FastifyInstance) {
  app.navigation.add({ label: 'Overview', order: 5, permission: 'overview.read', href: () => '/dfe/overview', prefix: () => '/dfe/overview' });

  app.get('/dfe/overview', { config: { access: 'overview.read' } }, async (request, reply) => {
    const today = todayInEngland();
    const councils = await dfeOverview(app.db, request.user!.councils, today);
    return reply.page('intervention/overview.njk', {
      title: 'Councils under intervention', today, councils: councils.map((c) => overviewOf(c, today)),
    });
  });
}
