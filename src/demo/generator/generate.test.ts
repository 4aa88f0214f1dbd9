import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ageAt, dayOf } from './calendar.ts';
import { generateAnnexA, generateSeries, problemWith, rowCount, type Generated } from './generate.ts';
import type { ListNumber } from './headers.ts';
import { parseCellDate, view } from './testing.ts';

const SMALL = { laCode: '211', scale: 0.08, seed: 11 } as const;
const AS_AT = '2018-08-31';
const small = generateAnnexA({ ...SMALL, asAt: AS_AT });

// The exact Ofsted headers, transcribed from annex-a-input.md.
const PERSON = ['Child Unique ID', 'Gender', 'Ethnicity', 'Date of Birth', 'Age of Child (Years)'];
const PERSON_D = [...PERSON, 'Does the Child have a Disability'];
const EXPECTED_HEADERS: Record<number, string[]> = {
  1: [...PERSON, 'Date of Contact', 'Contact Source'],
  2: [...PERSON, 'Assessment start date', 'Assessment completion date', 'Organisation completing assessment'],
  3: [...PERSON, 'Date of referral', 'Referral Source', 'Referral NFA?', 'Number of Referrals in Last 12 Months', 'Allocated Team', 'Allocated Worker'],
  4: [...PERSON_D, 'Continuous Assessment Start Date', 'Child Seen During Continuous Assessment', 'Continuous Assessment Date of Authorisation', "Was the child assessed as requiring LA children's social care support?", 'Allocated Team', 'Allocated Worker'],
  5: [...PERSON_D, 'Strategy discussion initiating Section 47 Enquiry Start Date', 'Was an Initial Child Protection Conference deemed unnecessary?', 'Date of Initial Child Protection Conference', 'Did the Initial Child Protection Conference Result in a Child Protection Plan', 'Number of Section 47 Enquiries in the last 12 months', 'Number of ICPCs in the last 12 months', 'Allocated Team', 'Allocated Worker'],
  6: [...PERSON_D, 'CIN Start Date', 'Primary Need Code', 'Date Child Was Last Seen', 'CIN Closure Date', 'Reason for Closure', 'Case Status', 'Allocated Team', 'Allocated Worker'],
  7: [...PERSON_D, 'Child Protection Plan Start Date', 'Initial Category of Abuse', 'Latest Category of Abuse', 'Date of the Last Statutory Visit', 'Was the Child Seen Alone?', 'Date of latest review conference', 'Child Protection Plan End Date', 'Subject to Emergency Protection Order or Protected Under Police Powers in Last Six Months (Y/N)', 'Number of Previous Child Protection Plans', 'Allocated Team', 'Allocated Worker'],
  8: [...PERSON_D, 'Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N)', 'Date Started to be Looked After', "Child's Category of Need", 'Is this a second or subsequent period of being a Looked After Child within the last 12 months (Y/N)', 'Start date of current legal status', "Child's Legal Status", 'Date of Latest Statutory Review', 'Date of Last Social Work Visit', 'What is the permanence plan for this child?', 'Date of Last IRO Visit / Contact to the Child', 'Date of Last Health Assessment', 'Date of Last Dental Check', 'Number of Placements in the Last 12 months', 'Date Ceased to be Looked After', 'Reason Ceased to be Looked After', 'Start Date of Most Recent Placement', 'Placement Type', 'Placement Provider', 'Placement postcode', 'URN of Placement', 'Placement Location', 'LA of Placement', "Number of Episodes the Child has been 'Missing' from their Placement in the last 12 months", "Number of Episodes the Child has been 'Absent' from their Placement in the last 12 months", 'Was the child offered a Return Interview after their last missing episode (Y/N)?', 'Did the child accept a Return Interview after their last missing episode (Y/N)?', 'Allocated Team', 'Allocated Worker'],
  9: [...PERSON_D, 'Unaccompanied Asylum Seeking Child (UASC), or formerly UASC if 18 or over (Y/N)', 'Allocated Team', 'Allocated Worker', 'Allocated Personal Advisor', 'Eligibility Category', 'Latest Pathway Plan Review Date', 'LA in Touch', 'Latest Date of Contact', 'Type of Accommodation', 'Suitability of Accommodation', 'Activity Status'],
  10: [...PERSON_D, 'Family identifier', 'Date the Child Entered Care', 'Date of Decision that Child Should be Placed for Adoption', 'Date of Placement Order', 'Date of Matching Child and Prospective Adopters', 'Date Placed for Adoption', 'Date of Adoption Order', 'Date of Decision that Child Should No Longer be Placed for Adoption', 'Reason Why Child No Longer Placed for Adoption', 'Date the child was placed for fostering in FFA or concurrent planning placement'],
  11: ['Individual adopter identifier', 'Family identifier', 'Gender', 'Ethnicity', 'Disability', 'Is the (prospective) adopter fostering for adoption?', 'Date enquiry received', 'Date Stage 1 started', 'Date Stage 1 ended', 'Date Stage 2 started', 'Date Stage 2 ended', 'Date application submitted', 'Date application approved', 'Date adopter matched with child(ren)', 'Date child/children placed with adopter(s)', 'No. of children placed', 'Date of Adoption Order', 'Date of leaving adoption process', 'Reason for leaving adoption process'],
};

/** The bold (required) columns of annex-a-input.md, plus Child Unique ID on lists 1-10. */
const REQUIRED: Record<number, string[]> = {
  1: ['Child Unique ID', 'Date of Contact'],
  2: ['Child Unique ID', 'Assessment start date'],
  3: ['Child Unique ID', 'Date of referral'],
  4: ['Child Unique ID', 'Continuous Assessment Start Date'],
  5: ['Child Unique ID', 'Strategy discussion initiating Section 47 Enquiry Start Date'],
  6: ['Child Unique ID', 'CIN Start Date'],
  7: ['Child Unique ID', 'Child Protection Plan Start Date'],
  8: ['Child Unique ID', 'Date Started to be Looked After'],
  9: ['Child Unique ID'],
  10: ['Child Unique ID', 'Date the Child Entered Care'],
  11: ['Individual adopter identifier'],
};


const YES_NO = new Set(['a) Yes', 'Yes', 'Y', 'b) No', 'No', 'N']);
const YES_NO_COLUMNS = [
  [3, 'Referral NFA?'], [4, 'Child Seen During Continuous Assessment'],
  [4, "Was the child assessed as requiring LA children's social care support?"],
  [5, 'Was an Initial Child Protection Conference deemed unnecessary?'],
  [5, 'Did the Initial Child Protection Conference Result in a Child Protection Plan'],
  [7, 'Was the Child Seen Alone?'], [7, 'Subject to Emergency Protection Order or Protected Under Police Powers in Last Six Months (Y/N)'],
  [8, 'Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N)'],
  [8, 'Is this a second or subsequent period of being a Looked After Child within the last 12 months (Y/N)'],
  [8, 'Was the child offered a Return Interview after their last missing episode (Y/N)?'],
  [8, 'Did the child accept a Return Interview after their last missing episode (Y/N)?'],
  [11, 'Is the (prospective) adopter fostering for adoption?'],
] as const;

function allCells(g: Generated, test: (list: number, header: string, value: string, row: string[]) => void) {
  for (const l of g.lists) for (const row of l.rows) row.forEach((v, i) => test(l.list, l.headers[i], v, row));
}

describe('generateAnnexA', () => {
  it('is deterministic: the same seed gives identical rows, another seed different ones', () => {
    const again = generateAnnexA({ ...SMALL, asAt: AS_AT });
    assert.deepEqual(again, small);
    const other = generateAnnexA({ ...SMALL, seed: 12, asAt: AS_AT });
    assert.notDeepEqual(other.lists[0].rows, small.lists[0].rows);
  });

  it('gives each as-at date of a series exactly what a single extract gives (one consistent world)', () => {
    const dates = ['2017-06-30', '2018-08-31', '2019-03-31'];
    const series = [...generateSeries(SMALL, dates)];
    assert.deepEqual(series.map((g) => g.asAt), dates);
    assert.deepEqual(series[1], small);
    assert.deepEqual(series[0], generateAnnexA({ ...SMALL, asAt: dates[0] }));
  });

  it('follows the same children from one month to the next', () => {
    const [a, b] = [...generateSeries(SMALL, ['2018-07-31', '2018-08-31'])];
    const inCare = (g: Generated) => {
      const v = view(g, 8);
      return new Map(v.rows.filter((r) => v.text(r, 'Date Ceased to be Looked After') === '').map((r) => [r[0], v.text(r, 'Date Started to be Looked After')]));
    };
    const july = inCare(a);
    const august = inCare(b);
    const stayed = [...july.keys()].filter((id) => august.has(id));
    assert.ok(stayed.length > 0.85 * july.size, `${stayed.length} of ${july.size} still in care a month later`);
    for (const id of stayed) assert.equal(parseCellDate(august.get(id)!), parseCellDate(july.get(id)!));
  });

  it('writes lists 1 to 11 with exactly the Ofsted headers', () => {
    assert.deepEqual(small.lists.map((l) => l.list), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    for (const l of small.lists) assert.deepEqual([...l.headers], EXPECTED_HEADERS[l.list], `list ${l.list}`);
    const without = generateAnnexA({ ...SMALL, asAt: AS_AT, includeAdopters: false });
    assert.deepEqual(without.lists.map((l) => l.list), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('has rows in every list, each as long as its header, with every required cell filled', () => {
    for (const l of small.lists) {
      assert.ok(l.rows.length > 0, `list ${l.list} has rows`);
      const required = REQUIRED[l.list].map((h) => l.headers.indexOf(h));
      for (const row of l.rows) {
        assert.equal(row.length, l.headers.length);
        for (const i of required) assert.notEqual(row[i].trim(), '', `list ${l.list} ${l.headers[i]}`);
      }
    }
  });

  it('writes only valid dates, none after the as-at date and none before the date of birth', () => {
    const d = dayOf(AS_AT);
    let dashed = 0;
    let dates = 0;
    for (const l of small.lists) {
      const dob = l.headers.indexOf('Date of Birth');
      for (const row of l.rows) {
        const born = dob >= 0 ? parseCellDate(row[dob]) : null;
        row.forEach((v, i) => {
          const h = l.headers[i];
          if (!/date/i.test(h) || v === '') return;
          assert.match(v, /^\d{1,2}([/-])\d{1,2}\1\d{4}$/, `list ${l.list} ${h}: ${v}`);
          const day = parseCellDate(v)!;
          const [dd, mm] = v.split(/[/-]/).map(Number);
          assert.ok(mm >= 1 && mm <= 12 && dd >= 1 && dd <= 31, v);
          assert.ok(day <= d, `list ${l.list} ${h} ${v} after the as-at date`);
          if (born !== null) assert.ok(day >= born, `list ${l.list} ${h} ${v} before birth ${row[dob]}`);
          dates++;
          if (v.includes('-')) dashed++;
        });
      }
    }
    assert.ok(dashed > 0 && dashed < dates * 0.01, `a few dates dd-mm-yyyy (${dashed} of ${dates})`);
  });

  it('gives ages consistent with dates of birth at the as-at date', () => {
    const d = dayOf(AS_AT);
    let blanks = 0;
    for (const l of small.lists.filter((x) => x.list <= 10)) {
      const dob = l.headers.indexOf('Date of Birth');
      const age = l.headers.indexOf('Age of Child (Years)');
      for (const row of l.rows) {
        if (row[dob] === '') {
          assert.equal(row[age], '');
          blanks++;
          continue;
        }
        assert.equal(Number(row[age]), ageAt(parseCellDate(row[dob])!, d));
      }
    }
    assert.ok(blanks < 0.01 * small.lists[0].rows.length, 'very few blank dates of birth');
    const l9 = view(small, 9);
    for (const r of l9.rows) {
      const age = Number(l9.text(r, 'Age of Child (Years)'));
      assert.ok(age >= 17 && age <= 21, `care leaver aged ${age}`);
    }
    const l1 = view(small, 1);
    for (const r of l1.rows) if (r[4] !== '') assert.ok(Number(r[4]) <= 18);
  });

  it('uses pseudonymous ids and numbered fake workers only', () => {
    allCells(small, (list, h, v) => {
      if (h === 'Child Unique ID') assert.match(v, /^TH\d{6}$/);
      if (h === 'Allocated Worker' && v !== '') assert.match(v, /^(Worker \d{3,}|PA \d{3,})$/, `list ${list}`);
      if (h === 'Allocated Personal Advisor' && v !== '') assert.match(v, /^PA \d{3,}$/);
      if (h === 'Individual adopter identifier') assert.match(v, /^AD\d+$/);
    });
    const other = generateAnnexA({ ...SMALL, laCode: '202', asAt: AS_AT });
    assert.match(other.lists[0].rows[0][0], /^C202-\d{6}$/);
  });

  it('mixes Ofsted spellings of yes and no, all of them accepted forms', () => {
    const seen = new Set<string>();
    for (const [list, header] of YES_NO_COLUMNS) {
      const v = view(small, list);
      for (const r of v.rows) {
        const x = v.text(r, header);
        if (x === '') continue;
        assert.ok(YES_NO.has(x), `list ${list} ${header}: ${x}`);
        seen.add(x);
      }
    }
    assert.deepEqual([...seen].sort(), [...YES_NO].sort());
  });

  it('writes coded values in accepted forms', () => {
    allCells(small, (list, h, v) => {
      if (v === '') return;
      if (h === 'Gender') assert.match(v, /^(a\) Male|Male|M|b\) Female|Female|F|c\) Not stated\/recorded|Not stated\/recorded)$/);
      if (h === 'Activity Status') assert.match(v, /^[FPG]\d( ?[:-] .+)?$/);
      if (h === 'Placement Location') assert.match(v, /^(a\) )?In$|^(b\) )?Out$/);
      if (h === 'LA in Touch') assert.match(v, /^(a\) Yes|Yes|Y|b\) No|No|N|Refu|d\) Refu|NREQ|e\) NREQ|Rhom|f\) Rhom)$/);
      if (h === 'Suitability of Accommodation') assert.match(v, /^(a\) |b\) )?(Suitable|Unsuitable)$/);
      if (h === 'Primary Need Code' || h === "Child's Category of Need") assert.match(v, /^N\d( ?[:-] .+)?$/);
      if (h === "Child's Legal Status") assert.match(v, /^(C1|C2|E1|V2|L1|L2|J1)(: .+| - .+)?$/);
      if (h === 'Placement postcode') assert.match(v, /^[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}$/);
      if (/^Number of/.test(h) || h === 'No. of children placed') assert.match(v, /^\d+$/, `list ${list} ${h}`);
    });
  });

  it('links journeys: children in care, on plans and on assessments appear in the lists before them', () => {
    const ids = (list: ListNumber) => new Set(view(small, list).rows.map((r) => r[0]));
    const cin = ids(6);
    for (const id of ids(7)) assert.ok(cin.has(id), `child protection child ${id} is a child in need`);
    for (const id of ids(8)) assert.ok(cin.has(id), `child in care ${id} is a child in need`);
    const good = generateAnnexA({ ...SMALL, asAt: '2019-03-31' });
    const assessed = new Set(view(good, 4).rows.map((r) => r[0]));
    const inCare = [...new Set(view(good, 8).rows.map((r) => r[0]))];
    const withAssessment = inCare.filter((id) => assessed.has(id));
    assert.ok(withAssessment.length > 0.7 * inCare.length, `${withAssessment.length} of ${inCare.length} children in care have an assessment in list 4`);
    const referred = new Set(view(small, 3).rows.map((r) => r[0]));
    const contacted = ids(1);
    const recentReferrals = view(small, 3).rows.filter((r) => parseCellDate(r[5])! >= dayOf('2018-03-01'));
    const referredAfterContact = recentReferrals.filter((r) => contacted.has(r[0]));
    assert.ok(referredAfterContact.length > 0.95 * recentReferrals.length, 'referrals follow contacts');
    assert.ok(referred.size > 0);
  });

  it('allocates open cases to workers with realistic caseloads and leaves some children unallocated', () => {
    const g = generateAnnexA({ ...SMALL, scale: 0.5, asAt: AS_AT });
    const d = dayOf(AS_AT);
    const caseloads = new Map<string, Set<string>>();
    const allocated = new Map<string, boolean>();
    for (const [list, start, end] of [[6, 'CIN Start Date', 'CIN Closure Date'], [7, 'Child Protection Plan Start Date', 'Child Protection Plan End Date'], [8, 'Date Started to be Looked After', 'Date Ceased to be Looked After']] as const) {
      const v = view(g, list);
      for (const r of v.rows) {
        const e = v.date(r, end);
        if (v.date(r, start)! > d || (e !== null && e <= d)) continue;
        const w = v.text(r, 'Allocated Worker');
        allocated.set(r[0], (allocated.get(r[0]) ?? false) || w !== '');
        if (w) (caseloads.get(w) ?? caseloads.set(w, new Set()).get(w)!).add(r[0]);
      }
    }
    const loads = [...caseloads.values()].map((s) => s.size);
    const mean = loads.reduce((a, b) => a + b, 0) / loads.length;
    assert.ok(mean >= 15 && mean <= 25, `mean caseload ${mean}`);
    const unallocated = [...allocated.values()].filter((x) => !x).length;
    assert.ok(unallocated > 0 && unallocated < 0.1 * allocated.size, `${unallocated} unallocated of ${allocated.size}`);
  });

  it('scales volumes with the scale', () => {
    const bigger = generateAnnexA({ ...SMALL, scale: 0.32, asAt: AS_AT });
    const ratio = rowCount(bigger) / rowCount(small);
    assert.ok(ratio > 3.4 && ratio < 4.6, `4x the scale gives ${ratio.toFixed(2)}x the rows`);
    const contacts = bigger.lists[0].rows.length / small.lists[0].rows.length;
    assert.ok(contacts > 3.6 && contacts < 4.4, `contacts ratio ${contacts}`);
  });

  it('refuses bad options with a reason', () => {
    assert.throws(() => generateAnnexA({ ...SMALL, asAt: '2018-02-30' }), /as-at date must be a date/);
    assert.throws(() => generateAnnexA({ ...SMALL, laCode: '21', asAt: AS_AT }), /three digits/);
    assert.throws(() => generateAnnexA({ ...SMALL, scale: 0, asAt: AS_AT }), /scale/);
    assert.throws(() => generateAnnexA({ ...SMALL, seed: -1, asAt: AS_AT }), /seed/);
    assert.throws(() => generateAnnexA({ ...SMALL, asAt: '2015-06-30' }), /at least 19 months after/);
    assert.throws(() => generateSeries(SMALL, []), /at least one/);
    assert.equal(problemWith(SMALL, [AS_AT]), null);
  });
});
