// A period of care (List 8): why and how the child came into care, how it ends, and everything the
// council must do while the child is looked after, each done on time with the probability the
// story gives for that date. Statutory timescales (Care Planning, Placement and Case Review
// (England) Regulations 2010): first review within 20 working days, second within three months of
// the first, then every six months; social worker visits at least every six weeks here (the
// indicators' default); initial health assessment within 20 working days, then six-monthly under 5
// and yearly from 5; an annual dental check.
import { type Day, NEVER, addWorkingDays, ageAt, birthday, dayOf } from './calendar.ts';
import {
  HOME_DISTRICTS, type LegalStatus, type Need, NEED_MIX, OUT_OF_AREA, type Permanence, type PlacementType,
  type Provider, type ReasonCeased,
} from './codes.ts';
import type { SimContext } from './context.ts';
import { planAdoption, recordAdoption } from './adoption.ts';
import { isCareLeaver, planCareLeaver } from './careLeaver.ts';
import type { Assessment, CareEpisode, Child, Placement } from './model.ts';
import { type Rng, Weighted, mix32 } from './prng.ts';
import { CATCH_UP, LATE_CARE_ASSESSMENT_MEAN_DAYS, chanceOf } from './story.ts';
import { recurring } from './timeline.ts';

export type CareOrigin = 'referral' | 'cp' | 'uasc' | 'legacy';
type Path = 'adoption' | 'sgo' | 'home' | 'eighteen' | 'other' | 'transfer';

const PATHS_BY_AGE: ReadonlyArray<readonly [number, Weighted<Path>]> = [
  [1, new Weighted<Path>([['adoption', 38], ['sgo', 22], ['home', 32], ['eighteen', 8]])],
  [5, new Weighted<Path>([['adoption', 14], ['sgo', 26], ['home', 46], ['eighteen', 14]])],
  [10, new Weighted<Path>([['sgo', 14], ['home', 52], ['eighteen', 27], ['other', 7]])],
  [14, new Weighted<Path>([['sgo', 4], ['home', 52], ['eighteen', 34], ['other', 10]])],
  [99, new Weighted<Path>([['home', 34], ['eighteen', 60], ['other', 6]])],
];
const UASC_PATHS = new Weighted<Path>([['eighteen', 88], ['transfer', 12]]);
const AT_EIGHTEEN = new Weighted<ReasonCeased>([['E5', 55], ['E6', 10], ['E8', 13], ['E4A', 17], ['E7', 5]]);
const OTHER_ENDS = new Weighted<ReasonCeased>([['E3', 35], ['E8', 40], ['E13', 25]]);
const needs = new Weighted(NEED_MIX);

const PLACEMENTS_BY_AGE: ReadonlyArray<readonly [number, Weighted<PlacementType>]> = [
  [1, new Weighted<PlacementType>([['U6', 58], ['U3', 16], ['U4', 4], ['R3', 10], ['P1', 6]])],
  [10, new Weighted<PlacementType>([['U6', 55], ['U4', 20], ['U3', 15], ['U1', 5], ['P1', 5]])],
  [16, new Weighted<PlacementType>([['U6', 45], ['U4', 18], ['U3', 9], ['K2', 23], ['P1', 5]])],
  [99, new Weighted<PlacementType>([['U6', 32], ['U4', 10], ['H5', 38], ['K2', 15], ['U3', 5]])],
];
const PROVIDERS: Record<string, Weighted<Provider>> = {
  foster: new Weighted<Provider>([['PR1', 52], ['PR4', 44], ['PR5', 4]]),
  relative: new Weighted<Provider>([['PR1', 100]]),
  home: new Weighted<Provider>([['PR4', 75], ['PR1', 15], ['PR5', 10]]),
  semi: new Weighted<Provider>([['PR4', 70], ['PR5', 30]]),
  parents: new Weighted<Provider>([['PR0', 100]]),
  adoption: new Weighted<Provider>([['PR1', 60], ['PR5', 40]]),
  mbu: new Weighted<Provider>([['PR4', 80], ['PR2', 20]]),
};
const PROVIDER_GROUP: Record<PlacementType, keyof typeof PROVIDERS> = {
  U1: 'relative', U3: 'relative', U4: 'foster', U5: 'foster', U6: 'foster', A5: 'adoption', A6: 'adoption',
  P1: 'parents', H5: 'semi', K2: 'home', R3: 'mbu',
};
const OUT_SHARE: Record<Provider, number> = { PR0: 0.25, PR1: 0.4, PR2: 0.9, PR4: 0.8, PR5: 0.75 };
const outOfArea = new Weighted(OUT_OF_AREA.map(([la, districts, w]) => [[la, districts] as const, w] as const));
const INWARD_LETTERS = [...'ABDEFGHJLNPQRSTUWXYZ']; // letters used in the inward part of a postcode

const IRO_EVERY_SIX_WEEKS = dayOf('2018-10-01');

function byAge<T>(table: ReadonlyArray<readonly [number, Weighted<T>]>, age: number): Weighted<T> {
  return table.find(([below]) => age < below)![1];
}

function postcode(rng: Rng, district: string): string {
  return `${district} ${rng.int(1, 9)}${rng.pick(INWARD_LETTERS)}${rng.pick(INWARD_LETTERS)}`;
}

function placement(rng: Rng, start: Day, type: PlacementType, homeName: string): Placement {
  const provider = PROVIDERS[PROVIDER_GROUP[type]].draw(rng);
  const out = rng.chance(OUT_SHARE[provider]);
  const [la, districts] = out ? outOfArea.draw(rng) : [homeName, HOME_DISTRICTS];
  const urn = type === 'K2' || type === 'R3' ? `SC${rng.int(100000, 999999)}` : '';
  return { start, type, provider, out, postcode: postcode(rng, rng.pick(districts)), urn, la };
}

interface CarePlan {
  episode: CareEpisode;
  path: Path;
  rng: Rng;
}

/**
 * Decides the shape of a period of care starting on `start`: its path, end and reason, legal
 * status and permanence plan. Cheap, so that periods before the simulation can be drawn and
 * thrown away; `completeCare` adds everything that happens during it.
 */
export function planCare(ctx: SimContext, rng: Rng, child: Child, start: Day, origin: CareOrigin): CarePlan {
  const age = ageAt(child.dob, start);
  const eighteen = birthday(child.dob, 18);
  let path: Path = child.uasc ? UASC_PATHS.draw(rng) : byAge(PATHS_BY_AGE, age).draw(rng);
  let end: Day;
  let reason: ReasonCeased;
  const adoption = path === 'adoption' ? planAdoption(ctx, rng, child, start) : undefined;
  if (adoption && adoption.noLonger !== NEVER) path = rng.chance(0.5) ? 'sgo' : 'eighteen';
  const from = adoption && adoption.noLonger !== NEVER ? adoption.noLonger : start;
  switch (path) {
    case 'adoption':
      end = adoption!.order;
      reason = rng.chance(0.6) ? 'E11' : 'E12';
      break;
    case 'sgo':
      end = from + rng.int(280, 750);
      reason = rng.chance(0.55) ? 'E47' : rng.chance(0.8) ? 'E45' : 'E41';
      break;
    case 'home':
      end = start + Math.max(7, Math.round(rng.logNormal(150, 1.0)));
      reason = rng.chance(0.85) ? 'E4A' : 'E4B';
      break;
    case 'other':
      end = start + rng.int(20, 700);
      reason = OTHER_ENDS.draw(rng);
      break;
    case 'transfer':
      end = start + rng.int(5, 60);
      reason = 'E3';
      break;
    default:
      end = eighteen;
      reason = AT_EIGHTEEN.draw(rng);
  }
  if (end >= eighteen) {
    end = eighteen;
    if (path !== 'eighteen') reason = AT_EIGHTEEN.draw(rng);
  }
  end = Math.max(end, start + 1);

  const need: Need = child.uasc
    ? 'N8'
    : origin === 'cp' || rng.chance(0.75)
      ? 'N1'
      : child.disability === 'Y' && rng.chance(0.5)
        ? 'N2'
        : needs.draw(rng);

  const legalFrom: Day[] = [start];
  const legal: LegalStatus[] = [];
  if (child.uasc) legal.push('V2');
  else if (origin === 'cp' || age < 10) {
    const first: LegalStatus = age < 1 && rng.chance(0.12) ? 'L1' : rng.chance(0.62) ? 'C1' : 'V2';
    legal.push(first);
    let t = start;
    if (first === 'L1') {
      t = start + rng.int(1, 8);
      legalFrom.push(t);
      legal.push('C1');
    }
    if (legal[legal.length - 1] === 'C1' && (path !== 'home' || rng.chance(0.3))) {
      legalFrom.push(t + rng.int(150, 380));
      legal.push('C2');
    }
  } else {
    legal.push(age >= 12 && rng.chance(0.04) ? 'J1' : rng.chance(0.66) ? 'V2' : 'C1');
    if (legal[0] === 'C1') {
      legalFrom.push(start + rng.int(150, 380));
      legal.push('C2');
    }
  }
  if (adoption && adoption.placementOrder !== NEVER) {
    while (legalFrom.length > 1 && legalFrom[legalFrom.length - 1] >= adoption.placementOrder) {
      legalFrom.pop();
      legal.pop();
    }
    legalFrom.push(adoption.placementOrder);
    legal.push('E1');
  }
  while (legalFrom.length > 1 && legalFrom[legalFrom.length - 1] >= end) {
    legalFrom.pop();
    legal.pop();
  }

  const permanence: Permanence =
    path === 'adoption' ? 'adoption'
    : path === 'sgo' ? 'sgo'
    : path === 'home' ? 'home'
    : path === 'eighteen'
      ? age >= 15 ? (rng.chance(0.55) ? 'supported' : rng.chance(0.8) ? 'fostering' : 'residential')
      : rng.chance(0.85) ? 'fostering' : rng.chance(0.5) ? 'residential' : 'other'
    : rng.chance(0.5) ? 'other' : 'home';
  // Permanence should be planned by the second statutory review (about four months in).
  const due = start + 120;
  let permanenceFrom: Day;
  if (rng.chance(chanceOf('permanenceBySecondReview', due))) permanenceFrom = start + rng.int(20, 115);
  else {
    permanenceFrom = due + Math.round(rng.exp(900));
    const drive = CATCH_UP.permanencePlans;
    if (permanenceFrom > drive.from && due < drive.to && rng.chance(drive.share)) {
      permanenceFrom = Math.max(due, drive.from + rng.int(0, drive.to - drive.from));
    }
  }
  if (permanenceFrom >= end) permanenceFrom = NEVER;

  const episode: CareEpisode = {
    key: ctx.key(),
    child,
    start,
    end,
    reason,
    need,
    secondPeriod: child.lastCareEnd >= start - 365,
    legalFrom,
    legal,
    reviews: [],
    visits: [],
    iro: [],
    health: [],
    dental: [],
    permanenceFrom,
    permanence,
    placements: [],
    missing: [],
    offered: [],
    accepted: [],
    absent: [],
    allocation: { team: '', at: [], who: [] },
    adoption,
  };
  return { episode, path, rng: rng.fork() };
}

/**
 * Everything that happens during the period of care, up to the simulation's horizon: placements,
 * reviews, visits, health and dental checks, missing episodes, updated assessments, the adoption
 * and, for those who leave care as young adults, their life as care leavers.
 * `lastAssessment` is when the child's needs were last assessed (authorised) before this period.
 */
export function completeCare(ctx: SimContext, plan: CarePlan, lastAssessment: Day): CareEpisode {
  const { episode: ep, rng } = plan;
  const { child, start, end } = ep;
  const horizon = ctx.horizon;
  const w = ctx.world;
  child.lastCareEnd = Math.max(child.lastCareEnd, end);
  ep.allocation = ctx.workforce.allocate('cla', start, end, horizon, rng.fork());

  ep.placements = placements(ctx, rng.fork(), ep);
  ep.reviews = reviews(rng.fork(), start, end, horizon);
  const visitRng = rng.fork();
  ep.visits = recurring(start + visitRng.int(1, 7), end, horizon, (t) =>
    visitRng.chance(chanceOf('claVisitOnTime', t)) ? visitRng.int(14, 42) : visitRng.int(43, 110),
  );
  const iroRng = rng.fork();
  ep.iro = recurring(start + iroRng.int(7, 30), end, horizon, (t) =>
    t >= IRO_EVERY_SIX_WEEKS ? iroRng.int(28, 45) : iroRng.int(40, 150),
  );
  ep.health = healthAssessments(rng.fork(), child, start, end, horizon);
  const dentalRng = rng.fork();
  ep.dental = recurring(start + dentalRng.int(40, 300), end, horizon, (t) =>
    dentalRng.chance(chanceOf('dentalOnTime', t)) ? dentalRng.int(180, 365) : dentalRng.int(366, 620),
  );
  missingEpisodes(rng.fork(), ep, horizon);
  reassessments(ctx, rng.fork(), ep, lastAssessment);

  if (ep.adoption) recordAdoption(ctx, rng.fork(), ep.adoption);
  const leaverRng = rng.fork();
  // Adopted children are not care leavers; those whose care another council took over are theirs.
  if (isCareLeaver(child, start, end) && plan.path !== 'adoption' && ep.reason !== 'E3') {
    ep.leaver = planCareLeaver(ctx, leaverRng, child, end, plan.path === 'sgo');
    w.careLeavers.push(ep.leaver);
  }
  w.careEpisodes.push(ep);
  return ep;
}

function placements(ctx: SimContext, rng: Rng, ep: CareEpisode): Placement[] {
  const { child, start, end } = ep;
  const home = ctx.homeName;
  const placedForAdoption = ep.adoption?.placed ?? NEVER;
  const stop = Math.min(end, placedForAdoption);
  const out: Placement[] = [];
  const ffa = ep.adoption && ep.adoption.fosteringForAdoption !== NEVER ? ep.adoption.fosteringForAdoption : NEVER;
  let t = start;
  let first = true;
  while (t < stop && t <= ctx.horizon) {
    const age = ageAt(child.dob, t);
    const type: PlacementType = t >= ffa ? 'U5' : byAge(PLACEMENTS_BY_AGE, age).draw(rng);
    out.push(placement(rng, t, type, home));
    const meanStay = age >= 12 ? 420 : 700;
    let next = t + (first && rng.chance(0.3) ? rng.int(3, 60) : Math.max(14, Math.round(rng.exp(meanStay))));
    if (t < ffa && next > ffa) next = ffa;
    first = false;
    t = next;
  }
  if (placedForAdoption < end && placedForAdoption <= ctx.horizon) {
    out.push(placement(rng, placedForAdoption, ffa !== NEVER ? 'A5' : 'A6', home));
  }
  return out;
}

function reviews(rng: Rng, start: Day, end: Day, horizon: Day): Day[] {
  const onTime = (t: Day) => rng.chance(chanceOf('claReviewOnTime', t));
  const out: Day[] = [];
  let t = onTime(start) ? addWorkingDays(start, rng.int(7, 20)) : addWorkingDays(start, rng.int(21, 50));
  let n = 0;
  while (t < end && t <= horizon) {
    out.push(t);
    n++;
    if (n === 1) t += onTime(t) ? rng.int(50, 88) : rng.int(92, 150);
    else t += onTime(t) ? rng.int(130, 180) : rng.int(190, 330);
  }
  return out;
}

function healthAssessments(rng: Rng, child: Child, start: Day, end: Day, horizon: Day): Day[] {
  const first = rng.chance(chanceOf('initialHealthOnTime', start))
    ? addWorkingDays(start, rng.int(5, 20))
    : addWorkingDays(start, rng.int(21, 90));
  return recurring(first, end, horizon, (t) => {
    const period = ageAt(child.dob, t) < 5 ? 183 : 365;
    return rng.chance(chanceOf('reviewHealthOnTime', t + period))
      ? rng.int(Math.round(period * 0.75), period)
      : period + rng.int(30, 300);
  });
}

function missingEpisodes(rng: Rng, ep: CareEpisode, horizon: Day): void {
  const { child, start, end } = ep;
  const age = ageAt(child.dob, start);
  const ten = birthday(child.dob, 10);
  const prone = age >= 10 && rng.chance(age >= 14 ? 0.3 : 0.15);
  const perYear = prone ? 1.5 + rng.exp(4) : 0.12;
  const from = Math.max(start, ten);
  const absentRng = rng.fork();
  const gap = (r: Rng, perYear: number) => 1 + Math.round(r.exp(365 / perYear));
  for (let t = from - 1 + gap(rng, perYear); t < end && t <= horizon; t += gap(rng, perYear)) {
    ep.missing.push(t);
    const offered = rng.chance(chanceOf('returnInterviewOffered', t));
    ep.offered.push(offered);
    ep.accepted.push(offered && rng.chance(chanceOf('returnInterviewAccepted', t)));
  }
  const absentPerYear = perYear * 1.3;
  for (let t = from - 1 + gap(absentRng, absentPerYear); t < end && t <= horizon; t += gap(absentRng, absentPerYear)) {
    ep.absent.push(t);
  }
}

/**
 * Updated assessments of the child's needs while in care, due a year after the last. Before the
 * improvement most were late, many by more than a year; the catch-up drive after August 2018
 * brought most overdue ones in (see story.ts).
 */
function reassessments(ctx: SimContext, rng: Rng, ep: CareEpisode, lastAssessment: Day): void {
  const drive = CATCH_UP.claAssessments;
  let last = lastAssessment;
  let n = 0;
  for (;;) {
    const due = Math.max(last + 365, ep.start + 30);
    let start: Day;
    let quick = true;
    if (rng.chance(chanceOf('claAssessmentRenewedOnTime', due))) start = Math.max(ep.start + 1, due - rng.int(15, 70));
    else {
      start = due + Math.round(rng.exp(LATE_CARE_ASSESSMENT_MEAN_DAYS));
      quick = false;
      if (start > drive.from && due < drive.to && rng.chance(drive.share)) {
        start = Math.max(due, drive.from + rng.int(0, drive.to - drive.from - 30));
        quick = true;
      }
    }
    if (start >= ep.end || start > ctx.horizon) return;
    const authorised = addWorkingDays(start, quick ? rng.int(10, 40) : rng.int(15, 70));
    const a: Assessment = {
      key: mix32(ep.key, ++n),
      child: ep.child,
      start,
      seen: rng.chance(chanceOf('assessmentChildSeen', start)) ? Math.min(authorised, start + rng.int(0, 15)) : NEVER,
      authorised,
      needsSupport: true,
      allocation: ep.allocation,
    };
    ctx.world.assessments.push(a);
    last = authorised;
  }
}
