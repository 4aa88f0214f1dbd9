// Helpers for the generator's tests (and its tuning): read generated rows back as values and
// compute the few figures the story is about, by the definitions in indicators.md.
import { type Day, addMonths, ageAt, dayOf, fromYmd, workingDaysBetween } from './calendar.ts';
import type { Generated, GeneratedList } from './generate.ts';
import type { ListNumber } from './headers.ts';

const DMY = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4})$/;

/** A generated date cell as a day number (null when blank). Throws on anything else. */
export function parseCellDate(text: string): Day | null {
  if (text === '') return null;
  const m = DMY.exec(text);
  if (!m) throw new Error(`not a date: ${text}`);
  return fromYmd(Number(m[3]), Number(m[2]), Number(m[1]));
}

export const isYes = (text: string) => /^(a\) )?y(es)?$/i.test(text);

export class ListView {
  private readonly index: Map<string, number>;
  constructor(readonly list: GeneratedList) {
    this.index = new Map(list.headers.map((h, i) => [h, i]));
  }
  col(header: string): number {
    const i = this.index.get(header);
    if (i === undefined) throw new Error(`no column ${header} in list ${this.list.list}`);
    return i;
  }
  get rows() {
    return this.list.rows;
  }
  text(row: string[], header: string): string {
    return row[this.col(header)];
  }
  date(row: string[], header: string): Day | null {
    return parseCellDate(row[this.col(header)]);
  }
}

export function view(g: Generated, list: ListNumber): ListView {
  const l = g.lists.find((x) => x.list === list);
  if (!l) throw new Error(`list ${list} missing`);
  return new ListView(l);
}

const openAt = (start: Day | null, end: Day | null, d: Day) => start !== null && start <= d && (end === null || end > d);
const pct = (n: number, of: number) => (of === 0 ? null : Math.round((1000 * n) / of) / 10);

/** The story's figures for one extract (a subset of the indicator catalogue). */
export function storyFigures(g: Generated) {
  const d = dayOf(g.asAt);
  const p0 = addMonths(d + 1, -6);
  const inP = (x: Day | null) => x !== null && x >= p0 && x <= d;
  const l1 = view(g, 1);
  const l3 = view(g, 3);
  const l4 = view(g, 4);
  const l5 = view(g, 5);
  const l6 = view(g, 6);
  const l7 = view(g, 7);
  const l8 = view(g, 8);
  const l9 = view(g, 9);

  const referrals = l3.rows.map((r) => ({ id: r[0], date: l3.date(r, 'Date of referral')! }));
  const byChild = new Map<string, Day[]>();
  for (const r of referrals) (byChild.get(r.id) ?? byChild.set(r.id, []).get(r.id)!).push(r.date);
  const inPeriod = referrals.filter((r) => inP(r.date));
  const re = inPeriod.filter((r) => byChild.get(r.id)!.some((x) => x < r.date && x >= r.date - 365));

  const authorised = l4.rows
    .map((r) => ({ start: l4.date(r, 'Continuous Assessment Start Date')!, auth: l4.date(r, 'Continuous Assessment Date of Authorisation') }))
    .filter((a) => inP(a.auth));
  const within45 = authorised.filter((a) => workingDaysBetween(a.start, a.auth!) <= 45);

  const icpcs = l5.rows
    .map((r) => ({ s: l5.date(r, 'Strategy discussion initiating Section 47 Enquiry Start Date')!, c: l5.date(r, 'Date of Initial Child Protection Conference') }))
    .filter((x) => inP(x.c));
  const icpc15 = icpcs.filter((x) => workingDaysBetween(x.s, x.c!) <= 15);

  const cinOpen = l6.rows.filter((r) => openAt(l6.date(r, 'CIN Start Date'), l6.date(r, 'CIN Closure Date'), d));
  const cinSeen = cinOpen.filter((r) => {
    const s = l6.date(r, 'Date Child Was Last Seen');
    return s !== null && s <= d && workingDaysBetween(s, d) <= 20;
  });
  const cpOpen = l7.rows.filter((r) => openAt(l7.date(r, 'Child Protection Plan Start Date'), l7.date(r, 'Child Protection Plan End Date'), d));
  const cpVisit = cpOpen.filter((r) => {
    const v = l7.date(r, 'Date of the Last Statutory Visit');
    return v !== null && workingDaysBetween(v, d) <= 10;
  });
  const cpReview = cpOpen.filter((r) => {
    const start = l7.date(r, 'Child Protection Plan Start Date')!;
    const rev = l7.date(r, 'Date of latest review conference');
    return rev === null ? d <= addMonths(start, 3) : d <= addMonths(rev, 6);
  });
  const claOpen = l8.rows.filter((r) => openAt(l8.date(r, 'Date Started to be Looked After'), l8.date(r, 'Date Ceased to be Looked After'), d));
  const assessedAt = new Map<string, Day>();
  for (const r of l4.rows) {
    const a = l4.date(r, 'Continuous Assessment Date of Authorisation');
    if (a !== null && a <= d && d - a <= 365) assessedAt.set(r[0], a);
  }
  const claNoAssessment = claOpen.filter((r) => !assessedAt.has(r[0]));
  const claVisit = claOpen.filter((r) => {
    const v = l8.date(r, 'Date of Last Social Work Visit');
    return v !== null && d - v <= 42;
  });
  const claReview = claOpen.filter((r) => {
    const start = l8.date(r, 'Date Started to be Looked After')!;
    const rev = l8.date(r, 'Date of Latest Statutory Review');
    return rev === null ? workingDaysBetween(start, d) <= 20 : d <= addMonths(rev, 6);
  });
  const healthDue = claOpen.filter((r) => workingDaysBetween(l8.date(r, 'Date Started to be Looked After')!, d) > 20);
  const healthOk = healthDue.filter((r) => {
    const h = l8.date(r, 'Date of Last Health Assessment');
    const dob = l8.date(r, 'Date of Birth');
    if (h === null || dob === null) return false;
    return d - h <= (ageAt(dob, d) < 5 ? 183 : 365);
  });
  const permDue = claOpen.filter((r) => addMonths(l8.date(r, 'Date Started to be Looked After')!, 4) <= d);
  const permOk = permDue.filter((r) => l8.text(r, 'What is the permanence plan for this child?') !== '');

  const workers = new Map<string, Set<string>>();
  const openChildren = new Map<string, boolean>();
  const addOpen = (v: ListView, rows: string[][]) => {
    for (const r of rows) {
      const w = v.text(r, 'Allocated Worker');
      openChildren.set(r[0], (openChildren.get(r[0]) ?? false) || w !== '');
      if (w !== '') (workers.get(w) ?? workers.set(w, new Set()).get(w)!).add(r[0]);
    }
  };
  addOpen(l6, cinOpen);
  addOpen(l7, cpOpen);
  addOpen(l8, claOpen);
  const caseloads = [...workers.values()].map((s) => s.size);

  const leavers19to21 = l9.rows.filter((r) => {
    const dob = l9.date(r, 'Date of Birth');
    return dob !== null && ageAt(dob, d) >= 19;
  });
  const inTouch = leavers19to21.filter((r) => isYes(l9.text(r, 'LA in Touch')));
  const pathway = l9.rows.filter((r) => {
    const p = l9.date(r, 'Latest Pathway Plan Review Date');
    return p !== null && d - p <= 183;
  });

  return {
    asAt: g.asAt,
    contacts: l1.rows.filter((r) => inP(l1.date(r, 'Date of Contact'))).length,
    referrals: inPeriod.length,
    rereferralPct: pct(re.length, inPeriod.length),
    assessmentsCompleted: authorised.length,
    within45Pct: pct(within45.length, authorised.length),
    icpcWithin15Pct: pct(icpc15.length, icpcs.length),
    cinOpenChildren: new Set(cinOpen.map((r) => r[0])).size,
    cinSeenPct: pct(cinSeen.length, cinOpen.length),
    cpOpen: new Set(cpOpen.map((r) => r[0])).size,
    cpVisitPct: pct(cpVisit.length, cpOpen.length),
    cpReviewPct: pct(cpReview.length, cpOpen.length),
    claOpen: new Set(claOpen.map((r) => r[0])).size,
    claWithoutCurrentAssessment: claNoAssessment.length,
    claVisitPct: pct(claVisit.length, claOpen.length),
    claReviewPct: pct(claReview.length, claOpen.length),
    claHealthPct: pct(healthOk.length, healthDue.length),
    claPermanencePct: pct(permOk.length, permDue.length),
    careLeavers: l9.rows.length,
    inTouchPct: pct(inTouch.length, leavers19to21.length),
    pathwayPct: pct(pathway.length, l9.rows.length),
    caseloadAvg: caseloads.length ? Math.round((10 * caseloads.reduce((a, b) => a + b, 0)) / caseloads.length) / 10 : null,
    workers: caseloads.length,
    unallocatedChildren: [...openChildren.values()].filter((x) => !x).length,
  };
}
