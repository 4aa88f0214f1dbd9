// The database refuses the impossible even when the repository is bypassed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { testDatabases } from '../helpers/databases.ts';
import { addCouncils } from './helpers.ts';

for (const target of testDatabases()) {
  test(`CHECK and foreign-key constraints of the intervention tables (${target.name})`, async () => {
    const db = await target.open();
    try {
      await addCouncils(db, ['211', 'Tower Hamlets'], ['202', 'Camden']);
      const refuses = async (sql: string, params: unknown[], pattern: RegExp) => {
        await assert.rejects(db.query(sql, params), pattern, sql);
      };
      const check = /check constraint|violates/i;
      const insp = `INSERT INTO inspections (la_code, year, fieldwork_start, fieldwork_end, published_on, overall) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`;
      await refuses(insp, ['211', 2017, '2017-01-24', '2017-01-20', null, null], check);             // fieldwork ends before it starts
      await refuses(insp, ['211', 2017, '2017-01-24', '2017-02-16', '2017-02-15', null], check);     // published before fieldwork end
      await refuses(insp, ['211', 2017, null, '2017-02-16', null, null], check);                     // an end without a start
      await refuses(insp, ['211', 2016, '2017-01-24', '2017-02-16', null, null], check);             // year not the fieldwork's
      await refuses(insp, ['211', 2017, null, null, null, 'satisfactory'], check);                   // not an Ofsted judgment
      const [{ id }] = await db.query<{ id: number }>(insp, ['211', 2017, '2017-01-24', '2017-02-16', '2017-04-07', 'inadequate']);

      // A child row cannot hang under another council's parent.
      await refuses('INSERT INTO recommendations (la_code, inspection_id, number, text) VALUES ($1, $2, 1, $3)', ['202', id, 'x'], /foreign key/i);
      await refuses('INSERT INTO inspections (la_code, year, previous_inspection_id) VALUES ($1, 2018, $2)', ['202', id], /foreign key/i);
      await refuses('INSERT INTO recommendations (la_code, inspection_id, number, text) VALUES ($1, $2, 1, $3)', ['211', id, 'x'.repeat(5001)], check);

      const dir = `INSERT INTO directions (la_code, title, legal_basis, status, draft_on, representations_deadline, issued_on, revoked_on)
                   VALUES ('211', 'D', 's497A(4B)', $1, $2, $3, $4, $5) RETURNING id`;
      await refuses(dir, ['draft', '2017-04-07', '2017-04-06', null, null], check);                  // deadline before the draft
      await refuses(dir, ['issued', '2017-04-07', null, null, null], check);                         // issued without a date
      await refuses(dir, ['draft', '2017-04-07', null, '2017-09-15', null], check);                  // a draft with an issue date
      await refuses(dir, ['revoked', '2017-04-07', null, '2017-09-15', '2017-09-01'], check);        // revoked before issue
      await refuses(dir, ['withdrawn', '2017-04-07', null, null, null], check);
      const [{ id: directionId }] = await db.query<{ id: number }>(dir, ['issued', '2017-04-07', '2017-04-21', '2017-09-15', null]);

      await refuses(`INSERT INTO monitoring_visits (la_code, inspection_id, number, visit_start, visit_end, inspectors, focus, letter_date)
                     VALUES ('211', $1, 5, '2018-12-11', '2018-12-12', 'HMI', 'Focus', '2018-12-10')`, [id], check);   // letter before the visit
      await refuses(`INSERT INTO adviser_reviews (la_code, direction_id, number, submitted_on) VALUES ('211', $1, 1, '2018-02-20')`,
        [directionId], check);                                                                         // submitted without a verdict
      await refuses(`INSERT INTO adviser_terms (la_code, direction_id, text, review_areas) VALUES ('211', $1, 'T', $2)`,
        [directionId, ['practice', 'morale']], check);
      await refuses(`INSERT INTO case_referrals (la_code, direction_id, reference, referred_by, referred_on) VALUES ('211', $1, 'Jane Doe', 'X', '2017-10-01')`,
        [directionId], check);
      await refuses(`INSERT INTO obligation_fulfilments (la_code, obligation_key, fulfilled_on) VALUES ('211', 'anything', '2017-10-01')`, [], check);
      await db.query(`INSERT INTO obligation_fulfilments (la_code, obligation_key, fulfilled_on) VALUES ('211', $1, '2017-11-30')`,
        [`direction:${directionId}:chair-report:1`]);
      await db.query(`INSERT INTO obligation_fulfilments (la_code, obligation_key, fulfilled_on) VALUES ('211', $1, '2019-01-17')`,
        [`inspection:${id}:monitoring-visit:5`]);
      await refuses(`INSERT INTO board_schedule (la_code, board_name, frequency_days, first_meeting_on, ended_on) VALUES ('211', 'B', 42, '2017-04-27', '2017-01-01')`, [], check);
      await refuses(`INSERT INTO council_targets (la_code, title, set_on, due_on) VALUES ('211', 'T', '2017-09-16', '2017-09-15')`, [], check);
    } finally {
      await db.close();
    }
  });
}
