// Runs the council forward day by day from the history start to the horizon: the children already
// in care when the history starts (drawn from 18 years of earlier entries), then every day's
// contacts, the referrals and early help they lead to, unaccompanied asylum-seeking children
// arriving, and people enquiring about adoption.
import {
  type Day, NEVER, addWorkingDays, addYears, ageAt, birthday, fromYmd, isWorkingDay, weekday, packedYmd,
} from './calendar.ts';
import { SOURCES, SOURCE_UASC, EARLY_HELP_ORGANISATIONS, type Spellings } from './codes.ts';
import { CONTACT_AGES, SimContext } from './context.ts';
import { completeCare, planCare } from './careEpisode.ts';
import { isCareLeaver } from './careLeaver.ts';
import type { Child, World } from './model.ts';
import { Rng, Weighted, mix32 } from './prng.ts';
import { closureAfterCare, startReferral } from './referralJourney.ts';
import { prospectiveAdopters } from './adoption.ts';
import { VOLUMES } from './story.ts';

export interface SimulationOptions {
  laCode: string;
  seed: number;
  scale: number;
  historyStart: Day;
  horizon: Day;
  idPrefix: string;
  /**
   * Contacts and early help before this day are simulated but not kept (no extract looks back
   * that far): saves memory without changing anything that is kept.
   */
  keepFrontDoorFrom: Day;
}

const sources = new Weighted(SOURCES);
const organisations = new Weighted(EARLY_HELP_ORGANISATIONS);
/** Ages of children entering care (illustrative: babies and teenagers most often). */
const ENTRY_AGES = new Weighted<number>(
  [18, 4, 4, 4, 3.5, 3.6, 3.6, 3.6, 3.6, 3.6, 4.5, 4.5, 5, 5, 9, 9, 6, 6].map((w, age) => [age, w] as const),
);
/** Fewer contacts in August and at Christmas, more in the autumn term (illustrative). */
const MONTH_FACTOR = [1.0, 1.02, 1.05, 0.97, 1.02, 1.03, 1.05, 0.8, 0.98, 1.06, 1.07, 0.95];
const ADOPTER_ENQUIRIES_PER_YEAR = 10;

function dayFactor(day: Day): number {
  const wd = weekday(day);
  const base = wd === 0 || wd === 6 ? 0.22 : isWorkingDay(day) ? 1 : 0.3;
  return base * MONTH_FACTOR[(Math.floor(packedYmd(day) / 100) % 100) - 1];
}

/** Contacts per weekday at scale 1, so that a year averages VOLUMES.contactsPerMonth a month. */
const CONTACTS_PER_UNIT = (() => {
  let sum = 0;
  const from = fromYmd(2016, 1, 1);
  for (let d = from; d < from + 365 * 3; d++) sum += dayFactor(d);
  return (VOLUMES.contactsPerMonth * 12) / (sum / 3);
})();

export function simulate(options: SimulationOptions): World {
  const world: World = {
    laCode: options.laCode,
    seed: options.seed,
    scale: options.scale,
    historyStart: options.historyStart,
    horizon: options.horizon,
    contacts: [],
    earlyHelp: [],
    referrals: [],
    assessments: [],
    s47s: [],
    episodes: [],
    cpPlans: [],
    careEpisodes: [],
    careLeavers: [],
    adoptions: [],
    adopterFamilies: [],
  };
  const ctx = new SimContext(world, options.idPrefix);
  const root = new Rng(mix32(options.seed, 0x0f57ed));
  const legacyRng = root.fork(1);
  const frontDoorRng = root.fork(2);
  childrenAlreadyInCare(ctx, legacyRng);
  frontDoor(ctx, frontDoorRng, options.keepFrontDoorFrom);
  return world;
}

/**
 * The stock of children in care (and care leavers) when the history starts: entries over the 18
 * years before, run through the same model, keeping those still in care or still care leavers.
 */
function childrenAlreadyInCare(ctx: SimContext, rng: Rng): void {
  const w = ctx.world;
  const t0 = w.historyStart;
  const perDay = (VOLUMES.legacyCareEntriesPerYear / 365.25) * w.scale;
  for (let d = addYears(t0, -18); d < t0; d++) {
    const n = rng.poisson(perDay);
    for (let i = 0; i < n; i++) {
      const j = rng.fork();
      const uasc = j.chance(0.08);
      const age = uasc ? j.int(15, 16) : ENTRY_AGES.draw(j);
      const child = ctx.newChild(j, SimContext.dobForAge(j, d, age), { uasc });
      const plan = planCare(ctx, j, child, d, 'legacy');
      const { end, adoption } = plan.episode;
      const keep =
        end >= t0 - 400 ||
        (isCareLeaver(child, d, end) && birthday(child.dob, 22) > t0) ||
        (adoption !== undefined && end >= t0 - 3 * 365);
      if (!keep) continue;
      const referral = d - j.int(10, 90);
      const assessed = referral + j.int(0, 3);
      const authorised = addWorkingDays(assessed, j.int(15, 60));
      const assessing = ctx.workforce.allocate('assess', referral, d, w.horizon, j.fork());
      w.assessments.push({
        key: ctx.key(),
        child,
        start: assessed,
        seen: assessed + j.int(0, 10),
        authorised,
        needsSupport: true,
        allocation: assessing,
      });
      const care = completeCare(ctx, plan, authorised);
      const eighteen = birthday(child.dob, 18);
      w.episodes.push({
        key: ctx.key(),
        child,
        start: referral,
        end: care.end,
        closure: closureAfterCare(care.reason, care.end >= eighteen, care.need),
        need: care.need,
        phases: [
          { from: referral, status: 'assessment', allocation: assessing },
          { from: d, status: 'cla', allocation: care.allocation },
        ],
        seen: [],
        care,
      });
      child.busyUntil = care.end;
    }
  }
}

function frontDoor(ctx: SimContext, rng: Rng, keepFrom: Day): void {
  const w = ctx.world;
  const ringSize = Math.max(200, Math.round(9000 * w.scale));
  const recent: Child[] = [];
  let ringPos = 0;
  const remember = (child: Child) => {
    if (recent.length < ringSize) recent.push(child);
    else recent[ringPos] = child;
    ringPos = (ringPos + 1) % ringSize;
  };
  // Records a contact; says whether it can lead anywhere (the child has no open case).
  const contact = (child: Child, day: Day, source: Spellings): boolean => {
    if (child.lastContact === day) return false; // already contacted today: the same contact
    child.lastContact = day;
    const key = ctx.key();
    const dobUnknown = rng.chance(0.003);
    const sourceBlank = rng.chance(0.004);
    if (day >= keepFrom) w.contacts.push({ key, child, date: day, source, dobUnknown, sourceBlank });
    return child.busyUntil < day;
  };
  const uascPerDay = (VOLUMES.uascPerYear / 365.25) * w.scale;
  const adoptersPerDay = (ADOPTER_ENQUIRIES_PER_YEAR / 365.25) * w.scale;

  for (let d = w.historyStart; d <= w.horizon; d++) {
    for (const child of ctx.scheduledOn(d)) {
      const source = sources.draw(rng);
      if (ageAt(child.dob, d) < 18 && contact(child, d, source)) startReferral(ctx, rng, child, d, source, 'contact');
    }
    const n = rng.poisson(dayFactor(d) * CONTACTS_PER_UNIT * w.scale);
    for (let i = 0; i < n; i++) {
      const isNew = recent.length === 0 || rng.chance(VOLUMES.newChildShare);
      let child: Child;
      if (isNew) {
        child = ctx.newChild(rng, SimContext.dobForAge(rng, d, CONTACT_AGES.draw(rng)));
        remember(child);
      } else {
        child = recent[rng.int(0, recent.length - 1)];
        if (ageAt(child.dob, d) >= 18) continue;
      }
      const source = sources.draw(rng);
      if (!contact(child, d, source)) continue;
      if (isNew && rng.chance(VOLUMES.referralFromNewChild)) startReferral(ctx, rng, child, d, source, 'contact');
      else if (rng.chance(VOLUMES.earlyHelpFromContact)) {
        const start = d + rng.int(0, 15);
        const help = {
          key: ctx.key(),
          child,
          start,
          completed: rng.chance(0.85) ? start + rng.int(14, 80) : NEVER,
          organisation: organisations.draw(rng),
        };
        if (start >= keepFrom) w.earlyHelp.push(help);
      }
    }
    for (let k = rng.poisson(uascPerDay); k > 0; k--) {
      const child = ctx.newChild(rng, SimContext.dobForAge(rng, d, rng.pick([15, 16, 16, 17])), { uasc: true });
      contact(child, d, SOURCE_UASC);
      startReferral(ctx, rng, child, d, SOURCE_UASC, 'uasc');
    }
    for (let k = rng.poisson(adoptersPerDay); k > 0; k--) prospectiveAdopters(ctx, rng.fork(), d);
  }
}
