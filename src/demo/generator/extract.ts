// The Annex A extract at an as-at date D: what a council's case management system would export on
// that day. Anything dated after D is not known yet and is blank.
// Windows (annex-a-input.md; indicators.md for the period): lists 1 and 3 cover the six-month
// period, list 3 a further 13 months (for re-referrals within 12 months); lists 2, 4 and 5 the last
// 12 months (list 4 also assessments authorised in the last 365 days and those still open); lists 6
// to 8 cases open at D plus those closed in the period; list 9 current care leavers aged 17 to 21;
// lists 10 and 11 anyone with adoption activity in the last three years or still in process.
import { type Day, NEVER, addMonths, ageAt } from './calendar.ts';
import {
  ABUSE, ACCOMMODATION, ACTIVITY, ADOPTER_LEFT, CASE_STATUS, CLOSURE, DISABILITY, ELIGIBILITY, GENDER,
  IN_TOUCH, LEGAL_STATUS, NEED, NO_LONGER_ADOPTION, PERMANENCE, PLACEMENT_LOCATION, PLACEMENT_TYPE,
  PROVIDER, REASON_CEASED, SUITABILITY,
} from './codes.ts';
import { Cells } from './cells.ts';
import { type ListNumber } from './headers.ts';
import type {
  AdopterFamily, Adoption, Assessment, CareEpisode, CareLeaver, Child, CinEpisode, Contact, CpPlan,
  EarlyHelp, Referral, S47, World,
} from './model.ts';
import { countInRange, indexAtOrBefore, latestAtOrBefore } from './timeline.ts';
import { workerOn } from './workforce.ts';

export type Row = string[];

const THREE_YEARS = 1096;

function at(days: readonly Day[], d: Day): Day {
  return latestAtOrBefore(days, d);
}

const known = (day: Day, d: Day): Day => (day <= d ? day : NEVER);

/** The latest of some days, NEVER counting as nothing. */
function latestOf(...days: Day[]): Day {
  let best = NEVER;
  for (const x of days) if (x !== NEVER && (best === NEVER || x > best)) best = x;
  return best;
}

/** First index with `date(x) >= from` in an array sorted by date. */
function lowerBound<T>(items: readonly T[], from: Day, date: (x: T) => Day): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (date(items[mid]) < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function byDate<T extends { key: number }>(items: T[], date: (x: T) => Day): T[] {
  return items.sort((a, b) => date(a) - date(b) || a.key - b.key);
}

export class Extractor {
  readonly periodStart: Day;
  private readonly yearStart: Day;
  private readonly cells: Cells;

  constructor(
    private readonly world: World,
    private readonly d: Day,
  ) {
    this.periodStart = addMonths(d + 1, -6);
    this.yearStart = addMonths(d + 1, -12);
    this.cells = new Cells(world.seed);
  }

  rows(list: ListNumber): Row[] {
    switch (list) {
      case 1: return this.contacts();
      case 2: return this.earlyHelp();
      case 3: return this.referrals();
      case 4: return this.assessments();
      case 5: return this.s47s();
      case 6: return this.childrenInNeed();
      case 7: return this.protection();
      case 8: return this.care();
      case 9: return this.careLeavers();
      case 10: return this.adoption();
      case 11: return this.adopters();
    }
  }

  private person(child: Child, key: number, withDisability: boolean, dobUnknown = false): Row {
    const c = this.cells;
    const row = [
      child.id,
      c.spell(GENDER[child.gender], child.serial, 1),
      c.spell(child.ethnicity, child.serial, 2),
      dobUnknown ? '' : c.date(child.dob, key, 3),
      dobUnknown ? '' : String(ageAt(child.dob, this.d)),
    ];
    if (withDisability) row.push(c.spell(DISABILITY[child.disability], child.serial, 4));
    return row;
  }

  private contacts(): Row[] {
    const { d, cells: c } = this;
    const all = this.world.contacts;
    const out: Row[] = [];
    for (let i = lowerBound(all, this.periodStart, (x) => x.date); i < all.length && all[i].date <= d; i++) {
      const x: Contact = all[i];
      out.push([
        ...this.person(x.child, x.key, false, x.dobUnknown),
        c.date(x.date, x.key, 10),
        x.sourceBlank ? '' : c.spell(x.source, x.key, 11),
      ]);
    }
    return out;
  }

  private earlyHelp(): Row[] {
    const { d, cells: c } = this;
    const chosen = this.world.earlyHelp.filter((x) => x.start >= this.yearStart && x.start <= d);
    return byDate(chosen, (x) => x.start).map((x: EarlyHelp) => [
      ...this.person(x.child, x.key, false),
      c.date(x.start, x.key, 10),
      c.date(known(x.completed, d), x.key, 11),
      x.organisation,
    ]);
  }

  private referrals(): Row[] {
    const { d, cells: c } = this;
    const all = this.world.referrals;
    const out: Row[] = [];
    for (let i = lowerBound(all, addMonths(this.periodStart, -13), (x) => x.date); i < all.length && all[i].date <= d; i++) {
      const x: Referral = all[i];
      out.push([
        ...this.person(x.child, x.key, false),
        c.date(x.date, x.key, 10),
        c.spell(x.source, x.key, 11),
        c.yesNo(x.nfa, x.key, 12),
        String(x.previous12m),
        x.team,
        x.worker,
      ]);
    }
    return out;
  }

  private assessments(): Row[] {
    const { d, cells: c } = this;
    const chosen = this.world.assessments.filter(
      (a) => a.start <= d && (a.start >= this.yearStart || a.authorised > d || a.authorised >= d - 365),
    );
    return byDate(chosen, (a) => a.start).map((a: Assessment) => {
      const done = a.authorised <= d;
      return [
        ...this.person(a.child, a.key, true),
        c.date(a.start, a.key, 10),
        c.leftBlank(a.key, 11, 0.004) ? '' : c.yesNo(a.seen <= d, a.key, 11),
        c.date(known(a.authorised, d), a.key, 12),
        done ? c.yesNo(a.needsSupport, a.key, 13) : '',
        a.allocation.team,
        workerOn(a.allocation, Math.min(d, a.authorised)),
      ];
    });
  }

  private s47s(): Row[] {
    const { d, cells: c } = this;
    const chosen = this.world.s47s.filter((s) => s.strategy >= this.yearStart && s.strategy <= d);
    return byDate(chosen, (s) => s.strategy).map((s: S47) => {
      const conference = s.icpc <= d;
      const icpcsBefore = countInRange(s.child.icpcs, s.strategy - 365, s.strategy);
      return [
        ...this.person(s.child, s.key, true),
        c.date(s.strategy, s.key, 10),
        s.decided <= d ? c.yesNo(!s.icpcHeld, s.key, 11) : '',
        c.date(known(s.icpc, d), s.key, 12),
        conference ? c.yesNo(s.toPlan, s.key, 13) : '',
        String(countInRange(s.child.s47s, s.strategy - 365, s.strategy)),
        String(icpcsBefore + (conference ? 1 : 0)),
        s.allocation.team,
        workerOn(s.allocation, Math.min(d, s.icpc, Math.max(s.decided, s.strategy))),
      ];
    });
  }

  private inScope(start: Day, end: Day): boolean {
    return start <= this.d && (end > this.d || end >= this.periodStart);
  }

  private childrenInNeed(): Row[] {
    const { d, cells: c } = this;
    const chosen = this.world.episodes.filter((e) => this.inScope(e.start, e.end));
    return byDate(chosen, (e) => e.start).map((e: CinEpisode) => {
      const closed = e.end <= d;
      const t = Math.min(d, e.end);
      const seen = latestOf(at(e.seen, t), e.cp ? at(e.cp.visits, t) : NEVER, e.care ? at(e.care.visits, t) : NEVER);
      const phase = e.phases[Math.max(0, indexAtOrBefore(e.phases.map((p) => p.from), t))];
      const status = closed ? CASE_STATUS.closed : CASE_STATUS[phase.status];
      return [
        ...this.person(e.child, e.key, true),
        c.date(e.start, e.key, 10),
        c.spell(NEED[e.need], e.key, 11),
        c.date(seen, e.key, 12),
        closed ? c.date(e.end, e.key, 13) : '',
        closed ? c.spell(CLOSURE[e.closure], e.key, 14) : '',
        c.spell(status, e.key, 15),
        phase.allocation.team,
        workerOn(phase.allocation, t),
      ];
    });
  }

  private protection(): Row[] {
    const { d, cells: c } = this;
    const chosen = this.world.cpPlans.filter((p) => this.inScope(p.start, p.end));
    return byDate(chosen, (p) => p.start).map((p: CpPlan) => {
      const t = Math.min(d, p.end);
      const v = indexAtOrBefore(p.visits, t);
      const order = p.protectionOrder <= d && p.protectionOrder > d - 183;
      return [
        ...this.person(p.child, p.key, true),
        c.date(p.start, p.key, 10),
        c.spell(ABUSE[p.initial], p.key, 11),
        c.spell(ABUSE[d >= p.latestFrom ? p.latest : p.initial], p.key, 12),
        v < 0 ? '' : c.date(p.visits[v], p.key, 13),
        v < 0 || c.leftBlank(p.key, 14, 0.02) ? '' : c.yesNo(p.seenAlone[v], p.key, 14),
        c.date(at(p.reviews, t), p.key, 15),
        p.end <= d ? c.date(p.end, p.key, 16) : '',
        c.yesNo(order, p.key, 17),
        String(p.previousPlans),
        p.allocation.team,
        workerOn(p.allocation, t),
      ];
    });
  }

  private care(): Row[] {
    const { d, cells: c } = this;
    const chosen = this.world.careEpisodes.filter((e) => this.inScope(e.start, e.end));
    return byDate(chosen, (e) => e.start).map((e: CareEpisode) => {
      const closed = e.end <= d;
      const t = Math.min(d, e.end);
      const legal = Math.max(0, indexAtOrBefore(e.legalFrom, t));
      const starts = e.placements.map((p) => p.start);
      const current = Math.max(0, indexAtOrBefore(starts, t));
      let placements12m = 0;
      for (let i = 0; i <= current; i++) {
        const until = i + 1 < e.placements.length ? e.placements[i + 1].start : e.end;
        if (until > d - 365) placements12m++;
      }
      const p = e.placements[current];
      const missing12m = countInRange(e.missing, d - 365, d);
      const lastMissing = indexAtOrBefore(e.missing, d);
      const k = e.key;
      return [
        ...this.person(e.child, k, true),
        c.yesNo(e.child.uasc, k, 10),
        c.date(e.start, k, 11),
        c.spell(NEED[e.need], k, 12),
        c.yesNo(e.secondPeriod, k, 13),
        c.date(e.legalFrom[legal], k, 14),
        c.spell(LEGAL_STATUS[e.legal[legal]], k, 15),
        c.date(at(e.reviews, t), k, 16),
        c.date(at(e.visits, t), k, 17),
        e.permanenceFrom <= d ? c.spell(PERMANENCE[e.permanence], k, 18) : '',
        c.date(at(e.iro, t), k, 19),
        c.date(at(e.health, t), k, 20),
        c.date(at(e.dental, t), k, 21),
        String(placements12m),
        closed ? c.date(e.end, k, 22) : '',
        closed ? c.spell(REASON_CEASED[e.reason], k, 23) : '',
        c.date(p.start, k, 24),
        c.spell(PLACEMENT_TYPE[p.type], k, 25),
        c.spell(PROVIDER[p.provider], k, 26),
        p.postcode,
        p.urn,
        c.spell(PLACEMENT_LOCATION[p.out ? 'Out' : 'In'], k, 27),
        p.la,
        String(missing12m),
        String(countInRange(e.absent, d - 365, d)),
        missing12m > 0 ? c.yesNo(e.offered[lastMissing], k, 28) : '',
        missing12m > 0 && e.offered[lastMissing] ? c.yesNo(e.accepted[lastMissing], k, 29) : '',
        e.allocation.team,
        workerOn(e.allocation, t),
      ];
    });
  }

  private careLeavers(): Row[] {
    const { d, cells: c } = this;
    const chosen = this.world.careLeavers.filter(
      (l) => l.ceased <= d && d < l.until && ageAt(l.child.dob, d) >= 17,
    );
    return byDate(chosen, (l) => l.ceased).map((l: CareLeaver) => {
      const k = l.key;
      const s = l.statuses[Math.max(0, indexAtOrBefore(l.statuses.map((x) => x.from), d))];
      const adviser = workerOn(l.personalAdviser, d);
      const eligibility = l.qualifying ? 'qualifying' : ageAt(l.child.dob, d) < 18 ? 'relevant' : 'formerRelevant';
      return [
        ...this.person(l.child, k, true),
        c.yesNo(l.child.uasc, k, 10),
        l.personalAdviser.team,
        adviser,
        adviser,
        c.spell(ELIGIBILITY[eligibility], k, 11),
        c.date(at(l.pathwayReviews, d), k, 12),
        c.spell(IN_TOUCH[s.inTouch], k, 13),
        c.date(at(l.contacts, d), k, 14),
        s.accommodation ? c.spell(ACCOMMODATION[s.accommodation], k, 15) : '',
        s.suitable === null ? '' : c.spell(SUITABILITY[s.suitable ? 'Suitable' : 'Unsuitable'], k, 16),
        s.activity ? c.spell(ACTIVITY[s.activity], k, 17) : '',
      ];
    });
  }

  private adoption(): Row[] {
    const { d, cells: c } = this;
    const chosen = this.world.adoptions.filter((a) => a.decision <= d && this.recentOrOpen(adoptionDates(a), a.order, a.noLonger));
    return byDate(chosen, (a) => a.enteredCare).map((a: Adoption) => {
      const k = a.key;
      return [
        ...this.person(a.child, k, true),
        a.matched <= d ? a.family : '',
        c.date(a.enteredCare, k, 10),
        c.date(a.decision, k, 11),
        c.date(known(a.placementOrder, d), k, 12),
        c.date(known(a.matched, d), k, 13),
        c.date(known(a.placed, d), k, 14),
        c.date(known(a.order, d), k, 15),
        c.date(known(a.noLonger, d), k, 16),
        a.noLonger <= d && a.noLongerReason ? c.spell(NO_LONGER_ADOPTION[a.noLongerReason], k, 17) : '',
        c.date(known(a.fosteringForAdoption, d), k, 18),
      ];
    });
  }

  private adopters(): Row[] {
    const { d, cells: c } = this;
    const chosen = this.world.adopterFamilies.filter((f) => f.enquiry <= d && this.recentOrOpen(familyDates(f), f.order, f.left));
    const rows: Row[] = [];
    for (const f of byDate(chosen, (x) => x.enquiry) as AdopterFamily[]) {
      for (const a of f.adopters) {
        rows.push([
          a.id,
          f.family,
          c.spell(GENDER[a.gender], a.key, 1),
          c.spell(a.ethnicity, a.key, 2),
          c.yesNo(a.disabled, a.key, 3),
          c.yesNo(f.fosteringForAdoption, f.key, 4),
          c.date(f.enquiry, f.key, 10),
          c.date(known(f.stage1Start, d), f.key, 11),
          c.date(known(f.stage1End, d), f.key, 12),
          c.date(known(f.stage2Start, d), f.key, 13),
          c.date(known(f.stage2End, d), f.key, 14),
          c.date(known(f.submitted, d), f.key, 15),
          c.date(known(f.approved, d), f.key, 16),
          c.date(known(f.matched, d), f.key, 17),
          c.date(known(f.placed, d), f.key, 18),
          f.placed <= d ? String(f.childrenPlaced) : '',
          c.date(known(f.order, d), f.key, 19),
          c.date(known(f.left, d), f.key, 20),
          f.left <= d && f.leftReason ? c.spell(ADOPTER_LEFT[f.leftReason], f.key, 21) : '',
        ]);
      }
    }
    return rows;
  }

  /** Still in process at D, or something happened in the three years up to D. */
  private recentOrOpen(dates: Day[], completed: Day, left: Day): boolean {
    const d = this.d;
    if (completed > d && left > d) return true;
    let latest = -Infinity;
    for (const x of dates) if (x <= d && x > latest) latest = x;
    return latest >= d - THREE_YEARS;
  }
}

function adoptionDates(a: Adoption): Day[] {
  return [a.enteredCare, a.decision, a.placementOrder, a.matched, a.placed, a.order, a.noLonger, a.fosteringForAdoption];
}

function familyDates(f: AdopterFamily): Day[] {
  return [
    f.enquiry, f.stage1Start, f.stage1End, f.stage2Start, f.stage2End, f.submitted, f.approved, f.matched, f.placed,
    f.order, f.left,
  ];
}
