// The intervention register's front page: the council's inspections with their judgments, its
// Directions and their status, and Ofsted's monitoring visits.
import type { FastifyInstance } from 'fastify';
import { listInspections } from '../../intervention/inspections.ts';
import { listDirections } from '../../intervention/directions.ts';
import { listFindings, listMonitoringVisits } from '../../intervention/monitoring.ts';
import { inspectionName } from './inspection-routes.ts';
import { directionTag, judgmentTag, period } from './present.ts';
import { READ, pageContext } from './support.ts';

type P = { Params: { la: string } };

export async function registerRoutes(app: FastifyInstance) {
  app.get<P>('/c/:la/register', READ, async (request, reply) => {
    const ctx = await pageContext(app, request);
    const [inspections, directions, visits] = await Promise.all([
      listInspections(app.db, ctx.la), listDirections(app.db, ctx.la), listMonitoringVisits(app.db, ctx.la),
    ]);
    const findingCounts = await Promise.all(visits.map(async (v) => {
      const findings = await listFindings(app.db, ctx.la, v.id);
      return { strengths: findings.filter((f) => f.kind === 'strength').length, improvements: findings.filter((f) => f.kind !== 'strength').length };
    }));
    return reply.page('intervention/register.njk', {
      ...ctx, title: 'Intervention register', section: 'register',
      inspections: inspections.map((i) => ({ ...i, name: inspectionName(i), overallTag: judgmentTag(i.overall),
        fieldwork: period(i.fieldworkStart, i.fieldworkEnd) })),
      directions: directions.map((d) => ({ ...d, tag: directionTag(d.status) })),
      visits: visits.map((v, n) => ({ ...v, dates: period(v.visitStart, v.visitEnd), ...findingCounts[n] })),
    });
  });
}
