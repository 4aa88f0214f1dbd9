// Care leavers (List 9): young people who were looked after for at least 13 weeks after their 14th
// birthday and left care at 16 or later (Children (Leaving Care) Act 2000; relevant / former
// relevant children), followed to their 22nd birthday. Their situation (in touch, accommodation,
// activity) is a sequence of spells; pathway plans are reviewed at least every six months.
import { type Day, addWorkingDays, ageAt, birthday } from './calendar.ts';
import {
  type Accommodation, type InTouch, EET_ACTIVITY, NEET_ACTIVITY, SUITABLE_ACCOMMODATION, UNSUITABLE_ACCOMMODATION,
} from './codes.ts';
import type { SimContext } from './context.ts';
import type { CareLeaver, Child, LeaverStatus } from './model.ts';
import { type Rng, Weighted } from './prng.ts';
import { chanceOf } from './story.ts';
import { recurring } from './timeline.ts';

const suitable = new Weighted(SUITABLE_ACCOMMODATION);
const unsuitable = new Weighted(UNSUITABLE_ACCOMMODATION);
const eet = new Weighted(EET_ACTIVITY);
const neet = new Weighted(NEET_ACTIVITY);
const notInTouch = new Weighted<InTouch>([['NO', 45], ['REFU', 30], ['RHOM', 15], ['NREQ', 10]]);

/** Whether leaving care on `ceased` after a stay from `start` makes the young person a care leaver. */
export function isCareLeaver(child: Child, start: Day, ceased: Day): boolean {
  if (ageAt(child.dob, ceased) < 16) return false;
  return ceased - Math.max(start, birthday(child.dob, 14)) >= 91;
}

function status(rng: Rng, from: Day): LeaverStatus {
  if (!rng.chance(chanceOf('careLeaverInTouch', from))) {
    return { from, inTouch: notInTouch.draw(rng), accommodation: 'R' as Accommodation, suitable: null, activity: null };
  }
  const ok = rng.chance(chanceOf('careLeaverSuitable', from));
  return {
    from,
    inTouch: 'YES',
    accommodation: (ok ? suitable : unsuitable).draw(rng),
    suitable: ok,
    activity: (rng.chance(chanceOf('careLeaverEet', from)) ? eet : neet).draw(rng),
  };
}

export function planCareLeaver(
  ctx: SimContext, rng: Rng, child: Child, ceased: Day, qualifying: boolean,
): CareLeaver {
  const horizon = ctx.horizon;
  const until = birthday(child.dob, 22);
  const sixteen = birthday(child.dob, 16);
  const paFrom = Math.max(sixteen, ceased - rng.int(30, 200));
  const personalAdviser = ctx.workforce.allocate('leaving', paFrom, until, horizon, rng.fork(), 'personalAdviserPromptly');
  const reviewRng = rng.fork();
  const pathwayReviews = recurring(Math.max(sixteen, ceased - rng.int(20, 150)), until, horizon, (t) =>
    reviewRng.chance(chanceOf('pathwayReviewOnTime', t)) ? reviewRng.int(100, 180) : reviewRng.int(184, 330),
  );
  const statusRng = rng.fork();
  const statuses: LeaverStatus[] = [];
  const contacts: Day[] = [];
  for (let t = ceased; t < until && t <= horizon; ) {
    const s = status(statusRng, t);
    statuses.push(s);
    const next = t + statusRng.int(90, 360);
    if (s.inTouch === 'YES') {
      for (let c = addWorkingDays(t, statusRng.int(1, 15)); c < next && c < until && c <= horizon; ) {
        contacts.push(c);
        c += statusRng.int(7, 60);
      }
    }
    t = next;
  }
  return {
    key: ctx.key(),
    child,
    ceased,
    until,
    qualifying,
    personalAdviser,
    pathwayReviews,
    statuses,
    contacts,
  };
}
