// A monitoring letter's findings: the letter's text is pasted (or the stored letter used), split into
// sentences of its Findings section, and each is classified by the user as a strength, an area for
// improvement or left out, then all are saved or none. The suggested kind is shown, never chosen for
// the user. Each saved finding can then be reworded, reclassified or removed.
import type { FastifyInstance, FastifyReply } from 'fastify';
import {
  createFindings, deleteFinding, getFinding, getMonitoringVisit, listFindings, updateFinding, type MonitoringVisit,
} from '../../intervention/monitoring.ts';
import { splitLetterFindings } from '../../domain/intervention/split-letter-findings.ts';
import { FINDING_KINDS, FINDING_KIND_LABELS } from '../../domain/intervention/monitoring.ts';
import type { FieldError } from '../../intervention/result.ts';
import { actorOf } from '../access.ts';
import { field, formErrors } from '../forms.ts';
import { labelled, valuesOf, type FieldSpec } from './form.ts';
import { EDIT_PAGE, editPost, idParam, notFound, pageContext, saveForm, showForm, type PageContext } from './support.ts';

type P = { Params: { la: string; id?: string } };

const MAX_ITEMS = 400;
const OMIT = 'omit';

interface Candidate {
  text: string;
  kind: string;
  suggested: string;
  where: string;
}

const findingFields: FieldSpec[] = [
  { kind: 'radios', name: 'kind', label: 'Kind of finding', options: labelled(FINDING_KIND_LABELS, FINDING_KINDS), inline: true },
  { kind: 'textarea', name: 'text', label: 'Finding', rows: 4 },
  { kind: 'text', name: 'position', label: 'Position in the letter', width: 3, numeric: true, hint: '1 for the first finding' },
];

export async function findingRoutes(app: FastifyInstance) {
  const visitHref = (ctx: PageContext, v: { id: number }) => `${ctx.base}/register/visits/${v.id}`;

  const pastePage = (reply: FastifyReply, ctx: PageContext, visit: MonitoringVisit, letter: string, errors: FieldError[] = []) =>
    reply.code(errors.length ? 400 : 200).page('intervention/findings-paste.njk', {
      ...ctx, title: 'Add findings from the letter', visit, letter, back: visitHref(ctx, visit), errors: formErrors(errors),
    });

  const confirmPage = async (reply: FastifyReply, ctx: PageContext, visit: MonitoringVisit, items: Candidate[], errors: FieldError[] = []) => {
    const existing = (await listFindings(app.db, ctx.la, visit.id)).length;
    return reply.code(errors.length ? 400 : 200).page('intervention/findings-confirm.njk', {
      ...ctx, title: 'Classify the findings', visit, items, existing, back: `${visitHref(ctx, visit)}/findings/paste`,
      kinds: [...labelled(FINDING_KIND_LABELS, FINDING_KINDS), { value: OMIT, text: 'Leave out: not a finding' }],
      suggestedLabels: FINDING_KIND_LABELS, errors: formErrors(errors),
    });
  };

  const visitOf = (ctx: PageContext, id: number) => getMonitoringVisit(app.db, ctx.la, id);

  app.get<P>('/c/:la/register/visits/:id/findings/paste', EDIT_PAGE, async (request, reply) => {
    const ctx = await pageContext(app, request);
    const visit = await visitOf(ctx, idParam(request));
    if (!visit) return notFound(reply);
    return pastePage(reply, ctx, visit, visit.letterText ?? '');
  });

  app.post<P>('/c/:la/register/visits/:id/findings/split', editPost(app), async (request, reply) => {
    const ctx = await pageContext(app, request);
    const visit = await visitOf(ctx, idParam(request));
    if (!visit) return notFound(reply);
    const letter = field(request.body, 'letter');
    if (!letter) return pastePage(reply, ctx, visit, letter, [{ field: 'letter', message: 'Paste the text of the letter' }]);
    const candidates = splitLetterFindings(letter);
    if (!candidates.length) {
      return pastePage(reply, ctx, visit, letter, [{ field: 'letter', message: 'Uplift found no sentences to classify: paste the letter with its Findings section' }]);
    }
    if (candidates.length > MAX_ITEMS) {
      return pastePage(reply, ctx, visit, letter, [{ field: 'letter', message: `The letter splits into more than ${MAX_ITEMS} sentences: paste one letter at a time` }]);
    }
    return confirmPage(reply, ctx, visit, candidates.map((c) => ({
      text: c.text, kind: '', suggested: c.suggestedKind, where: `paragraph ${c.paragraph}, sentence ${c.sentence}`,
    })));
  });

  app.post<P>('/c/:la/register/visits/:id/findings', editPost(app), async (request, reply) => {
    const ctx = await pageContext(app, request);
    const visit = await visitOf(ctx, idParam(request));
    if (!visit) return notFound(reply);
    const body = request.body;
    const count = Math.min(MAX_ITEMS, Math.max(0, Number.parseInt(field(body, 'count'), 10) || 0));
    const items: Candidate[] = Array.from({ length: count }, (_, i) => ({
      text: field(body, `text-${i}`), kind: field(body, `kind-${i}`),
      suggested: (FINDING_KINDS as readonly string[]).includes(field(body, `suggested-${i}`)) ? field(body, `suggested-${i}`) : '',
      where: field(body, `where-${i}`).slice(0, 60),
    }));
    // Left out: not saved. Unclassified: sent with no kind, so the repository refuses it against its radios.
    const chosen = items.map((item, i) => ({ item, i })).filter((x) => x.item.kind !== OMIT);
    const result = await app.db.transaction((tx) => createFindings(tx, actorOf(request), ctx.la, visit.id,
      chosen.map(({ item }) => ({ kind: item.kind, text: item.text }))));
    if (result.ok) return reply.redirect(`${visitHref(ctx, visit)}?added=${result.value.length}#findings`, 303);
    const errors = result.errors.map((e): FieldError => {
      const m = /^items\.(\d+)\.(kind|text)$/.exec(e.field);
      if (m) {
        const at = chosen[Number(m[1])]?.i ?? 0;
        const message = m[2] === 'kind' ? 'Select whether it is a strength, an area for improvement, or leave it out' : e.message;
        return { field: `${m[2]}-${at}`, message: `Finding ${at + 1}: ${message}` };
      }
      if (e.field === 'items') return { field: 'kind-0', message: 'Classify at least one sentence as a finding' };
      return { field: 'kind-0', message: e.message };
    });
    return confirmPage(reply, ctx, visit, items, errors);
  });

  // ——— One finding ———

  const editPage = (ctx: PageContext, f: { id: number; visitId: number; position: number }, linkedActions = 0) => ({
    title: `Change finding ${f.position}`, caption: ctx.councilName,
    warning: linkedActions ? `${linkedActions} ${linkedActions === 1 ? 'action' : 'actions'} in the improvement plan answer this finding: ` +
      'removing it also removes those links.' : undefined,
    back: { href: `${ctx.base}/register/visits/${f.visitId}#findings`, text: 'Back to the visit' },
    action: `${ctx.base}/register/findings/${f.id}`, submit: 'Save the finding', fields: findingFields,
    removeAction: `${ctx.base}/register/findings/${f.id}/remove`, removeText: 'Remove the finding',
  });

  app.get<P>('/c/:la/register/findings/:id/edit', EDIT_PAGE, async (request, reply) => {
    const ctx = await pageContext(app, request);
    const f = await getFinding(app.db, ctx.la, idParam(request));
    if (!f) return notFound(reply);
    // The plan links its actions to findings; removing one takes its links with it (005_plan.sql).
    const [{ n }] = await app.db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM plan_action_findings WHERE la_code = $1 AND finding_id = $2', [ctx.la, f.id]);
    return showForm(reply, ctx, editPage(ctx, f, n), valuesOf(findingFields, { ...f }));
  });

  app.post<P>('/c/:la/register/findings/:id', editPost(app), async (request, reply) => {
    const ctx = await pageContext(app, request);
    const f = await getFinding(app.db, ctx.la, idParam(request));
    if (!f) return notFound(reply);
    return saveForm(request, reply, ctx, editPage(ctx, f),
      (input) => app.db.transaction((tx) => updateFinding(tx, actorOf(request), ctx.la, f.id, input)),
      () => `${ctx.base}/register/visits/${f.visitId}?done=finding#findings`);
  });

  app.post<P>('/c/:la/register/findings/:id/remove', editPost(app), async (request, reply) => {
    const ctx = await pageContext(app, request);
    const f = await getFinding(app.db, ctx.la, idParam(request));
    if (!f) return notFound(reply);
    await app.db.transaction((tx) => deleteFinding(tx, actorOf(request), ctx.la, f.id));
    return reply.redirect(`${ctx.base}/register/visits/${f.visitId}?done=removed#findings`, 303);
  });
}
