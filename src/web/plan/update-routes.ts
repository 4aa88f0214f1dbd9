// Progress updates: a dated account of what happened, the status it reports, and evidence (a file, a
// link, or both) that may be marked as showing that practice or outcomes changed. An action owner may
// update only the actions they own.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { getActionRecord } from '../../plan/actions-repository.ts';
import { addUpdate } from '../../plan/updates-repository.ts';
import { ACCEPTED_EXTENSIONS, ACCEPTED_IN_WORDS, MAX_EVIDENCE_BYTES } from '../../domain/plan/evidence-files.ts';
import { ACTION_STATUSES, ACTION_STATUS_HINTS, ACTION_STATUS_LABELS } from '../../domain/plan/status.ts';
import { parseDateParts } from '../../domain/plan/fields.ts';
import type { ActionRecord } from '../../plan/read-model.ts';
import { actorOf } from '../access.ts';
import { formErrors } from '../forms.ts';
import { planPage } from './page.ts';
import { readMultipartForm } from './multipart-form.ts';
import { assertMayUpdate, dateBoxes, numericId, todayInEngland } from './support.ts';

type P = { Params: { la: string; id: string } };
const update = { config: { access: 'plan.update' as const } };

export async function updateRoutes(app: FastifyInstance) {
  const show = async (request: FastifyRequest<P>, reply: FastifyReply, a: ActionRecord, values: Record<string, any>, errors: unknown = null) => {
    const statuses = ACTION_STATUSES.map((s) => ({ value: s, text: ACTION_STATUS_LABELS[s], hint: { text: ACTION_STATUS_HINTS[s] }, checked: values.status === s }));
    return reply.page('plan/update-form.njk', { ...(await planPage(app, request, 'journey')), title: `Add a progress update to action ${a.ref}`, a, values,
      errors, statuses, accepted: ACCEPTED_EXTENSIONS, acceptedWords: ACCEPTED_IN_WORDS });
  };

  app.get<P>('/c/:la/plan/actions/:id/updates/new', update, async (request, reply) => {
    const a = await getActionRecord(app.db, request.params.la, numericId(request.params.id));
    if (!a) return reply.code(404).page('views/errors/404.njk');
    assertMayUpdate(request.user!, a);
    return show(request, reply, a, { updateOn: dateBoxes(todayInEngland()) });
  });

  app.post<P>('/c/:la/plan/actions/:id/updates', update, async (request, reply) => {
    const { la } = request.params;
    const a = await getActionRecord(app.db, la, numericId(request.params.id));
    if (!a) return reply.code(404).page('views/errors/404.njk');
    assertMayUpdate(request.user!, a);
    const form = await readMultipartForm(request, MAX_EVIDENCE_BYTES);
    const f = form.fields;
    const updateOn = parseDateParts(f['updateOn-day'] ?? '', f['updateOn-month'] ?? '', f['updateOn-year'] ?? '');
    const saved = await app.db.transaction((tx) => addUpdate(tx, actorOf(request), la, a.id, {
      updateOn, status: f.status ?? '', summary: f.summary ?? '', file: form.file, fileTooLarge: form.fileTooLarge,
      link: f.link ?? '', evidenceTitle: f.evidenceTitle ?? '', showsImpact: f.showsImpact === 'yes' }, todayInEngland()));
    if (saved.ok) return reply.redirect(`/c/${la}/plan/actions/${a.id}?updated=1`, 303);
    reply.code(400);
    return show(request, reply, a, { ...f, updateOn: { day: f['updateOn-day'] ?? '', month: f['updateOn-month'] ?? '', year: f['updateOn-year'] ?? '' } },
      formErrors(saved.errors, { updateOn: 'updateOn-day', status: 'status' }));
  });
}
