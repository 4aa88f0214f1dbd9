// The statutory calendar as rows for the screen: each obligation's status in words, and what met it
// linked to the record that shows it (the monitoring visit, the Adviser's review, the inspection) or
// the fulfilment the council recorded.
import type { Queryable } from '../../db/database.ts';
import type { Obligation } from '../../domain/obligations/types.ts';
import { listFulfilments, getBoardSchedule } from '../../intervention/calendar.ts';
import { listMonitoringVisits } from '../../intervention/monitoring.ts';
import { listAdviserReviews } from '../../intervention/reviews.ts';
import { listInspections } from '../../intervention/inspections.ts';
import { obligationTag, readableDates, type Tag } from './present.ts';

export interface CalendarLinks {
  visits: { id: number; inspectionId: number; number: number }[];
  reviews: { id: number; directionId: number; number: number }[];
  inspections: { id: number; publishedOn: string | null }[];
  fulfilments: Map<string, number>;
  boardIllustrative: boolean;
}

export async function loadCalendarLinks(q: Queryable, laCode: string): Promise<CalendarLinks> {
  const [visits, reviews, inspections, fulfilments, board] = await Promise.all([
    listMonitoringVisits(q, laCode), listAdviserReviews(q, laCode), listInspections(q, laCode), listFulfilments(q, laCode),
    getBoardSchedule(q, laCode),
  ]);
  return { visits, reviews, inspections, fulfilments: new Map(fulfilments.map((f) => [f.obligationKey, f.id])),
    boardIllustrative: board?.firstMeetingIllustrative ?? false };
}

export interface ObligationRow {
  key: string;
  title: string;
  source: string;
  basis: string;
  dueOn: string;
  legalDeadline: string | null;
  tag: Tag;
  status: Obligation['status'];
  provisional: boolean;
  /** Computed from a date chosen for the demo (the board's first meeting). */
  illustrative: boolean;
  fulfilment: { on: string; reference: string | null; note: string | null; late: boolean; href: string | null; recordedId: number | null } | null;
}

/** The record that shows a derived fulfilment, as a link. */
function derivedHref(o: Obligation, links: CalendarLinks, base: string): string | null {
  let m = /^inspection:(\d+):monitoring-visit:(\d+)$/.exec(o.key);
  if (m) {
    const v = links.visits.find((x) => x.inspectionId === Number(m![1]) && x.number === Number(m![2]));
    return v ? `${base}/register/visits/${v.id}` : null;
  }
  m = /^direction:(\d+):adviser-review:(\d+)$/.exec(o.key);
  if (m) {
    const r = links.reviews.find((x) => x.directionId === Number(m![1]) && x.number === Number(m![2]));
    return r ? `${base}/reviews/${r.id}` : null;
  }
  if (o.kind === 'council_target' && o.fulfilment) {
    const i = links.inspections.find((x) => x.publishedOn === o.fulfilment!.fulfilledOn);
    return i ? `${base}/register/inspections/${i.id}` : null;
  }
  return null;
}

export function obligationRow(o: Obligation, today: string, links: CalendarLinks, base: string): ObligationRow {
  const f = o.fulfilment;
  return {
    key: o.key, title: o.title, source: o.source, basis: readableDates(o.basis), dueOn: o.dueOn, legalDeadline: o.legalDeadline,
    tag: obligationTag(o, today), status: o.status, provisional: o.provisional,
    illustrative: links.boardIllustrative && (o.kind === 'board_meeting' || o.kind === 'dcs_report'),
    fulfilment: f ? {
      on: f.fulfilledOn, reference: f.reference, note: f.note, late: o.late,
      href: f.origin === 'derived' ? derivedHref(o, links, base) : null,
      recordedId: f.origin === 'recorded' ? links.fulfilments.get(o.key) ?? null : null,
    } : null,
  };
}

/** Rows by calendar year of their due date, earliest first. */
export function byYear(rows: ObligationRow[]): { year: string; rows: ObligationRow[] }[] {
  const years = new Map<string, ObligationRow[]>();
  for (const r of rows) {
    const y = r.dueOn.slice(0, 4);
    if (!years.has(y)) years.set(y, []);
    years.get(y)!.push(r);
  }
  return [...years].map(([year, list]) => ({ year, rows: list }));
}
