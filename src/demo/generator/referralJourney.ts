// From a referral to the end of the child in need episode it opens: assessment, section 47
// enquiry and conference, child in need or child protection plan, a period of care, step-down and
// closure. The whole journey is decided when the referral arrives (the child's later front-door
// contacts stay contacts until it closes); things that recur (visits, reviews, changes of worker)
// run to the simulation's horizon on their own random streams.
import { type Day, NEVER, addWorkingDays, ageAt, birthday } from './calendar.ts';
import {
  ABUSE_MIX, type Abuse, type Closure, type Need, NEED_MIX, type ReasonCeased, type Spellings,
} from './codes.ts';
import type { SimContext } from './context.ts';
import { completeCare, planCare } from './careEpisode.ts';
import type { Allocation, CareEpisode, Child, CpPlan, Phase, S47 } from './model.ts';
import { type Rng, Weighted } from './prng.ts';
import { VOLUMES, along, chanceOf } from './story.ts';
import { countInRange, recurring } from './timeline.ts';
import type { TeamKey } from './workforce.ts';

const needs = new Weighted(NEED_MIX);
const abuse = new Weighted(ABUSE_MIX);
const cinEnds = new Weighted<Closure>([['RC7', 85], ['RC5', 8], ['RC3', 4], ['RC4', 3]]);

/** How a child in need episode closes after a period of care ends this way. */
export function closureAfterCare(reason: ReasonCeased, atEighteen: boolean, need: Need): Closure {
  if (reason === 'E11' || reason === 'E12') return 'RC1';
  if (reason === 'E45' || reason === 'E47') return 'RC4';
  if (reason === 'E41' || reason === 'E13') return 'RC3';
  if (reason === 'E3') return 'RC5';
  if (atEighteen) return need === 'N2' ? 'RC6' : 'RC7';
  return 'RC7';
}

/** Days on which a child in need is seen: at most every 20 working days when on time. */
export function cinVisits(rng: Rng, from: Day, to: Day, horizon: Day): Day[] {
  return recurring(addWorkingDays(from, rng.int(2, 8)), to, horizon, (t) =>
    addWorkingDays(t, rng.chance(chanceOf('cinVisitOnTime', t)) ? rng.int(5, 20) : rng.int(21, 60)) - t,
  );
}

export type ReferralKind = 'contact' | 'uasc';

/** A referral: recorded, perhaps followed by another within a year, and unless NFA an episode. */
export function startReferral(ctx: SimContext, parent: Rng, child: Child, day: Day, source: Spellings, kind: ReferralKind): void {
  const rng = parent.fork();
  const previous12m = countInRange(child.referrals, day - 366, day - 1);
  child.referrals = child.referrals.concat(day);
  const mash = ctx.workforce.onDay('mash', day, rng);
  const nfa = kind === 'contact' && rng.chance(VOLUMES.referralNfa);
  ctx.world.referrals.push({ key: ctx.key(), child, date: day, source, nfa, previous12m, team: mash.team, worker: mash.worker });
  if (kind === 'contact' && rng.chance(along(VOLUMES.reReferral[0], VOLUMES.reReferral[1], day))) {
    ctx.schedule(day + rng.int(21, 350), child);
  }
  if (nfa) child.busyUntil = day;
  else openEpisode(ctx, rng, child, day, kind);
}

type Conference = Omit<S47, 'allocation'>;

/** Section 47 enquiry and initial child protection conference (15 working days at most). */
function conference(ctx: SimContext, rng: Rng, child: Child, day: Day, inCare: boolean): Conference {
  const strategy = day + rng.int(0, 3);
  const held = !inCare && rng.chance(VOLUMES.icpcHeld);
  let icpc = NEVER;
  let toPlan = false;
  if (held) {
    icpc = addWorkingDays(strategy, rng.chance(chanceOf('icpcWithin15wd', strategy)) ? rng.int(5, 15) : rng.int(16, 40));
    toPlan = rng.chance(VOLUMES.icpcToPlan);
  }
  const decided = Math.min(icpc, strategy + rng.int(3, 12));
  return { key: ctx.key(), child, strategy, decided, icpcHeld: held, icpc, toPlan };
}

/** The stages of an episode, as the days each starts (NEVER when it does not happen). */
interface Shape {
  cpStart: Day;
  cpEnd: Day;
  careStart: Day;
  /** A child in need plan, or a step-down after protection or care. */
  cinFrom: Day;
  end: Day;
  closure: Closure;
}

function openEpisode(ctx: SimContext, rng: Rng, child: Child, day: Day, kind: ReferralKind): void {
  const w = ctx.world;
  const horizon = ctx.horizon;
  const eighteen = birthday(child.dob, 18);
  const youngEnough = ageAt(child.dob, day) < 17;
  const emergency = kind === 'uasc' || (youngEnough && rng.chance(VOLUMES.emergencyCareFromReferral));
  const hasS47 = kind === 'contact' && youngEnough && rng.chance(VOLUMES.s47FromReferral);

  // The assessment: 45 working days at most (Working Together to Safeguard Children).
  const aStart = rng.chance(0.6) ? day : addWorkingDays(day, rng.int(1, 3));
  const onTime = rng.chance(chanceOf('assessmentWithin45wd', aStart));
  const authorised = addWorkingDays(aStart, onTime ? rng.int(10, 45) : 46 + Math.round(rng.exp(30)));
  const seen = rng.chance(chanceOf('assessmentChildSeen', aStart)) ? Math.min(authorised, aStart + rng.int(0, 10)) : NEVER;
  const s47 = hasS47 ? conference(ctx, rng, child, day, emergency) : undefined;
  const toPlan = s47?.toPlan ?? false;
  const needsSupport = emergency || toPlan || rng.chance(VOLUMES.cinPlanAfterAssessment);
  const need: Need = child.uasc
    ? 'N8'
    : emergency || toPlan
      ? rng.chance(0.9) ? 'N1' : needs.draw(rng)
      : child.disability === 'Y' && rng.chance(0.55)
        ? 'N2'
        : needs.draw(rng);

  const shape: Shape = { cpStart: NEVER, cpEnd: NEVER, careStart: NEVER, cinFrom: NEVER, end: NEVER, closure: 'RC7' };
  if (emergency) {
    shape.careStart = kind === 'uasc' ? day + rng.int(0, 3) : day + rng.int(0, 45);
    // Too close to 18 to come into care: supported as a child in need instead.
    if (shape.careStart > eighteen - 30) {
      shape.careStart = NEVER;
      shape.cinFrom = authorised;
    }
  } else if (toPlan) {
    shape.cpStart = s47!.icpc;
    shape.cpEnd = Math.min(eighteen, shape.cpStart + Math.min(1200, Math.max(60, Math.round(rng.logNormal(235, 0.6)))));
    if (rng.chance(VOLUMES.cpPlanEndsInCare) && shape.cpEnd < eighteen - 30) shape.careStart = shape.cpEnd;
    else shape.cinFrom = shape.cpEnd;
  } else if (needsSupport) shape.cinFrom = authorised;
  const careRng = rng.fork();
  const origin = emergency ? (kind === 'uasc' ? 'uasc' : 'referral') : 'cp';
  const care = shape.careStart !== NEVER ? planCare(ctx, careRng, child, shape.careStart, origin) : undefined;
  ending(rng, shape, { day, authorised, eighteen, need, care: care?.episode });
  child.busyUntil = shape.end;

  // Who holds the case in each stage, and the visits made.
  const { cpStart, cpEnd, careStart, cinFrom, end } = shape;
  const caseTeam: TeamKey = need === 'N2' ? 'cwd' : 'fsp';
  const assessmentEnds = Math.min(cpStart, careStart, cinFrom, end);
  const assessing = ctx.workforce.allocate(need === 'N2' ? 'cwd' : 'assess', day, assessmentEnds, horizon, rng.fork());
  const phases: Phase[] = [{ from: day, status: 'assessment', allocation: assessing }];
  const seenDays: Day[] = seen === NEVER ? [] : [seen];
  const stepDown = (holding: Allocation) => {
    phases.push({ from: cinFrom, status: 'cin', allocation: holding });
    seenDays.push(...cinVisits(rng.fork(), cinFrom, end, horizon));
  };
  let cp: CpPlan | undefined;
  let careEpisode;
  if (cpStart !== NEVER) {
    const holding = ctx.workforce.allocate(caseTeam, cpStart, end, horizon, rng.fork());
    cp = protectionPlan(ctx, rng.fork(), child, cpStart, cpEnd, holding);
    phases.push({ from: cpStart, status: 'cp', allocation: holding });
    if (cinFrom !== NEVER) stepDown(holding);
  } else if (cinFrom !== NEVER && !care) stepDown(ctx.workforce.allocate(caseTeam, cinFrom, end, horizon, rng.fork()));
  if (care) {
    careEpisode = completeCare(ctx, care, authorised);
    phases.push({ from: careStart, status: 'cla', allocation: careEpisode.allocation });
    if (cinFrom !== NEVER) stepDown(ctx.workforce.allocate(caseTeam, cinFrom, end, horizon, rng.fork()));
  }
  phases.sort((a, b) => a.from - b.from);

  w.assessments.push({ key: ctx.key(), child, start: aStart, seen, authorised, needsSupport, allocation: assessing });
  if (s47) {
    child.s47s = child.s47s.concat(s47.strategy);
    if (s47.icpcHeld) child.icpcs = child.icpcs.concat(s47.icpc);
    w.s47s.push({ ...s47, allocation: assessing });
  }
  w.episodes.push({
    key: ctx.key(), child, start: day, end, closure: shape.closure, need, phases, seen: seenDays, cp, care: careEpisode,
  });
}

/** When and how the episode closes, given its stages (sets end, closure and any step-down). */
function ending(
  rng: Rng, shape: Shape, at: { day: Day; authorised: Day; eighteen: Day; need: Need; care?: CareEpisode },
): void {
  const { day, authorised, eighteen, need, care } = at;
  if (care) {
    const atEighteen = care.end >= eighteen;
    shape.closure = closureAfterCare(care.reason, atEighteen, need);
    shape.end = care.end;
    if ((care.reason === 'E4A' || care.reason === 'E4B') && !atEighteen) {
      shape.cinFrom = care.end;
      shape.end = Math.min(eighteen, care.end + rng.int(60, 200));
    }
  } else if (shape.cinFrom !== NEVER) {
    const long = need === 'N2' && rng.chance(0.35);
    const length = shape.cpEnd !== NEVER
      ? rng.int(30, 200)
      : long ? rng.int(600, 2000) : Math.max(40, Math.round(rng.logNormal(180, 0.7)));
    shape.end = shape.cinFrom + length;
    shape.closure = cinEnds.draw(rng);
  } else {
    shape.end = authorised + rng.int(0, 5);
    shape.closure = rng.chance(0.72) ? 'RC8' : 'RC9';
  }
  if (shape.end > eighteen && !care) {
    shape.end = Math.max(eighteen, shape.cinFrom === NEVER ? authorised : shape.cinFrom + 1);
    shape.closure = need === 'N2' ? 'RC6' : 'RC7';
  }
  shape.end = Math.max(shape.end, authorised, shape.cpEnd === NEVER ? day : shape.cpEnd);
}

/** A child protection plan: statutory visits every 10 working days, reviews at 3 then 6 months. */
function protectionPlan(ctx: SimContext, rng: Rng, child: Child, start: Day, end: Day, allocation: Allocation): CpPlan {
  const horizon = ctx.horizon;
  const initial: Abuse = abuse.draw(rng);
  const changes = rng.chance(0.15);
  const changedTo: Abuse = changes ? abuse.draw(rng) : initial;
  const protectionOrder = rng.chance(0.05) ? start - rng.int(0, 20) : NEVER;
  const previousPlans = child.priorCpPlans + child.cpPlans;
  child.cpPlans++;
  const reviewRng = rng.fork();
  const visitRng = rng.fork();
  const aloneRng = rng.fork();
  const reviewOnTime = (t: Day) => reviewRng.chance(chanceOf('cpReviewOnTime', t));
  // The category can change at the first review conference.
  const firstReview = start + (reviewOnTime(start) ? reviewRng.int(50, 88) : reviewRng.int(92, 150));
  const reviews: Day[] = [];
  for (let t = firstReview; t < end && t <= horizon; ) {
    reviews.push(t);
    t += reviewOnTime(t) ? reviewRng.int(140, 180) : reviewRng.int(190, 330);
  }
  const visits = recurring(start + visitRng.int(1, 7), end, horizon, (v) =>
    addWorkingDays(v, visitRng.chance(chanceOf('cpVisitOnTime', v)) ? visitRng.int(3, 10) : visitRng.int(11, 30)) - v,
  );
  const seenAlone = visits.map((v) => ageAt(child.dob, v) >= 4 && aloneRng.chance(chanceOf('cpSeenAlone', v)));
  const changed = changes && firstReview < end;
  const plan: CpPlan = {
    key: ctx.key(),
    child,
    start,
    end,
    initial,
    latest: changed ? changedTo : initial,
    latestFrom: changed ? firstReview : start,
    visits,
    seenAlone,
    reviews,
    protectionOrder,
    previousPlans,
    allocation,
  };
  ctx.world.cpPlans.push(plan);
  return plan;
}
