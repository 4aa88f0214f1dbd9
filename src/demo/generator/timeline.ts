// Look-ups on ascending lists of days: "the latest visit on or before the as-at date" and friends.
import { type Day, NEVER } from './calendar.ts';

/** Index of the last element <= day, or -1. */
export function indexAtOrBefore(days: readonly Day[], day: Day): number {
  let lo = 0;
  let hi = days.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (days[mid] <= day) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The last element <= day, or NEVER when there is none. */
export function latestAtOrBefore(days: readonly Day[], day: Day): Day {
  const i = indexAtOrBefore(days, day);
  return i < 0 ? NEVER : days[i];
}

/** How many elements fall in (from, to]. */
export function countInRange(days: readonly Day[], from: Day, to: Day): number {
  return Math.max(0, indexAtOrBefore(days, to) - indexAtOrBefore(days, from));
}

/** Appends events from `first`, spaced by `gap()`, while they fall before `end` and on or before `horizon`. */
export function recurring(first: Day, end: Day, horizon: Day, gap: (previous: Day) => number): Day[] {
  const out: Day[] = [];
  let t = first;
  while (t < end && t <= horizon) {
    out.push(t);
    t += Math.max(1, gap(t));
  }
  return out;
}
