// The statutory calendar, the Adviser's reviews, the DfE overview and the home panels through their
// routes, on every database engine: the seeds' two checks on the calendar page, obligations marked
// as met and unmarked, reviews recorded by the Adviser only (and never dated before the Direction),
// the overview limited to the official's councils, and each role's home page.
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { testDatabases } from '../helpers/databases.ts';
import { Client, testApp } from '../helpers/web.ts';
import type { Database } from '../../src/db/database.ts';
import { loadDemo } from '../../src/demo/load-demo.ts';
import { DEMO_PASSWORD } from '../../src/demo/demo-accounts.ts';
import { upsertCouncil } from '../../src/councils/councils-repository.ts';
import { createUser } from '../../src/users/users-repository.ts';
import { SYSTEM } from '../../src/audit/audit.ts';
import { seedIntervention } from '../../src/demo/intervention-seed.ts';
import { councilCalendar } from '../../src/intervention/calendar.ts';
import { todayInEngland } from '../../src/web/today.ts';

const text = (html: string) => html.replace(/<script[\s\S]*?<\/script>/g, ' ').replace(/<[^>]+>/g, ' ').replace(/&#39;/g, "'")
  .replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/\s+/g, ' ');
const dateFields = (name: string, iso: string) => ({
  [`${name}-day`]: String(Number(iso.slice(8))), [`${name}-month`]: String(Number(iso.slice(5, 7))), [`${name}-year`]: iso.slice(0, 4),
});
const noDate = (name: string) => ({ [`${name}-day`]: '', [`${name}-month`]: '', [`${name}-year`]: '' });
const fieldError = (html: string, id: string) => {
  const m = new RegExp(`<p id="${id}-error" class="govuk-error-message">([\\s\\S]*?)</p>`).exec(html);
  return m ? text(m[1]).replace('Error:', '').trim() : null;
};
/** The table row (as text) that names an obligation. */
const rowOf = (html: string, title: string) => {
  const row = html.split('<tr class="govuk-table__row">').find((r) => text(r).includes(title));
  return row ?? '';
};

for (const target of testDatabases()) {
  describe(`${target.name}: the statutory calendar, reviews and overview`, () => {
    let db: Database;
    let app: FastifyInstance;
    let direction = 0;
    let visit = 0;
    const as = async (email: string, password = DEMO_PASSWORD) => {
      const c = new Client(app);
      await c.signIn(email.includes('@') ? email : `${email}@uplift.demo`, password);
      return c;
    };

    before(async () => {
      db = await target.open();
      await loadDemo(db);
      await upsertCouncil(db, { laCode: '212', name: 'Other Borough (test)' });
      await db.transaction((tx) => seedIntervention(tx, '212'));
      await upsertCouncil(db, { laCode: '213', name: 'Granted Borough (test)' });
      await createUser(db, SYSTEM, { email: 'dfe@other.test', name: 'Second Official', role: 'dfe_official', password: 'other-password-123', councils: ['211', '213'] });
      app = await testApp(db);
      [{ direction, visit }] = await db.query<{ direction: number; visit: number }>(
        `SELECT (SELECT id FROM directions WHERE la_code = '211') AS direction, (SELECT id FROM monitoring_visits WHERE la_code = '211') AS visit`);
    });
    after(async () => {
      await app.close();
      await db.close();
    });

    test('the calendar shows the seeds\' two checks: end of June 2017 for the draft, February 2018 for the issued Direction', async () => {
      const c = await as('member');
      const res = await c.get('/c/211/calendar');
      assert.equal(res.statusCode, 200);
      const t = text(res.body);
      assert.match(t, /As drafted on 7 April 2017 Provisional 30 June 2017 30 September 2017/);
      assert.match(t, /As issued on 15 September 2017 Illustrative 30 November 2017 28 February 2018/);
      assert.match(t, /28 February 2018 Intervention Adviser's six-monthly review \(1st\) Direction 5f; Adviser terms of reference\. Within 6 months of the Direction dated 15 September 2017\. Strict legal deadline: 15 March 2018\. Overdue/);
      assert.match(t, /30 November 2017 Chair's quarterly report to the Secretary of State \(1st\)/);
      assert.match(t, /27 April 2017 Tower Hamlets Children's Services Improvement Board meeting \(1st\) Illustrative/);
      assert.match(t, /30 April 2019 Ofsted judgment good/);
      assert.doesNotMatch(res.body, /Mark as met/, 'a board member cannot mark obligations met');
    });

    test('as at 31 January 2019 the fifth visit is done, linked to the visit; the filter and a wrong date behave', async () => {
      const c = await as('inspector');
      const res = await c.get('/c/211/calendar?asAt=2019-01-31');
      assert.equal(res.statusCode, 200);
      const t = text(res.body);
      assert.match(t, /As at 31 January 2019 Overdue/);
      assert.match(t, /Next: Chair's quarterly report to the Secretary of State \(6th\) , due by 28 February 2019\./);
      const row = rowOf(res.body, 'Ofsted monitoring visit (5th)');
      assert.match(text(row), /Ofsted monitoring visit \(5th\) .* Done 12 December 2018 \(late\): Monitoring visit 5 \(2018-12-11 to 2018-12-12\)/);
      assert.match(row, new RegExp(`href="/c/211/register/visits/${visit}"`));
      assert.match(text(rowOf(res.body, 'Ofsted judgment good')), /Due/);

      const done = await c.get('/c/211/calendar?asAt=2019-01-31&show=done');
      const doneRows = [...done.body.matchAll(/<strong class="govuk-tag govuk-tag--(\w+)">\s*(\w[\w ]*?)\s*<\/strong>/g)]
        .map((m) => m[2]).filter((s) => ['Done', 'Overdue', 'Due', 'Due soon'].includes(s));
      // The page's counts line has one tag of each; every row tag after it is Done.
      assert.ok(doneRows.filter((s) => s === 'Done').length >= 2);
      assert.equal(doneRows.filter((s) => s === 'Overdue').length, 1, 'only the summary line says Overdue');

      const wrong = await c.get('/c/211/calendar?asAt-day=31&asAt-month=2&asAt-year=2019');
      assert.equal(wrong.statusCode, 400);
      assert.equal(fieldError(wrong.body, 'asAt'), 'Date must be a real date, such as 31 1 2019');
    });

    test('an officer marks an obligation as met, changes it and removes it; a board member cannot', async () => {
      const key = `direction:${direction}:chair-report:1`;
      const member = await as('member');
      assert.equal((await member.get(`/c/211/calendar/fulfilments/new?key=${encodeURIComponent(key)}`)).statusCode, 403);
      assert.equal((await member.post('/c/211/calendar/fulfilments', { obligationKey: key, ...dateFields('fulfilledOn', '2017-11-28') })).statusCode, 403);

      const c = await as('officer');
      const formUrl = `/c/211/calendar/fulfilments/new?key=${encodeURIComponent(key)}`;
      const form = await c.get(formUrl);
      assert.equal(form.statusCode, 200);
      assert.match(text(form.body), /Chair's quarterly report to the Secretary of State \(1st\), due by 30 November 2017/);
      assert.equal((await c.get('/c/211/calendar/fulfilments/new?key=board%3Ameeting%3A9999')).statusCode, 404);
      assert.equal((await c.get('/c/211/calendar/fulfilments/new?key=nonsense')).statusCode, 404);

      const blank = await c.post('/c/211/calendar/fulfilments', { obligationKey: key, ...noDate('fulfilledOn'), reference: '' }, { tokenFrom: formUrl });
      assert.equal(blank.statusCode, 400);
      assert.equal(fieldError(blank.body, 'fulfilledOn'), 'Enter the date it was met');
      assert.equal((await db.query('SELECT 1 FROM obligation_fulfilments WHERE la_code = \'211\'')).length, 0);

      const saved = await c.post('/c/211/calendar/fulfilments', { obligationKey: key, ...dateFields('fulfilledOn', '2017-11-28'),
        reference: 'Chair\'s report of 28 November 2017', note: '' }, { tokenFrom: formUrl });
      assert.equal(saved.statusCode, 303);
      let page = await c.get('/c/211/calendar?asAt=2019-01-31');
      let row = rowOf(page.body, "Chair's quarterly report to the Secretary of State (1st)");
      assert.match(text(row), /Done 28 November 2017: Chair's report of 28 November 2017/);
      const [f] = await db.query<{ id: number }>('SELECT id FROM obligation_fulfilments WHERE la_code = \'211\' AND obligation_key = $1', [key]);
      assert.match(row, new RegExp(`/c/211/calendar/fulfilments/${f.id}/edit`));
      const [audit] = await db.query<{ action: string; user_label: string }>(
        `SELECT action, user_label FROM audit_log WHERE entity = 'obligation_fulfilments' ORDER BY id DESC LIMIT 1`);
      assert.deepEqual(audit, { action: 'create', user_label: 'Priya Shah (demo)' });

      const again = await c.post('/c/211/calendar/fulfilments', { obligationKey: key, ...dateFields('fulfilledOn', '2017-11-29') }, { tokenFrom: formUrl });
      assert.equal(again.statusCode, 400);
      assert.match(text(again.body), /This obligation is already marked as met: change that record instead/);

      const edit = `/c/211/calendar/fulfilments/${f.id}/edit`;
      const late = await c.post(`/c/211/calendar/fulfilments/${f.id}`, { ...dateFields('fulfilledOn', '2017-12-05'), reference: 'Sent late', note: '' }, { tokenFrom: edit });
      assert.equal(late.statusCode, 303);
      page = await c.get('/c/211/calendar?asAt=2019-01-31');
      assert.match(text(rowOf(page.body, "Chair's quarterly report to the Secretary of State (1st)")), /Done 5 December 2017 \(late\): Sent late/);

      const removed = await c.post(`/c/211/calendar/fulfilments/${f.id}/remove`, {}, { tokenFrom: edit });
      assert.equal(removed.statusCode, 303);
      page = await c.get('/c/211/calendar?asAt=2019-01-31');
      row = rowOf(page.body, "Chair's quarterly report to the Secretary of State (1st)");
      assert.match(text(row), /Overdue/);
    });

    test('the board\'s schedule and the council\'s targets are changed with their dates checked', async () => {
      const c = await as('admin');
      const before = await db.query('SELECT * FROM board_schedule WHERE la_code = \'211\'');
      const board = { boardName: 'Tower Hamlets Children\'s Services Improvement Board', chair: '', frequencyDays: '0',
        ...dateFields('firstMeetingOn', '2017-04-27'), firstMeetingIllustrative: 'on', ...noDate('endedOn'), note: '' };
      const bad = await c.post('/c/211/calendar/board', board, { tokenFrom: '/c/211/calendar/board/edit' });
      assert.equal(bad.statusCode, 400);
      assert.equal(fieldError(bad.body, 'frequencyDays'), 'Number of days between meetings must be 1 or more');
      const ended = await c.post('/c/211/calendar/board', { ...board, frequencyDays: '42', ...dateFields('endedOn', '2017-01-01') }, { tokenFrom: '/c/211/calendar/board/edit' });
      assert.equal(ended.statusCode, 400);
      assert.equal(fieldError(ended.body, 'endedOn'), 'Date the board ended must be the same as or after the first meeting');
      assert.deepEqual(await db.query('SELECT * FROM board_schedule WHERE la_code = \'211\''), before);

      const target = { title: 'Ofsted judgment requires improvement', targetJudgment: 'requires_improvement', ...dateFields('setOn', '2018-01-10'),
        ...dateFields('dueOn', '2017-12-31'), source: 'Illustrative', note: '' };
      const early = await c.post('/c/211/calendar/targets', target, { tokenFrom: '/c/211/calendar/targets/new' });
      assert.equal(early.statusCode, 400);
      assert.equal(fieldError(early.body, 'dueOn'), 'Target date must be the same as or after the date the target was set');
      const saved = await c.post('/c/211/calendar/targets', { ...target, ...dateFields('dueOn', '2018-12-31') }, { tokenFrom: '/c/211/calendar/targets/new' });
      assert.equal(saved.statusCode, 303);
      assert.match(text((await c.get('/c/211/calendar?asAt=2019-01-31')).body), /31 December 2018 Ofsted judgment requires improvement Illustrative\. Set on 10 January 2018/);
    });

    test('the Adviser records a review with an assessment by area; a review before the Direction is refused; others only read', async () => {
      const member = await as('member');
      const list = await member.get('/c/211/reviews');
      assert.equal(list.statusCode, 200);
      assert.match(text(list.body), /No review is recorded yet\./);
      assert.match(text(rowOf(list.body, "Intervention Adviser's six-monthly review (1st)")), /28 February 2018 Overdue/);
      assert.doesNotMatch(list.body, /Record a six-monthly review/);

      const officer = await as('officer');
      assert.equal((await officer.get('/c/211/reviews/new')).statusCode, 403);
      assert.equal((await officer.post('/c/211/reviews', { directionId: String(direction), number: '1' })).statusCode, 403);

      const adviser = await as('adviser');
      const form = await adviser.get('/c/211/reviews/new');
      assert.equal(form.statusCode, 200);
      assert.match(form.body, new RegExp(`<option value="${direction}" selected>`));
      assert.match(form.body, /id="number" name="number" type="text" spellcheck="false" value="1"/);
      const review = { directionId: String(direction), number: '1', ...dateFields('periodStart', '2017-09-01'), ...dateFields('periodEnd', '2018-02-28'),
        ...dateFields('submittedOn', '2017-09-10'), overall: 'partly', summary: 'Early progress at the front door; practice is not yet consistent.' };
      const early = await adviser.post('/c/211/reviews', review, { tokenFrom: '/c/211/reviews/new' });
      assert.equal(early.statusCode, 400);
      assert.equal(fieldError(early.body, 'periodStart'), 'The period reviewed cannot be before the Direction of 15 September 2017');
      assert.equal(fieldError(early.body, 'submittedOn'), 'The review cannot be before the Direction of 15 September 2017');
      assert.match(early.body, /href="#submittedOn-day"/);
      assert.equal((await db.query('SELECT 1 FROM adviser_reviews WHERE la_code = \'211\'')).length, 0);

      const saved = await adviser.post('/c/211/reviews', { ...review, ...dateFields('periodStart', '2017-09-15'), ...dateFields('submittedOn', '2018-02-26') },
        { tokenFrom: '/c/211/reviews/new' });
      assert.equal(saved.statusCode, 303);
      const reviewUrl = String(saved.headers.location).split('?')[0];
      const id = Number(reviewUrl.split('/').pop());
      let page = await adviser.get(reviewUrl);
      let t = text(page.body);
      assert.match(t, /Six-monthly review 1/);
      assert.match(t, /Sufficient progress: Partly/);
      assert.match(t, /Period reviewed 15 September 2017 to 28 February 2018 Submitted 26 February 2018/);
      assert.match(t, /0 of 7 areas assessed\./);
      for (const area of ['Practice', 'Performance', 'Culture', 'Leadership, management and governance', 'Workforce and management oversight',
        'Early help', 'The safeguarding board (LSCB)']) assert.match(t, new RegExp(`${area.replace(/[()]/g, '\\$&')} Not assessed`));

      const assess = `/c/211/reviews/${id}/assessments/new?area=practice`;
      const assessForm = await adviser.get(assess);
      assert.match(assessForm.body, /<option value="practice" selected>Practice<\/option>/);
      const assessment = { area: 'practice', assessment: 'Thresholds are better understood; supervision is not yet consistent.', verdict: 'partly',
        evidence: 'https://example.org/audits/2018-02\nCase audit report, February 2018\njavascript:alert(1)' };
      assert.equal((await adviser.post(`/c/211/reviews/${id}/assessments`, assessment, { tokenFrom: assess })).statusCode, 303);
      const twice = await adviser.post(`/c/211/reviews/${id}/assessments`, assessment, { tokenFrom: assess });
      assert.equal(twice.statusCode, 400);
      assert.equal(fieldError(twice.body, 'area'), 'The review already assesses practice');
      page = await member.get(reviewUrl);
      t = text(page.body);
      assert.match(t, /1 of 7 areas assessed\./);
      assert.match(t, /Practice Sufficient progress: Partly Thresholds are better understood/);
      assert.match(page.body, /<a class="govuk-link" href="https:\/\/example.org\/audits\/2018-02">https:\/\/example.org\/audits\/2018-02<\/a>/);
      assert.match(page.body, /<li>Case audit report, February 2018<\/li>/);
      assert.match(page.body, /<li>javascript:alert\(1\)<\/li>/, 'only http(s) addresses become links');
      assert.doesNotMatch(page.body, /reviews\/new|assessments\/new|\/edit"/, 'a reader is offered no change');

      // The calendar now shows the first review done, linked to it.
      const calendar = await member.get('/c/211/calendar?asAt=2019-01-31');
      const row = rowOf(calendar.body, "Intervention Adviser's six-monthly review (1st)");
      assert.match(text(row), /Done 26 February 2018: Adviser review 1/);
      assert.match(row, new RegExp(`href="/c/211/reviews/${id}"`));
    });

    test('the DfE overview lists only the official\'s councils, with judgments, Direction, calendar and the latest verdict', async () => {
      assert.equal((await (await as('officer')).get('/dfe/overview')).statusCode, 403);
      const c = await as('dfe@other.test', 'other-password-123');
      const res = await c.get('/dfe/overview');
      assert.equal(res.statusCode, 200);
      const t = text(res.body);
      assert.match(t, /Granted Borough \(test\) Not recorded None Nothing scheduled 0 No review yet/);
      assert.match(t, /Tower Hamlets Inadequate Issued .*, by \d+ \w+ \d{4} \d+ Partly/);
      assert.match(t, /Inspection published 7 April 2017: overall Inadequate/);
      assert.match(t, /Children who need help and protection Inadequate/);
      assert.match(t, /Issued Drafted 7 April 2017, issued 15 September 2017\./);
      assert.match(t, /Review 1, submitted 26 February 2018: sufficient progress Partly/);
      assert.match(t, /Monitoring visit 5 , ended 12 December 2018; letter of 17 January 2019\./);
      assert.doesNotMatch(t, /Other Borough/, 'a council not granted is never shown');
      assert.doesNotMatch(res.body, /\/c\/212\//);
    });

    test('every role\'s home page shows the council\'s overdue and due obligations with their status in words', async () => {
      const now = todayInEngland();
      const summary = await councilCalendar(db, '211', now);
      assert.ok(summary.overdue.length > 0);
      // Mark the most recently overdue obligation met today: it shows as Done.
      const latest = summary.overdue[summary.overdue.length - 1];
      const officer = await as('officer');
      const formUrl = `/c/211/calendar/fulfilments/new?key=${encodeURIComponent(latest.key)}`;
      assert.equal((await officer.post('/c/211/calendar/fulfilments', { obligationKey: latest.key, ...dateFields('fulfilledOn', now), reference: 'Met today' },
        { tokenFrom: formUrl })).statusCode, 303);
      const after = await councilCalendar(db, '211', now);

      for (const who of ['officer', 'owner', 'dcs', 'chair', 'member', 'adviser', 'inspector', 'admin']) {
        const home = await (await as(who)).get('/home');
        assert.equal(home.statusCode, 200, who);
        const t = text(home.body);
        assert.match(t, new RegExp(`Statutory calendar As at \\d+ \\w+ \\d{4}: ${after.overdue.length} overdue, ${after.dueSoon.length} due in the next 30 days\\.`), who);
        assert.match(text(rowOf(home.body, latest.title)), /Done/, who);
        const mostRecentOverdue = after.overdue[after.overdue.length - 1];
        assert.match(text(rowOf(home.body, mostRecentOverdue.title)), /Overdue/, who);
        for (const o of after.dueSoon) assert.match(text(rowOf(home.body, o.title)), /Due soon/, `${who}: ${o.title}`);
        assert.match(home.body, /href="\/c\/211\/calendar">See the statutory calendar/);
      }

      const dfe = await (await as('dfe')).get('/home');
      const t = text(dfe.body);
      assert.match(t, /Statutory calendars As at \d+ \w+ \d{4}, for each council you oversee\./);
      assert.match(t, new RegExp(`Tower Hamlets ${after.next ? after.next.title.replace(/[()]/g, '\\$&') : 'Nothing scheduled'}`));
      assert.match(t, new RegExp(`Overdue ${after.overdue.length}`));
      assert.match(dfe.body, /href="\/dfe\/overview"/);
    });
  });
}
