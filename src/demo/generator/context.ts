// Shared state of one simulation run: the world being written, the workforce, the horizon, and
// the scheduling of future front-door events. Every stream of random draws that stops at the
// horizon has its own generator, so simulating further only ever adds later events: the council
// seen at any date is the same whichever date the simulation runs to.
import { type Day, addYears, birthday } from './calendar.ts';
import { COUNCIL_NAMES, ETHNICITY, ETHNICITY_UASC, type Disability, type Gender, type Spellings } from './codes.ts';
import { type Child, NO_DAYS, type World } from './model.ts';
import { type Rng, Weighted } from './prng.ts';
import { Workforce } from './workforce.ts';

const ethnicity = new Weighted(ETHNICITY);
const ethnicityUasc = new Weighted(ETHNICITY_UASC);
const genders = new Weighted<Gender>([['M', 51], ['F', 48.5], ['U', 0.5]]);
const disability = new Weighted<Disability>([['N', 91], ['Y', 6.5], ['U', 2.5]]);

/** Age (completed years) of children at a first contact: illustrative, more babies and teenagers. */
export const CONTACT_AGES = new Weighted<number>(
  [10, 6, 6, 6, 6, 6, 6, 6, 5, 5, 5, 5, 6, 7, 8, 8, 7, 6].map((w, age) => [age, w] as const),
);

export class SimContext {
  readonly workforce: Workforce;
  private keys = 0;
  private childSerial = 0;
  private readonly scheduled: Child[][];

  /** The council's name as "LA of Placement" shows it for placements in its own area. */
  readonly homeName: string;

  constructor(
    readonly world: World,
    readonly idPrefix: string,
  ) {
    this.workforce = new Workforce(world.scale);
    this.scheduled = [];
    this.homeName = COUNCIL_NAMES[world.laCode] ?? `Council ${world.laCode}`;
  }

  get horizon(): Day {
    return this.world.horizon;
  }

  /** A number identifying a record, used to vary its spellings reproducibly. */
  key(): number {
    return ++this.keys;
  }

  /** Creates a child; the records about them are what puts them in the world. */
  newChild(rng: Rng, dob: Day, opts: { uasc?: boolean } = {}): Child {
    const serial = ++this.childSerial;
    const uasc = opts.uasc ?? false;
    return {
      serial,
      id: `${this.idPrefix}${100000 + serial}`,
      dob,
      gender: uasc ? (rng.chance(0.92) ? 'M' : 'F') : genders.draw(rng),
      ethnicity: (uasc ? ethnicityUasc : ethnicity).draw(rng) as Spellings,
      disability: disability.draw(rng),
      uasc,
      priorCpPlans: rng.chance(0.1) ? (rng.chance(0.2) ? 2 : 1) : 0,
      busyUntil: -Infinity,
      lastCareEnd: -Infinity,
      lastContact: -Infinity,
      referrals: NO_DAYS,
      s47s: NO_DAYS,
      icpcs: NO_DAYS,
      cpPlans: 0,
    };
  }

  /** A date of birth for a child of `age` completed years on `day`. */
  static dobForAge(rng: Rng, day: Day, age: number): Day {
    const latest = addYears(day, -age);
    const earliest = addYears(day, -age - 1) + 1;
    return rng.int(earliest, latest);
  }

  /** Books a contact that will be a referral for `child` on `day` (if the simulation gets there). */
  schedule(day: Day, child: Child): void {
    const i = day - this.world.historyStart;
    if (day > this.world.horizon || i < 0) return;
    (this.scheduled[i] ??= []).push(child);
  }

  scheduledOn(day: Day): Child[] {
    return this.scheduled[day - this.world.historyStart] ?? [];
  }

  static eighteenth(child: Child): Day {
    return birthday(child.dob, 18);
  }
}
