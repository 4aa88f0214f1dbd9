// The demo seed loads the seeds' facts, and the statutory calendar computed from them reproduces the
// two checks the seed documents give for the reading of "within n months".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { testDatabases } from '../helpers/databases.ts';
import { addCouncils, count } from './helpers.ts';
import {
  ADVISER_TERMS, DIRECTION_CLAUSES, ILLUSTRATIVE_RECOMMENDATIONS, MONITORING_LETTER_2019_01_17, VISIT_5_FINDINGS, seedIntervention,
} from '../../src/demo/intervention-seed.ts';
import { getInspection, listInspections, listRecommendations } from '../../src/intervention/inspections.ts';
import { getAdviserTerms, listAppointments, listClauses, listDirections } from '../../src/intervention/directions.ts';
import { listFindings, listMonitoringVisits } from '../../src/intervention/monitoring.ts';
import { councilObligations, getBoardSchedule, listCouncilTargets } from '../../src/intervention/calendar.ts';
import { chairQuarterlyReports } from '../../src/domain/obligations/direction-schedule.ts';
import { dueWithinMonths } from '../../src/domain/obligations/due-within.ts';

for (const target of testDatabases()) {
  test(`seeding Tower Hamlets records the seeds' facts (${target.name})`, async () => {
    const db = await target.open();
    try {
      await addCouncils(db, ['211', 'Tower Hamlets']);
      const ids = await db.transaction((tx) => seedIntervention(tx));
      assert.ok(ids);

      const [latest, previous] = await listInspections(db, '211');
      assert.equal(latest.id, ids.inspectionId);
      assert.deepEqual(
        [latest.framework, latest.fieldworkStart, latest.fieldworkEnd, latest.publishedOn, latest.overall, latest.helpAndProtection,
          latest.leadershipManagementGovernance, latest.childrenInCare, latest.careLeavers, latest.lscbReview, latest.previousInspectionId],
        ['SIF', '2017-01-24', '2017-02-16', '2017-04-07', 'inadequate', 'inadequate', 'inadequate', null, null, null, previous.id],
      );
      assert.equal(previous.year, 2012);
      assert.equal(previous.overall, null);
      assert.match(previous.note!, /a significant decline in performance since your last Ofsted inspection in 2012/);

      const recs = await listRecommendations(db, '211', ids.inspectionId);
      assert.equal(recs.length, ILLUSTRATIVE_RECOMMENDATIONS.length);
      assert.ok(recs.length >= 8 && recs.length <= 10);
      assert.deepEqual(recs.map((r) => r.number), recs.map((_, i) => i + 1));
      assert.ok(recs.every((r) => r.illustrative && r.note!.startsWith('Illustrative, drawn from [')));

      const [direction] = await listDirections(db, '211');
      assert.deepEqual([direction.status, direction.draftOn, direction.representationsDeadline, direction.issuedOn, direction.legalBasis],
        ['issued', '2017-04-07', '2017-04-21', '2017-09-15', 'Section 497A(4B) of the Education Act 1996']);
      assert.match(direction.note!, /illustrative/);
      const clauses = await listClauses(db, '211', direction.id);
      assert.deepEqual(clauses.map((c) => c.ref), ['5', '5a', '5b', '5c', '5d', '5e', '5f', '5g', '6']);
      assert.equal(clauses.find((c) => c.ref === '5g')!.text, DIRECTION_CLAUSES.find(([r]) => r === '5g')![1]);
      assert.match(clauses.find((c) => c.ref === '5g')!.text, /the first report being within 3 months of the date of this Direction\.$/);

      const terms = await getAdviserTerms(db, '211', direction.id);
      assert.equal(terms!.text, ADVISER_TERMS);
      assert.equal(terms!.reviewAreas.length, 7);
      const appointments = await listAppointments(db, '211', direction.id);
      assert.deepEqual(appointments.map((a) => a.organisation).sort(), ['Islington Council', 'Lincolnshire County Council']);

      const [targetRow] = await listCouncilTargets(db, '211');
      assert.deepEqual([targetRow.dueOn, targetRow.targetJudgment], ['2019-04-30', 'good']);
      const board = await getBoardSchedule(db, '211');
      assert.deepEqual([board!.frequencyDays, board!.chair, board!.firstMeetingIllustrative], [42, 'Alan Wood (independent chair)', true]);

      const [visit] = await listMonitoringVisits(db, '211');
      assert.deepEqual([visit.number, visit.visitStart, visit.visitEnd, visit.letterDate, visit.inspectors],
        [5, '2018-12-11', '2018-12-12', '2019-01-17', 'Brenda McLaughlin HMI; Louise Warren HMI; Tom Anthony OI']);
      assert.equal(visit.letterText, MONITORING_LETTER_2019_01_17);
      const findings = await listFindings(db, '211', visit.id);
      assert.equal(findings.length, VISIT_5_FINDINGS.length);
      assert.deepEqual(findings.map((f) => f.position), findings.map((_, i) => i + 1));
      const letterFlat = MONITORING_LETTER_2019_01_17.replace(/\s+/g, ' ');
      for (const f of findings) assert.ok(letterFlat.includes(f.text), `verbatim: ${f.text}`);
      assert.equal(findings.filter((f) => f.kind === 'area_for_improvement').length, 7);
      assert.equal(findings.find((f) => f.text.startsWith('However, this practice'))!.kind, 'area_for_improvement');
      assert.equal(findings.find((f) => f.text.startsWith('Morale is good'))!.kind, 'strength');

      // Everything was written through the repository, so it is all in the audit trail.
      const [audit] = await db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM audit_log WHERE la_code = '211' AND action = 'create' AND user_label = 'system'`);
      const records = (await Promise.all(['inspections', 'recommendations', 'directions', 'direction_clauses', 'adviser_terms',
        'adviser_appointments', 'council_targets', 'board_schedule', 'monitoring_visits', 'visit_findings'].map((t) => count(db, t, '211'))))
        .reduce((a, b) => a + b, 0);
      assert.equal(audit.n, records);
    } finally {
      await db.close();
    }
  });

  test(`seeding twice changes nothing the second time (${target.name})`, async () => {
    const db = await target.open();
    try {
      await addCouncils(db, ['211', 'Tower Hamlets']);
      assert.ok(await db.transaction((tx) => seedIntervention(tx)));
      const before = await count(db, 'audit_log');
      assert.equal(await db.transaction((tx) => seedIntervention(tx)), null);
      assert.equal(await count(db, 'inspections', '211'), 2);
      assert.equal(await count(db, 'visit_findings', '211'), VISIT_5_FINDINGS.length);
      assert.equal(await count(db, 'audit_log'), before);
      await assert.rejects(db.transaction((tx) => seedIntervention(tx, '998')), /council 998 does not exist/);
    } finally {
      await db.close();
    }
  });

  test(`the seeded calendar gives the seeds' two checks (${target.name})`, async () => {
    const db = await target.open();
    try {
      await addCouncils(db, ['211', 'Tower Hamlets']);
      const ids = (await db.transaction((tx) => seedIntervention(tx)))!;
      const [direction] = await listDirections(db, '211');

      // Check 1 — the draft terms of reference: for the draft Direction of 7 April 2017 the chair's
      // first quarterly report is due "within 3 months (end of June 2017)".
      const asDrafted = chairQuarterlyReports({ id: direction.id, draftOn: direction.draftOn, issuedOn: null, revokedOn: null }, '2017-12-31');
      assert.equal(asDrafted[0].dueOn, '2017-06-30');
      assert.equal(asDrafted[0].provisional, true);
      assert.equal(dueWithinMonths(direction.draftOn, 3), '2017-06-30');

      // Check 2 — the press report of the issued Direction: the Adviser's first review "in February 2018".
      const all = await councilObligations(db, '211', { today: '2019-01-31' });
      const firstReview = all.find((o) => o.key === `direction:${direction.id}:adviser-review:1`)!;
      assert.equal(firstReview.dueOn, '2018-02-28');
      assert.equal(firstReview.legalDeadline, '2018-03-15');
      // And the chair's first report from the issued Direction falls before the year end ("due by the year end").
      const firstReport = all.find((o) => o.key === `direction:${direction.id}:chair-report:1`)!;
      assert.equal(firstReport.dueOn, '2017-11-30');

      // The fifth monitoring visit meets its obligation (late against a strict quarterly rhythm).
      const visit5 = all.find((o) => o.key === `inspection:${ids.inspectionId}:monitoring-visit:5`)!;
      assert.equal(visit5.status, 'done');
      assert.equal(visit5.fulfilment?.fulfilledOn, '2018-12-12');
      // The target "good by April 2019" is still open on 31 January 2019, due on 30 April 2019.
      const goodBy = all.find((o) => o.kind === 'council_target')!;
      assert.deepEqual([goodBy.dueOn, goodBy.status], ['2019-04-30', 'due']);
      // Board meetings every six weeks from the (illustrative) first meeting, each with the DCS report.
      const meetings = all.filter((o) => o.kind === 'board_meeting').map((o) => o.dueOn);
      assert.deepEqual(meetings.slice(0, 3), ['2017-04-27', '2017-06-08', '2017-07-20']);
      assert.equal(all.filter((o) => o.kind === 'dcs_report').length, meetings.length);
      const second = await getInspection(db, '211', ids.previousInspectionId);
      assert.equal(all.some((o) => o.key.startsWith(`inspection:${second!.id}:`)), false, 'the 2012 judgment is not recorded, so it starts no monitoring');
    } finally {
      await db.close();
    }
  });
}
