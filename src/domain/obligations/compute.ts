// One council's statutory calendar: every obligation from its Directions, its board's schedule, its
// inadequate inspections and its own targets, each due, done (with what met it) or overdue.
import { addDays } from './calendar-months.ts';
import { boardObligations } from './board-schedule.ts';
import { adviserReviews, chairQuarterlyReports } from './direction-schedule.ts';
import { monitoringVisits } from './monitoring-schedule.ts';
import { councilTargets } from './target-schedule.ts';
import { OBLIGATION_KINDS } from './types.ts';
import type {
  CalendarOptions, Fulfilment, Obligation, ObligationSources, RecordedFulfilment, ScheduledObligation,
} from './types.ts';

export const DEFAULT_HORIZON_DAYS = 365;

export function scheduleObligations(src: ObligationSources, until: string): ScheduledObligation[] {
  const published = src.inspections.filter((i) => i.publishedOn).sort((a, b) => (a.publishedOn! < b.publishedOn! ? -1 : 1));
  const nextPublished = (id: number) => {
    const i = published.findIndex((p) => p.id === id);
    return i >= 0 && i + 1 < published.length ? published[i + 1].publishedOn : null;
  };
  return [
    ...src.directions.flatMap((d) => [...chairQuarterlyReports(d, until), ...adviserReviews(d, src.reviews, until)]),
    ...(src.board ? boardObligations(src.board, until) : []),
    ...published.flatMap((i) => monitoringVisits(i, nextPublished(i.id), src.visits, until)),
    ...councilTargets(src.targets, src.inspections),
  ];
}

/** Status relative to `today`: done when something met it (a recorded fulfilment wins), else overdue once past due. */
export function withStatus(o: ScheduledObligation, recorded: RecordedFulfilment | undefined, today: string): Obligation {
  const fulfilment: Fulfilment | null = recorded
    ? { fulfilledOn: recorded.fulfilledOn, reference: recorded.reference, note: recorded.note, origin: 'recorded' }
    : o.derivedFulfilment;
  const status = fulfilment ? 'done' : o.dueOn < today ? 'overdue' : 'due';
  return { ...o, status, fulfilment, late: fulfilment !== null && fulfilment.fulfilledOn > o.dueOn };
}

export function compareObligations(a: Obligation | ScheduledObligation, b: Obligation | ScheduledObligation): number {
  if (a.dueOn !== b.dueOn) return a.dueOn < b.dueOn ? -1 : 1;
  const k = OBLIGATION_KINDS.indexOf(a.kind) - OBLIGATION_KINDS.indexOf(b.kind);
  if (k !== 0) return k;
  return (a.sequence ?? 0) - (b.sequence ?? 0) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/** Every obligation up to today + horizonDays (targets whatever their date), in due-date order. */
export function computeObligations(src: ObligationSources, opts: CalendarOptions): Obligation[] {
  const until = addDays(opts.today, opts.horizonDays ?? DEFAULT_HORIZON_DAYS);
  const recorded = new Map(src.fulfilments.map((f) => [f.obligationKey, f]));
  return scheduleObligations(src, until)
    .map((o) => withStatus(o, recorded.get(o.key), opts.today))
    .sort(compareObligations);
}

export interface CalendarSummary {
  overdue: Obligation[];
  /** Not yet met and due from today to today + days. */
  dueSoon: Obligation[];
  /** The earliest obligation not yet met and not overdue. */
  next: Obligation | null;
}

/** What a home page shows: what is overdue and what falls due in the next `days` days (30 by default). */
export function dueSoonAndOverdue(obligations: Obligation[], today: string, days = 30): CalendarSummary {
  const horizon = addDays(today, days);
  const open = obligations.filter((o) => o.status !== 'done').sort(compareObligations);
  const upcoming = open.filter((o) => o.dueOn >= today);
  return {
    overdue: open.filter((o) => o.dueOn < today),
    dueSoon: upcoming.filter((o) => o.dueOn <= horizon),
    next: upcoming[0] ?? null,
  };
}
