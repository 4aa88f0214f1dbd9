// Ofsted's quarterly monitoring visits after an inadequate judgment. The council's press release of
// 7 April 2017: "Ofsted will then monitor its delivery every quarter"; the letter of 17 January 2019
// calls the December 2018 visit "the fifth monitoring visit since the local authority was judged
// inadequate".
//
// Visits are Ofsted's to schedule, and in the seeds they did not keep to the calendar quarter, so the
// calendar expects each visit within three months (read as dueWithinMonths) of the day after the
// later of the previous visit and the previous expected date: a late visit moves the expectation on
// instead of leaving every later visit overdue, and an early one does not pull the next forward.
// The first is expected within three months of the inadequate judgment's publication. Monitoring of a
// judgment ends when the next inspection is published.
import { addDays, laterOf } from './calendar-months.ts';
import { dueWithinMonths, strictDeadline } from './due-within.ts';
import { obligationKey } from './keys.ts';
import { ordinal } from './ordinal.ts';
import type { InspectionDates, ScheduledObligation, VisitDates } from './types.ts';

export const MONITORING_INTERVAL_MONTHS = 3;

export function monitoringVisits(
  inspection: InspectionDates,
  nextPublishedOn: string | null,
  visits: VisitDates[],
  until: string,
): ScheduledObligation[] {
  if (inspection.overall !== 'inadequate' || !inspection.publishedOn) return [];
  const end = nextPublishedOn && nextPublishedOn < until ? nextPublishedOn : until;
  const mine = visits.filter((v) => v.inspectionId === inspection.id);
  const out: ScheduledObligation[] = [];
  let anchor = inspection.publishedOn;
  let dueOn = dueWithinMonths(anchor, MONITORING_INTERVAL_MONTHS);
  for (let n = 1; ; n++) {
    const visit = mine.find((v) => v.number === n);
    if (dueOn > end && !visit) break;
    out.push({
      key: obligationKey.monitoringVisit(inspection.id, n),
      kind: 'monitoring_visit',
      sequence: n,
      title: `Ofsted monitoring visit (${ordinal(n)})`,
      dueOn,
      legalDeadline: strictDeadline(anchor, MONITORING_INTERVAL_MONTHS),
      source: 'Ofsted monitoring after an inadequate judgment (quarterly)',
      basis: n === 1
        ? `Within 3 months of the judgment published on ${anchor}`
        : `Within 3 months of ${anchor}, after the previous visit and its expected date`,
      provisional: false,
      derivedFulfilment: visit
        ? { fulfilledOn: visit.visitEnd, reference: `Monitoring visit ${n} (${visit.visitStart} to ${visit.visitEnd})`, note: null, origin: 'derived' }
        : null,
    });
    // The next quarter starts the day after the later of this visit and this visit's expected date.
    anchor = laterOf(visit ? visit.visitEnd : dueOn, addDays(dueOn, 1));
    dueOn = dueWithinMonths(anchor, MONITORING_INTERVAL_MONTHS);
  }
  return out;
}
