// Inspections: the register's list of judgments, one inspection beside the previous one (the seeds:
// "a significant decline in performance since your last Ofsted inspection in 2012"), with its
// numbered recommendations, its monitoring visits and the Directions that followed it.
import type { FastifyInstance } from 'fastify';
import {
  createInspection, getInspection, listInspections, listRecommendations, updateInspection, type Inspection,
} from '../../intervention/inspections.ts';
import { listDirections } from '../../intervention/directions.ts';
import { listMonitoringVisits } from '../../intervention/monitoring.ts';
import { JUDGMENTS, JUDGMENT_LABELS, SUB_JUDGMENTS, SUB_JUDGMENT_LABELS } from '../../domain/intervention/judgments.ts';
import { actorOf } from '../access.ts';
import { formatDate } from '../views.ts';
import { labelled, valuesOf, withNone, type FieldSpec } from './form.ts';
import { directionTag, judgmentTag, period } from './present.ts';
import { EDIT_PAGE, READ, editPost, idParam, noticeOf, notFound, pageContext, saveForm, showForm, type FormPage, type PageContext } from './support.ts';

type P = { Params: { la: string; id?: string } };

/** "Inspection published 7 April 2017", or "2012 inspection" when the date is not recorded. */
export function inspectionName(i: Pick<Inspection, 'year' | 'publishedOn'>): string {
  return i.publishedOn ? `Inspection published ${formatDate(i.publishedOn)}` : `${i.year} inspection`;
}

function inspectionFields(others: Inspection[]): FieldSpec[] {
  const judgments = withNone('Not recorded', labelled(JUDGMENT_LABELS, JUDGMENTS));
  return [
    { kind: 'text', name: 'framework', label: 'Framework', width: 10,
      hint: 'For example, SIF (the single inspection framework, 2013 to 2018) or ILACS' },
    { kind: 'date', name: 'fieldworkStart', label: 'Fieldwork start date', hint: 'For example, 24 1 2017' },
    { kind: 'date', name: 'fieldworkEnd', label: 'Fieldwork end date', hint: 'For example, 16 2 2017' },
    { kind: 'date', name: 'publishedOn', label: 'Published date', hint: 'The day the report was published. For example, 7 4 2017' },
    { kind: 'text', name: 'year', label: 'Year of the inspection', width: 4, numeric: true,
      hint: 'Only needed when the fieldwork dates are not known' },
    { kind: 'select', name: 'overall', label: 'Overall effectiveness', options: judgments },
    ...SUB_JUDGMENTS.map((s): FieldSpec => ({ kind: 'select', name: s, label: SUB_JUDGMENT_LABELS[s], options: judgments })),
    { kind: 'select', name: 'previousInspectionId', label: 'Previous inspection, for comparison',
      options: withNone('None', others.map((i) => ({ value: String(i.id), text: inspectionName(i) }))) },
    { kind: 'textarea', name: 'note', label: 'Note', hint: 'Where the facts come from, and what the sources do not give' },
  ];
}

export async function inspectionRoutes(app: FastifyInstance) {
  const formPage = async (ctx: PageContext, inspection: Inspection | null): Promise<FormPage> => {
    const others = (await listInspections(app.db, ctx.la)).filter((i) => i.id !== inspection?.id);
    const at = inspection ? `${ctx.base}/register/inspections/${inspection.id}` : `${ctx.base}/register`;
    return {
      title: inspection ? `Change the ${inspectionName(inspection).toLowerCase()}` : 'Add an inspection',
      caption: ctx.councilName,
      back: { href: at, text: inspection ? 'Back to the inspection' : 'Back to the register' },
      action: inspection ? at : `${ctx.base}/register/inspections`,
      submit: inspection ? 'Save the changes' : 'Add the inspection',
      fields: inspectionFields(others),
    };
  };

  app.get<P>('/c/:la/register/inspections/new', EDIT_PAGE, async (request, reply) => {
    const ctx = await pageContext(app, request);
    const page = await formPage(ctx, null);
    return showForm(reply, ctx, page, valuesOf(page.fields, null));
  });

  app.post<P>('/c/:la/register/inspections', editPost(app), async (request, reply) => {
    const ctx = await pageContext(app, request);
    return saveForm(request, reply, ctx, await formPage(ctx, null),
      (input) => app.db.transaction((tx) => createInspection(tx, actorOf(request), ctx.la, input)),
      (saved) => `${ctx.base}/register/inspections/${saved.id}?done=added`);
  });

  app.get<P>('/c/:la/register/inspections/:id', READ, async (request, reply) => {
    const ctx = await pageContext(app, request);
    const inspection = await getInspection(app.db, ctx.la, idParam(request));
    if (!inspection) return notFound(reply);
    const [previous, recommendations, visits, directions] = await Promise.all([
      inspection.previousInspectionId ? getInspection(app.db, ctx.la, inspection.previousInspectionId) : null,
      listRecommendations(app.db, ctx.la, inspection.id),
      listMonitoringVisits(app.db, ctx.la, inspection.id),
      listDirections(app.db, ctx.la),
    ]);
    const judgments = [
      { label: 'Overall effectiveness', key: 'overall' as const },
      ...SUB_JUDGMENTS.map((s) => ({ label: SUB_JUDGMENT_LABELS[s], key: s })),
    ].map((j) => ({ label: j.label, current: judgmentTag(inspection[j.key]), previous: previous ? judgmentTag(previous[j.key]) : null }));
    return reply.page('intervention/inspection.njk', {
      ...ctx, title: inspectionName(inspection), inspection, previous, previousName: previous ? inspectionName(previous) : null,
      fieldwork: period(inspection.fieldworkStart, inspection.fieldworkEnd), judgments, recommendations,
      visits: visits.map((v) => ({ ...v, dates: period(v.visitStart, v.visitEnd) })),
      directions: directions.filter((d) => d.inspectionId === inspection.id).map((d) => ({ ...d, tag: directionTag(d.status) })),
      notice: noticeOf(request, {
        added: 'Inspection added.', changed: 'Your changes have been saved.', removed: 'The recommendation has been removed.',
        recommendation: 'The recommendation has been changed.',
      }),
      addedCount: (() => {
        const n = Number((request.query as Record<string, string>).added);
        return Number.isInteger(n) && n > 0 && n < 1000 ? n : null;
      })(),
    });
  });

  app.get<P>('/c/:la/register/inspections/:id/edit', EDIT_PAGE, async (request, reply) => {
    const ctx = await pageContext(app, request);
    const inspection = await getInspection(app.db, ctx.la, idParam(request));
    if (!inspection) return notFound(reply);
    const page = await formPage(ctx, inspection);
    return showForm(reply, ctx, page, valuesOf(page.fields, { ...inspection }));
  });

  app.post<P>('/c/:la/register/inspections/:id', editPost(app), async (request, reply) => {
    const ctx = await pageContext(app, request);
    const inspection = await getInspection(app.db, ctx.la, idParam(request));
    if (!inspection) return notFound(reply);
    return saveForm(request, reply, ctx, await formPage(ctx, inspection),
      (input) => app.db.transaction((tx) => updateInspection(tx, actorOf(request), ctx.la, inspection.id, input)),
      () => `${ctx.base}/register/inspections/${inspection.id}?done=changed`);
  });
}
