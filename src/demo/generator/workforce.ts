// Teams and fake workers ("Worker 017", "PA 004": never real names), and who holds each case.
// Each team is staffed for the open cases it usually carries at the council's target caseload, so
// caseloads come out at roughly 15-25 children a worker and fall as the council recruits; new posts
// are added, none removed, so a worker's number never changes meaning over time.
import type { Day } from './calendar.ts';
import type { Allocation } from './model.ts';
import type { Rng } from './prng.ts';
import { type Measure, along, chanceOf, targetCaseload } from './story.ts';

export type TeamKey = 'mash' | 'assess' | 'fsp' | 'cwd' | 'cla' | 'leaving';

interface TeamDefinition {
  name: string;
  units: number;
  /** Open children the team carries at scale 1 (illustrative). */
  openAtScale1: number;
  /** Fixed caseload instead of the council's target (personal advisers, the front door). */
  caseload?: number;
  prefix: 'Worker' | 'PA';
}

const TEAMS: Record<TeamKey, TeamDefinition> = {
  mash: { name: 'MASH', units: 1, openAtScale1: 140, caseload: 10, prefix: 'Worker' },
  assess: { name: 'Assessment and Intervention Team', units: 4, openAtScale1: 380, prefix: 'Worker' },
  fsp: { name: 'Family Support and Protection Team', units: 5, openAtScale1: 1150, prefix: 'Worker' },
  cwd: { name: 'Children with Disabilities Team', units: 1, openAtScale1: 120, prefix: 'Worker' },
  cla: { name: 'Children Looked After Team', units: 3, openAtScale1: 330, prefix: 'Worker' },
  leaving: { name: 'Leaving Care Service', units: 1, openAtScale1: 260, caseload: 21, prefix: 'PA' },
};
const SOCIAL_WORK_TEAMS: TeamKey[] = ['mash', 'assess', 'fsp', 'cwd', 'cla'];

const pad3 = (n: number) => String(n).padStart(3, '0');

export class Workforce {
  constructor(private readonly scale: number) {}

  teamName(team: TeamKey, unit: number): string {
    const t = TEAMS[team];
    return t.units > 1 ? `${t.name} ${unit}` : t.name;
  }

  /** Posts in the team on a day; never decreasing in time. */
  posts(team: TeamKey, day: Day): number {
    const t = TEAMS[team];
    const caseload = t.caseload ?? targetCaseload(day);
    return Math.max(t.units, Math.ceil((t.openAtScale1 * this.scale) / caseload));
  }

  /**
   * The name of one post in a team unit. Social workers are numbered across teams (post p of team
   * t is "Worker" p x 5 + t + 1), so numbers are stable whatever else the simulation does.
   */
  private postName(team: TeamKey, slot: number): string {
    if (TEAMS[team].prefix === 'PA') return `PA ${pad3(slot + 1)}`;
    const t = SOCIAL_WORK_TEAMS.indexOf(team);
    return `Worker ${pad3(slot * SOCIAL_WORK_TEAMS.length + t + 1)}`;
  }

  pickWorker(team: TeamKey, unit: number, day: Day, rng: Rng): string {
    const units = TEAMS[team].units;
    const posts = this.posts(team, day);
    const inUnit = Math.floor((posts - unit) / units) + 1; // posts unit-1, unit-1+units, ... < posts
    return this.postName(team, unit - 1 + rng.int(0, inUnit - 1) * units);
  }

  /** A worker for a single event (a referral at the front door). */
  onDay(team: TeamKey, day: Day, rng: Rng): { team: string; worker: string } {
    const unit = rng.int(1, TEAMS[team].units);
    return { team: this.teamName(team, unit), worker: this.pickWorker(team, unit, day, rng) };
  }

  /**
   * Who holds a case from `from` until `to`: sometimes a wait for allocation (more often before the
   * improvement), then changes of worker every so often, sometimes with a gap. Stops at `horizon`,
   * so a longer simulation only adds later entries. Give it its own random stream.
   */
  allocate(
    team: TeamKey, from: Day, to: Day, horizon: Day, rng: Rng, promptly: Measure = 'allocatedPromptly',
  ): Allocation {
    const unit = rng.int(1, TEAMS[team].units);
    const alloc: Allocation = { team: this.teamName(team, unit), at: [], who: [] };
    let t = from;
    if (!rng.chance(chanceOf(promptly, from))) {
      alloc.at.push(from);
      alloc.who.push('');
      t = from + 1 + Math.round(rng.exp(30));
    }
    while (t < to && t <= horizon) {
      alloc.at.push(t);
      alloc.who.push(this.pickWorker(team, unit, t, rng));
      t += Math.max(30, Math.round(rng.exp(along(220, 480, t))));
      if (t >= to || t > horizon) break;
      if (!rng.chance(chanceOf('reallocatedWithoutGap', t))) {
        alloc.at.push(t);
        alloc.who.push('');
        t += 1 + Math.round(rng.exp(20));
      }
    }
    return alloc;
  }
}

/** The worker holding the case on a day ('' when unallocated or not yet allocated). */
export function workerOn(alloc: Allocation, day: Day): string {
  const at = alloc.at;
  let lo = 0;
  let hi = at.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (at[mid] <= day) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found < 0 ? '' : alloc.who[found];
}
