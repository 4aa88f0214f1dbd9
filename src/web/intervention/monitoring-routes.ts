// Ofsted monitoring visits: number, dates, inspectors, focus, the letter (text and date), and the
// findings recorded from it as strengths or areas for improvement.
import type { FastifyInstance } from 'fastify';
import {
  createMonitoringVisit, getMonitoringVisit, listFindings, updateMonitoringVisit, type MonitoringVisit,
} from '../../intervention/monitoring.ts';
import { getInspection, listInspections } from '../../intervention/inspections.ts';
import { actorOf } from '../access.ts';
import { valuesOf, type FieldSpec } from './form.ts';
import { inspectionName } from './inspection-routes.ts';
import { findingTag, period } from './present.ts';
import { EDIT_PAGE, READ, editPost, idParam, noticeOf, notFound, pageContext, saveForm, showForm, type FormPage, type PageContext } from './support.ts';

type P = { Params: { la: string; id?: string } };

export async function visitFields(app: FastifyInstance, la: string): Promise<FieldSpec[]> {
  const inspections = await listInspections(app.db, la);
  // Visits monitor an inadequate judgment: those are offered first.
  const ordered = [...inspections.filter((i) => i.overall === 'inadequate'), ...inspections.filter((i) => i.overall !== 'inadequate')];
  return [
    { kind: 'select', name: 'inspectionId', label: 'The judgment being monitored',
      options: [{ value: '', text: 'Select the inspection' }, ...ordered.map((i) => ({ value: String(i.id), text: inspectionName(i) }))] },
    { kind: 'text', name: 'number', label: 'Visit number', width: 3, numeric: true, hint: 'For example, 5 for the fifth monitoring visit' },
    { kind: 'date', name: 'visitStart', label: 'First day of the visit', hint: 'For example, 11 12 2018' },
    { kind: 'date', name: 'visitEnd', label: 'Last day of the visit', hint: 'For example, 12 12 2018' },
    { kind: 'text', name: 'inspectors', label: 'Inspectors', hint: 'Names, separated by semicolons' },
    { kind: 'textarea', name: 'focus', label: 'Focus of the visit' },
    { kind: 'date', name: 'letterDate', label: 'Date of the letter', hint: 'For example, 17 1 2019' },
    { kind: 'textarea', name: 'letterText', label: 'Text of the letter', rows: 12, hint: 'Paste the published letter. Its findings can then be split out and classified.' },
  ];
}

export async function monitoringRoutes(app: FastifyInstance) {
  const formPage = async (ctx: PageContext, v: MonitoringVisit | null): Promise<FormPage> => {
    const at = v ? `${ctx.base}/register/visits/${v.id}` : `${ctx.base}/register#visits`;
    return {
      title: v ? `Change monitoring visit ${v.number}` : 'Add a monitoring visit', caption: ctx.councilName,
      back: { href: at, text: v ? 'Back to the visit' : 'Back to the register' },
      action: v ? `${ctx.base}/register/visits/${v.id}` : `${ctx.base}/register/visits`,
      submit: v ? 'Save the changes' : 'Add the visit',
      fields: await visitFields(app, ctx.la),
    };
  };

  app.get<P>('/c/:la/register/visits/new', EDIT_PAGE, async (request, reply) => {
    const ctx = await pageContext(app, request);
    const page = await formPage(ctx, null);
    return showForm(reply, ctx, page, valuesOf(page.fields, null));
  });

  app.post<P>('/c/:la/register/visits', editPost(app), async (request, reply) => {
    const ctx = await pageContext(app, request);
    return saveForm(request, reply, ctx, await formPage(ctx, null),
      (input) => app.db.transaction((tx) => createMonitoringVisit(tx, actorOf(request), ctx.la, input)),
      (saved) => `${ctx.base}/register/visits/${saved.id}?done=added`);
  });

  app.get<P>('/c/:la/register/visits/:id', READ, async (request, reply) => {
    const ctx = await pageContext(app, request);
    const visit = await getMonitoringVisit(app.db, ctx.la, idParam(request));
    if (!visit) return notFound(reply);
    const [inspection, findings] = await Promise.all([getInspection(app.db, ctx.la, visit.inspectionId), listFindings(app.db, ctx.la, visit.id)]);
    const shown = findings.map((f) => ({ ...f, tag: findingTag(f.kind) }));
    const added = Number((request.query as Record<string, string>).added);
    return reply.page('intervention/visit.njk', {
      ...ctx, title: `Monitoring visit ${visit.number}`, visit, dates: period(visit.visitStart, visit.visitEnd),
      inspection, inspectionName: inspection ? inspectionName(inspection) : null,
      strengths: shown.filter((f) => f.kind === 'strength'), improvements: shown.filter((f) => f.kind === 'area_for_improvement'),
      findingCount: findings.length,
      notice: noticeOf(request, { added: 'Monitoring visit added.', changed: 'Your changes have been saved.',
        finding: 'The finding has been saved.', removed: 'The finding has been removed.' }),
      addedCount: Number.isInteger(added) && added > 0 && added < 10_000 ? added : null,
    });
  });

  app.get<P>('/c/:la/register/visits/:id/edit', EDIT_PAGE, async (request, reply) => {
    const ctx = await pageContext(app, request);
    const visit = await getMonitoringVisit(app.db, ctx.la, idParam(request));
    if (!visit) return notFound(reply);
    const page = await formPage(ctx, visit);
    return showForm(reply, ctx, page, valuesOf(page.fields, { ...visit }));
  });

  app.post<P>('/c/:la/register/visits/:id', editPost(app), async (request, reply) => {
    const ctx = await pageContext(app, request);
    const visit = await getMonitoringVisit(app.db, ctx.la, idParam(request));
    if (!visit) return notFound(reply);
    return saveForm(request, reply, ctx, await formPage(ctx, visit),
      (input) => app.db.transaction((tx) => updateMonitoringVisit(tx, actorOf(request), ctx.la, visit.id, input)),
      () => `${ctx.base}/register/visits/${visit.id}?done=changed`);
  });
}
