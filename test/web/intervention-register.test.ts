// The intervention register through its routes, on every database engine: each page read by a
// reader, changes by an officer (audited), edits refused to a board member and to another council's
// officer, impossible dates refused against their field with nothing saved, and the paste-and-split
// flows for recommendations and a monitoring letter's findings.
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
import { DIRECTION_CLAUSES, ILLUSTRATIVE_RECOMMENDATIONS, VISIT_5_FINDINGS } from '../../src/demo/intervention-seed.ts';

const text = (html: string) => html.replace(/<script[\s\S]*?<\/script>/g, ' ').replace(/<[^>]+>/g, ' ').replace(/&#39;/g, "'")
  .replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/\s+/g, ' ');

/** The three boxes of a GOV.UK date input. */
const dateFields = (name: string, iso: string) => ({
  [`${name}-day`]: String(Number(iso.slice(8))), [`${name}-month`]: String(Number(iso.slice(5, 7))), [`${name}-year`]: iso.slice(0, 4),
});

/** The error message shown against one field (GOV.UK: <p id="<field>-error" class="govuk-error-message">). */
const fieldError = (html: string, id: string) => {
  const m = new RegExp(`<p id="${id}-error" class="govuk-error-message">([\\s\\S]*?)</p>`).exec(html);
  return m ? text(m[1]).replace('Error:', '').trim() : null;
};

for (const target of testDatabases()) {
  describe(`${target.name}: the intervention register`, () => {
    let db: Database;
    let app: FastifyInstance;
    const ids = { previous: 0, inspection: 0, direction: 0, visit: 0 };
    const as = async (who: string) => {
      const c = new Client(app);
      await c.signIn(who.includes('@') ? who : `${who}@uplift.demo`, who.includes('@') ? 'other-password-123' : DEMO_PASSWORD);
      return c;
    };
    const count = async (table: string) => (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table} WHERE la_code = '211'`))[0].n;
    const audits = async () => (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_log'))[0].n;

    before(async () => {
      db = await target.open();
      await loadDemo(db);
      await upsertCouncil(db, { laCode: '212', name: 'Other Borough (test)' });
      await createUser(db, SYSTEM, { email: 'officer@other.test', name: 'Other Officer', role: 'officer', password: 'other-password-123', councils: ['212'] });
      app = await testApp(db);
      const [row] = await db.query<{ previous: number; inspection: number; direction: number; visit: number }>(
        `SELECT (SELECT id FROM inspections WHERE la_code = '211' AND year = 2012) AS previous,
                (SELECT id FROM inspections WHERE la_code = '211' AND year = 2017) AS inspection,
                (SELECT id FROM directions WHERE la_code = '211') AS direction,
                (SELECT id FROM monitoring_visits WHERE la_code = '211' AND number = 5) AS visit`);
      Object.assign(ids, row);
    });
    after(async () => {
      await app.close();
      await db.close();
    });

    test('every reading page opens for every role that reads the council, and every form for those who may change it', async () => {
      const [more] = await db.query<{ recommendation: number; clause: number; appointment: number; finding: number; target: number }>(
        `SELECT (SELECT min(id) FROM recommendations WHERE la_code = '211') AS recommendation,
                (SELECT min(id) FROM direction_clauses WHERE la_code = '211') AS clause,
                (SELECT min(id) FROM adviser_appointments WHERE la_code = '211') AS appointment,
                (SELECT min(id) FROM visit_findings WHERE la_code = '211') AS finding,
                (SELECT min(id) FROM council_targets WHERE la_code = '211') AS target`);
      const logs = ['instructions', 'access-requests', 'support-requests', 'diagnostic-reviews', 'case-referrals'];
      const reading = ['/c/211/register', `/c/211/register/inspections/${ids.inspection}`, `/c/211/register/inspections/${ids.previous}`,
        `/c/211/register/directions/${ids.direction}`, ...logs.map((l) => `/c/211/register/directions/${ids.direction}/logs/${l}`),
        `/c/211/register/visits/${ids.visit}`, '/c/211/reviews', '/c/211/calendar', '/c/211/calendar?asAt=2019-01-31&show=overdue'];
      for (const who of ['member', 'chair', 'dcs', 'owner', 'adviser', 'inspector', 'dfe', 'officer', 'admin']) {
        const c = await as(who);
        for (const url of reading) assert.equal((await c.get(url)).statusCode, 200, `${who} ${url}`);
      }
      const forms = ['/c/211/register/inspections/new', `/c/211/register/inspections/${ids.inspection}/edit`,
        `/c/211/register/inspections/${ids.inspection}/recommendations/paste`, `/c/211/register/recommendations/${more.recommendation}/edit`,
        '/c/211/register/directions/new', `/c/211/register/directions/${ids.direction}/edit`, `/c/211/register/directions/${ids.direction}/clauses/new`,
        `/c/211/register/clauses/${more.clause}/edit`, `/c/211/register/directions/${ids.direction}/terms/edit`,
        `/c/211/register/directions/${ids.direction}/appointments/new`, `/c/211/register/appointments/${more.appointment}/edit`,
        ...logs.map((l) => `/c/211/register/directions/${ids.direction}/logs/${l}/new`),
        '/c/211/register/visits/new', `/c/211/register/visits/${ids.visit}/edit`, `/c/211/register/visits/${ids.visit}/findings/paste`,
        `/c/211/register/findings/${more.finding}/edit`, '/c/211/calendar/board/edit', '/c/211/calendar/targets/new',
        `/c/211/calendar/targets/${more.target}/edit`, `/c/211/calendar/fulfilments/new?key=direction%3A${ids.direction}%3Achair-report%3A1`];
      for (const who of ['officer', 'admin']) {
        const c = await as(who);
        for (const url of forms) {
          const res = await c.get(url);
          assert.equal(res.statusCode, 200, `${who} ${url}`);
          assert.match(res.body, /name="_csrf" value="[^"]+"/, url);
        }
        assert.equal((await c.get('/c/211/reviews/new')).statusCode, 403, `${who} does not record reviews`);
      }
      const adviser = await as('adviser');
      assert.equal((await adviser.get('/c/211/reviews/new')).statusCode, 200);
      for (const url of forms) assert.equal((await adviser.get(url)).statusCode, 403, `the Adviser does not change the register: ${url}`);
    });

    test('a board member reads the register, the inspection beside the previous one, and its illustrative recommendations', async () => {
      const c = await as('member');
      const register = await c.get('/c/211/register');
      assert.equal(register.statusCode, 200);
      const r = text(register.body);
      assert.match(r, /Inspection published 7 April 2017 SIF 24 January to 16 February 2017 Inadequate/);
      assert.match(r, /2012 inspection Not recorded Not recorded Not recorded/);
      assert.match(r, /Statutory Direction to London Borough of Tower Hamlets .* Issued 7 April 2017 15 September 2017/);
      assert.match(r, /Monitoring visit 5: 11 to 12 December 2018 17 January 2019/);
      assert.doesNotMatch(register.body, /Add an inspection/, 'a reader is offered no change');

      const page = await c.get(`/c/211/register/inspections/${ids.inspection}`);
      assert.equal(page.statusCode, 200);
      const t = text(page.body);
      assert.match(t, /Judgment This inspection \(2017\) Previous inspection \(2012\)/);
      assert.match(t, /Overall effectiveness Inadequate Not recorded/);
      assert.match(t, /Children who need help and protection Inadequate Not recorded/);
      assert.match(t, /Experiences and progress of care leavers Not recorded Not recorded/);
      assert.match(t, /a significant decline in performance since your last Ofsted inspection in 2012/);
      assert.equal((page.body.match(/govuk-tag--purple">Illustrative</g) ?? []).length, ILLUSTRATIVE_RECOMMENDATIONS.length);
      assert.ok(t.includes(ILLUSTRATIVE_RECOMMENDATIONS[8][0]));
      assert.doesNotMatch(page.body, /recommendations\/paste|Change the inspection/);
      assert.match(t, /Monitoring visit 5: 11 to 12 December 2018/);
    });

    test('a reader sees the Direction with its dates, clauses, terms of reference, Advisers and logs', async () => {
      const c = await as('inspector');
      const res = await c.get(`/c/211/register/directions/${ids.direction}`);
      assert.equal(res.statusCode, 200);
      const t = text(res.body);
      assert.match(t, /Legal basis Section 497A\(4B\) of the Education Act 1996/);
      assert.match(t, /Draft 7 April 2017 Deadline for representations 21 April 2017 Representations made Not recorded Issued 15 September 2017/);
      assert.match(t, /Illustrative Issued in September 2017/);
      for (const [ref] of DIRECTION_CLAUSES) assert.match(t, new RegExp(`Clause ${ref} `));
      assert.match(t, /the first report being within 3 months of the date of this Direction\./);
      assert.match(t, /Intervention Adviser Terms of Reference/);
      assert.match(t, /Staff from Lincolnshire County Council Lincolnshire County Council/);
      assert.match(t, /Staff from Islington Council Islington Council/);
      assert.match(t, /Instructions 5a 0 Access requests 5b 0 Support requests 5c 0/);
      for (const slug of ['instructions', 'access-requests', 'support-requests', 'diagnostic-reviews', 'case-referrals']) {
        const log = await c.get(`/c/211/register/directions/${ids.direction}/logs/${slug}`);
        assert.equal(log.statusCode, 200, slug);
        assert.match(text(log.body), /Nothing is recorded in this log yet\./);
        assert.doesNotMatch(log.body, /\/new"/, 'no add button for a reader');
      }
    });

    test('the December 2018 visit lists its letter and its findings as strengths and areas for improvement', async () => {
      const c = await as('dfe');
      const res = await c.get(`/c/211/register/visits/${ids.visit}`);
      assert.equal(res.statusCode, 200);
      const t = text(res.body);
      const areas = VISIT_5_FINDINGS.filter(([k]) => k === 'area_for_improvement').length;
      const strengths = VISIT_5_FINDINGS.length - areas;
      assert.match(t, /Monitoring visit 5: 11 to 12 December 2018/);
      assert.match(t, /Inspectors Brenda McLaughlin HMI; Louise Warren HMI; Tom Anthony OI/);
      assert.match(t, /Letter Dated 17 January 2019/);
      assert.match(t, new RegExp(`${VISIT_5_FINDINGS.length} findings from the letter: ${strengths} strengths and ${areas} areas for improvement`));
      assert.match(t, new RegExp(`Strengths \\(${strengths}\\)`));
      assert.match(t, new RegExp(`Areas for improvement \\(${areas}\\)`));
      const improvements = t.slice(t.indexOf(`Areas for improvement (${areas})`));
      assert.match(improvements, /However, this practice is not yet consistent\. Area for improvement/);
      assert.match(t.slice(0, t.indexOf(`Areas for improvement (${areas})`)), /Morale is good and social workers in the children in care service have manageable caseloads\. Strength/);
      assert.match(t, /Read the letter of 17 January 2019/);
    });

    test('an officer changes an inspection; the change is audited', async () => {
      const c = await as('officer');
      const form = await c.get(`/c/211/register/inspections/${ids.previous}/edit`);
      assert.equal(form.statusCode, 200);
      assert.match(form.body, /id="year" name="year" type="text" spellcheck="false" value="2012"/);
      const res = await c.post(`/c/211/register/inspections/${ids.previous}`, {
        framework: 'SIF', year: '2012', overall: '', helpAndProtection: '', childrenInCare: '', careLeavers: '',
        leadershipManagementGovernance: '', lscbReview: '', previousInspectionId: '', note: 'The 2012 inspection: its report is not in the seeds.',
      }, { tokenFrom: `/c/211/register/inspections/${ids.previous}/edit` });
      assert.equal(res.statusCode, 303);
      assert.equal(res.headers.location, `/c/211/register/inspections/${ids.previous}?done=changed`);
      const [row] = await db.query<{ framework: string; note: string }>('SELECT framework, note FROM inspections WHERE id = $1', [ids.previous]);
      assert.deepEqual(row, { framework: 'SIF', note: 'The 2012 inspection: its report is not in the seeds.' });
      const page = await c.get(res.headers.location as string);
      assert.match(text(page.body), /Your changes have been saved\./);
      const [audit] = await db.query<{ user_label: string; action: string }>(
        `SELECT user_label, action FROM audit_log WHERE entity = 'inspections' AND entity_id = $1 ORDER BY id DESC LIMIT 1`, [String(ids.previous)]);
      assert.deepEqual(audit, { user_label: 'Priya Shah (demo)', action: 'update' });
    });

    test('a published date before the fieldwork, or a date that does not exist, is refused against its field and nothing is saved', async () => {
      const c = await as('officer');
      const before = { rows: await db.query('SELECT * FROM inspections WHERE id = $1', [ids.inspection]), audits: await audits() };
      const form = { framework: 'SIF', ...dateFields('fieldworkStart', '2017-01-24'), ...dateFields('fieldworkEnd', '2017-02-16'),
        ...dateFields('publishedOn', '2017-02-01'), year: '', overall: 'inadequate', helpAndProtection: 'inadequate', childrenInCare: '',
        careLeavers: '', leadershipManagementGovernance: 'inadequate', lscbReview: '', previousInspectionId: String(ids.previous), note: '' };
      const res = await c.post(`/c/211/register/inspections/${ids.inspection}`, form, { tokenFrom: `/c/211/register/inspections/${ids.inspection}/edit` });
      assert.equal(res.statusCode, 400);
      assert.match(res.body, /<title>Error: /);
      assert.match(res.body, /<a href="#publishedOn-day">Published date must be the same as or after the fieldwork end date<\/a>/);
      assert.equal(fieldError(res.body, 'publishedOn'), 'Published date must be the same as or after the fieldwork end date');
      assert.match(res.body, /id="publishedOn-day" name="publishedOn-day" type="text" value="1"/, 'the typed date is shown again');

      const impossible = await c.post(`/c/211/register/inspections/${ids.inspection}`, { ...form, ...dateFields('publishedOn', '2017-04-07'),
        'fieldworkEnd-day': '31', 'fieldworkEnd-month': '2', 'fieldworkEnd-year': '2017' }, { tokenFrom: `/c/211/register/inspections/${ids.inspection}/edit` });
      assert.equal(impossible.statusCode, 400);
      assert.equal(fieldError(impossible.body, 'fieldworkEnd'), 'Fieldwork end date must be a real date');

      assert.deepEqual(await db.query('SELECT * FROM inspections WHERE id = $1', [ids.inspection]), before.rows);
      assert.equal(await audits(), before.audits);
    });

    test('a board member is refused every change, and another council\'s officer cannot reach or change these records', async () => {
      const member = await as('member');
      assert.equal((await member.get(`/c/211/register/inspections/${ids.inspection}/edit`)).statusCode, 403);
      assert.equal((await member.get(`/c/211/register/directions/${ids.direction}/logs/instructions/new`)).statusCode, 403);
      const refused = await member.post(`/c/211/register/inspections/${ids.inspection}`, { framework: 'Changed' });
      assert.equal(refused.statusCode, 403);
      assert.equal((await member.post(`/c/211/register/directions/${ids.direction}/logs/instructions`, { instruction: 'x' })).statusCode, 403);

      const other = await as('officer@other.test');
      assert.equal((await other.get('/c/211/register')).statusCode, 403);
      assert.equal((await other.get(`/c/211/register/inspections/${ids.inspection}`)).statusCode, 403);
      assert.equal((await other.post(`/c/211/register/inspections/${ids.inspection}`, { framework: 'Changed' })).statusCode, 403);
      // Its own council's address with this council's ids: not found, and nothing changed.
      assert.equal((await other.get(`/c/212/register/inspections/${ids.inspection}`)).statusCode, 404);
      assert.equal((await other.get(`/c/212/register/directions/${ids.direction}`)).statusCode, 404);
      assert.equal((await other.get(`/c/212/register/visits/${ids.visit}`)).statusCode, 404);
      const tokenPage = '/c/212/register/inspections/new';
      assert.equal((await other.post(`/c/212/register/inspections/${ids.inspection}`, { framework: 'Changed', year: '2017' }, { tokenFrom: tokenPage })).statusCode, 404);
      assert.equal((await other.post(`/c/212/register/directions/${ids.direction}/clauses`, { ref: '7', text: 'x', position: '10' }, { tokenFrom: tokenPage })).statusCode, 404);
      const [row] = await db.query<{ framework: string }>('SELECT framework FROM inspections WHERE id = $1', [ids.inspection]);
      assert.equal(row.framework, 'SIF');
      assert.equal(await count('direction_clauses'), DIRECTION_CLAUSES.length);
    });

    test('pasted recommendations are split, corrected on the confirmation page and saved all or none', async () => {
      const c = await as('officer');
      const paste = `/c/211/register/inspections/${ids.previous}/recommendations/paste`;
      assert.equal((await c.get(paste)).statusCode, 200);
      const empty = await c.post(`/c/211/register/inspections/${ids.previous}/recommendations/split`, { pasted: '' }, { tokenFrom: paste });
      assert.equal(empty.statusCode, 400);
      assert.equal(fieldError(empty.body, 'pasted'), 'Paste the recommendations to split');

      const pasted = 'Recommendations\n1. Ensure that referrals are\nresponded to promptly.\n2) Improve management oversight.\n(3) Not really a recommendation.';
      const split = await c.post(`/c/211/register/inspections/${ids.previous}/recommendations/split`, { pasted, illustrative: 'on' }, { tokenFrom: paste });
      assert.equal(split.statusCode, 200);
      assert.match(split.body, /name="number-0" type="text" value="1"/);
      assert.match(split.body, /<textarea class="govuk-textarea" id="text-0" name="text-0" rows="4">Ensure that referrals are responded to promptly\.<\/textarea>/);
      assert.match(split.body, /id="text-2" name="text-2" rows="4">Not really a recommendation\.<\/textarea>/);
      assert.match(text(split.body), /Text before the first item, not included \(1 line\)/);
      assert.match(text(split.body), /Illustrative These will be saved as illustrative\./);

      const before = await count('recommendations');
      const base = { count: '3', illustrative: 'on', 'number-0': '1', 'text-0': 'Ensure that referrals are responded to promptly.',
        'number-1': '1', 'text-1': 'Improve management oversight.', 'number-2': '3', 'text-2': 'Not really a recommendation.' };
      const clash = await c.post(`/c/211/register/inspections/${ids.previous}/recommendations`, { ...base, include: ['0', '1'] }, { tokenFrom: paste });
      assert.equal(clash.statusCode, 400);
      assert.equal(fieldError(clash.body, 'number-1'), 'Item 2: Recommendation 1 appears more than once');
      assert.match(clash.body, /href="#number-1"/);
      assert.equal(await count('recommendations'), before, 'nothing saved');
      assert.match(clash.body, /id="include-2" name="include" type="checkbox" value="2">/, 'the unticked item stays unticked');

      const none = await c.post(`/c/211/register/inspections/${ids.previous}/recommendations`, base, { tokenFrom: paste });
      assert.equal(none.statusCode, 400);
      assert.match(text(none.body), /Select at least one recommendation to add/);

      const saved = await c.post(`/c/211/register/inspections/${ids.previous}/recommendations`, { ...base, 'number-1': '2', include: ['0', '1'] }, { tokenFrom: paste });
      assert.equal(saved.statusCode, 303);
      assert.equal(saved.headers.location, `/c/211/register/inspections/${ids.previous}?added=2#recommendations`);
      const rows = await db.query<{ number: number; text: string; illustrative: boolean }>(
        'SELECT number, text, illustrative FROM recommendations WHERE inspection_id = $1 ORDER BY number', [ids.previous]);
      assert.deepEqual(rows, [
        { number: 1, text: 'Ensure that referrals are responded to promptly.', illustrative: true },
        { number: 2, text: 'Improve management oversight.', illustrative: true },
      ]);
      const page = text((await c.get(`/c/211/register/inspections/${ids.previous}?added=2`)).body);
      assert.match(page, /2 recommendations added\./);
      assert.match(page, /1 Illustrative Ensure that referrals are responded to promptly\./);
    });

    test('an officer changes and removes a recommendation', async () => {
      const c = await as('officer');
      const [r] = await db.query<{ id: number }>('SELECT id FROM recommendations WHERE inspection_id = $1 AND number = 2', [ids.previous]);
      const edit = `/c/211/register/recommendations/${r.id}/edit`;
      const blank = await c.post(`/c/211/register/recommendations/${r.id}`, { number: '2', text: '' }, { tokenFrom: edit });
      assert.equal(blank.statusCode, 400);
      assert.equal(fieldError(blank.body, 'text'), 'Enter the text of the recommendation');
      const changed = await c.post(`/c/211/register/recommendations/${r.id}`, { number: '2', text: 'Strengthen management oversight.', note: '' }, { tokenFrom: edit });
      assert.equal(changed.statusCode, 303);
      const [row] = await db.query<{ text: string; illustrative: boolean }>('SELECT text, illustrative FROM recommendations WHERE id = $1', [r.id]);
      assert.deepEqual(row, { text: 'Strengthen management oversight.', illustrative: false });
      const removed = await c.post(`/c/211/register/recommendations/${r.id}/remove`, {}, { tokenFrom: edit });
      assert.equal(removed.statusCode, 303);
      assert.equal((await db.query('SELECT 1 FROM recommendations WHERE id = $1', [r.id])).length, 0);
      const [audit] = await db.query<{ action: string }>(`SELECT action FROM audit_log WHERE entity = 'recommendations' AND entity_id = $1 ORDER BY id DESC LIMIT 1`, [String(r.id)]);
      assert.equal(audit.action, 'delete');
    });

    test('a Direction\'s status cannot go back, and its dates must be in order', async () => {
      const c = await as('admin');
      const edit = `/c/211/register/directions/${ids.direction}/edit`;
      const form = await c.get(edit);
      assert.equal(form.statusCode, 200);
      assert.match(form.body, /name="status" type="radio" value="issued" checked/);
      const base = { title: 'Statutory Direction', legalBasis: 'Section 497A(4B) of the Education Act 1996', inspectionId: String(ids.inspection),
        ...dateFields('draftOn', '2017-04-07'), ...dateFields('representationsDeadline', '2017-04-21'), note: '' };
      const before = await db.query('SELECT * FROM directions WHERE id = $1', [ids.direction]);
      const back = await c.post(`/c/211/register/directions/${ids.direction}`, { ...base, status: 'draft' }, { tokenFrom: edit });
      assert.equal(back.statusCode, 400);
      assert.equal(fieldError(back.body, 'status'), 'The status cannot go back from issued to draft');
      const early = await c.post(`/c/211/register/directions/${ids.direction}`, { ...base, status: 'issued', ...dateFields('issuedOn', '2017-03-01') }, { tokenFrom: edit });
      assert.equal(early.statusCode, 400);
      assert.equal(fieldError(early.body, 'issuedOn'), 'Date of issue must be the same as or after the draft date');
      assert.deepEqual(await db.query('SELECT * FROM directions WHERE id = $1', [ids.direction]), before);
    });

    test('an officer keeps the Direction\'s logs; an entry dated before the Direction is refused', async () => {
      const c = await as('officer');
      const list = `/c/211/register/directions/${ids.direction}/logs/instructions`;
      const form = await c.get(`${list}/new`);
      assert.equal(form.statusCode, 200);
      assert.match(form.body, /name="status" type="radio" value="open" checked/);
      const entry = { ...dateFields('givenOn', '2017-03-01'), givenBy: 'adviser', instruction: 'Provide the front door\'s audit reports.', status: 'open',
        councilResponse: '', 'responseOn-day': '', 'responseOn-month': '', 'responseOn-year': '' };
      const early = await c.post(list, entry, { tokenFrom: `${list}/new` });
      assert.equal(early.statusCode, 400);
      assert.equal(fieldError(early.body, 'givenOn'), 'The instruction cannot be before the Direction of 7 April 2017');
      assert.equal(await count('instructions'), 0);
      const saved = await c.post(list, { ...entry, ...dateFields('givenOn', '2017-10-02') }, { tokenFrom: `${list}/new` });
      assert.equal(saved.statusCode, 303);
      const page = text((await c.get(list)).body);
      assert.match(page, /2 October 2017 Intervention Adviser Provide the front door's audit reports\. None yet Open/);

      const [{ id }] = await db.query<{ id: number }>('SELECT id FROM instructions WHERE la_code = \'211\'');
      const edit = `/c/211/register/logs/instructions/${id}/edit`;
      const responded = await c.post(`/c/211/register/logs/instructions/${id}`, { ...entry, ...dateFields('givenOn', '2017-10-02'), status: 'responded',
        councilResponse: 'Sent on 9 October 2017.', ...dateFields('responseOn', '2017-10-09') }, { tokenFrom: edit });
      assert.equal(responded.statusCode, 303);
      assert.match(text((await c.get(list)).body), /Sent on 9 October 2017\. Responded/);

      const referrals = `/c/211/register/directions/${ids.direction}/logs/case-referrals`;
      const named = await c.post(referrals, { reference: 'Jane Smith', referredBy: 'A councillor', ...dateFields('referredOn', '2017-10-10'),
        outcome: '', 'outcomeOn-day': '', 'outcomeOn-month': '', 'outcomeOn-year': '' }, { tokenFrom: `${referrals}/new` });
      assert.equal(named.statusCode, 400);
      assert.match(fieldError(named.body, 'reference')!, /^Case reference must be a pseudonymous reference/);
      assert.equal(await count('case_referrals'), 0);
    });

    test('a letter pasted for a visit is split into sentences that the officer classifies; all are saved or none', async () => {
      const c = await as('officer');
      const paste = `/c/211/register/visits/${ids.visit}/findings/paste`;
      const form = await c.get(paste);
      assert.equal(form.statusCode, 200);
      assert.match(form.body, /This was the fifth monitoring visit since the local authority was judged inadequate/, 'the stored letter is filled in');
      const letter = 'Dear Director\n\nFindings\n\nMorale is good. However, supervision is not yet consistent. Thank you for your time.\n\nYours sincerely';
      const split = await c.post(`/c/211/register/visits/${ids.visit}/findings/split`, { letter }, { tokenFrom: paste });
      assert.equal(split.statusCode, 200);
      const t = text(split.body);
      assert.match(t, /Uplift found 3 sentences\./);
      assert.match(t, new RegExp(`This visit already has ${VISIT_5_FINDINGS.length} findings`));
      assert.match(t, /Finding 2 \(paragraph 1, sentence 2\).*Suggested: Area for improvement/);
      assert.doesNotMatch(split.body, /type="radio" value="[a-z_]+" checked/, 'no kind is chosen for the user');

      const before = await count('visit_findings');
      const items = { count: '3', 'text-0': 'Morale is good.', 'text-1': 'However, supervision is not yet consistent.', 'text-2': 'Thank you for your time.',
        'suggested-0': 'strength', 'suggested-1': 'area_for_improvement', 'suggested-2': 'strength' };
      const unclassified = await c.post(`/c/211/register/visits/${ids.visit}/findings`, { ...items, 'kind-0': 'strength', 'kind-2': 'omit' }, { tokenFrom: paste });
      assert.equal(unclassified.statusCode, 400);
      assert.equal(fieldError(unclassified.body, 'kind-1'), 'Finding 2: Select whether it is a strength, an area for improvement, or leave it out');
      assert.match(unclassified.body, /name="kind-0" type="radio" value="strength" checked/, 'choices made are kept');
      assert.equal(await count('visit_findings'), before);

      const saved = await c.post(`/c/211/register/visits/${ids.visit}/findings`,
        { ...items, 'kind-0': 'strength', 'kind-1': 'area_for_improvement', 'kind-2': 'omit' }, { tokenFrom: paste });
      assert.equal(saved.statusCode, 303);
      assert.equal(saved.headers.location, `/c/211/register/visits/${ids.visit}?added=2#findings`);
      const rows = await db.query<{ kind: string; text: string; position: number }>(
        'SELECT kind, text, position FROM visit_findings WHERE visit_id = $1 AND position > $2 ORDER BY position', [ids.visit, VISIT_5_FINDINGS.length]);
      assert.deepEqual(rows, [
        { kind: 'strength', text: 'Morale is good.', position: VISIT_5_FINDINGS.length + 1 },
        { kind: 'area_for_improvement', text: 'However, supervision is not yet consistent.', position: VISIT_5_FINDINGS.length + 2 },
      ]);
      assert.match(text((await c.get(`/c/211/register/visits/${ids.visit}?added=2`)).body), /2 findings added\./);
    });

    test('a monitoring visit before the judgment it monitors is refused against its first day', async () => {
      const c = await as('officer');
      const before = await count('monitoring_visits');
      const res = await c.post('/c/211/register/visits', { inspectionId: String(ids.inspection), number: '1', ...dateFields('visitStart', '2017-03-01'),
        ...dateFields('visitEnd', '2017-03-02'), inspectors: 'An inspector', focus: 'The front door', 'letterDate-day': '', 'letterDate-month': '',
        'letterDate-year': '', letterText: '' }, { tokenFrom: '/c/211/register/visits/new' });
      assert.equal(res.statusCode, 400);
      assert.equal(fieldError(res.body, 'visitStart'), 'First day of the visit must be after the inspection was published on 7 April 2017');
      assert.equal(await count('monitoring_visits'), before);
    });
  });
}
