// Obligations the Direction sets by period: the chair's quarterly report (5g) and the Intervention
// Adviser's six-monthly reviews (5f and the Adviser's terms of reference). Both run from "the date
// of this Direction" and keep running until the Direction is revoked (clause 6).
import { dueWithinMonths, strictDeadline } from './due-within.ts';
import { obligationKey } from './keys.ts';
import { ordinal } from './ordinal.ts';
import type { DirectionDates, ReviewDates, ScheduledObligation } from './types.ts';

/** The date the Direction's periods run from: its issue, or for a draft the draft date (provisionally). */
export function directionStart(d: DirectionDates): { from: string; provisional: boolean } {
  return d.issuedOn ? { from: d.issuedOn, provisional: false } : { from: d.draftOn, provisional: true };
}

/** The last date obligations can fall on: the day of revocation, or `until` while in force. */
function lastDay(d: DirectionDates, until: string): string {
  return d.revokedOn && d.revokedOn < until ? d.revokedOn : until;
}

/**
 * Direction 5g: "reports to the Secretary of State on progress in delivering the improvement plan,
 * on a quarterly basis, the first report being within 3 months of the date of this Direction".
 * Report k is due within 3k months of the Direction, so the quarters stay anchored on the
 * Direction's date instead of drifting with each report's actual date.
 */
export function chairQuarterlyReports(d: DirectionDates, until: string): ScheduledObligation[] {
  return periodic(d, until, 3, (n) => ({
    key: obligationKey.chairReport(d.id, n),
    kind: 'chair_quarterly_report',
    title: `Chair's quarterly report to the Secretary of State (${ordinal(n)})`,
    source: 'Direction 5g',
    derivedFulfilment: null,
  }));
}

/**
 * Direction 5f and the Adviser's terms of reference: "periodic six monthly reviews ... the first
 * review within six months of the date of this Direction". A review is met when the review with
 * that number is recorded as submitted.
 */
export function adviserReviews(d: DirectionDates, reviews: ReviewDates[], until: string): ScheduledObligation[] {
  return periodic(d, until, 6, (n) => {
    const review = reviews.find((r) => r.directionId === d.id && r.number === n && r.submittedOn);
    return {
      key: obligationKey.adviserReview(d.id, n),
      kind: 'adviser_review',
      title: `Intervention Adviser's six-monthly review (${ordinal(n)})`,
      source: 'Direction 5f; Adviser terms of reference',
      derivedFulfilment: review
        ? { fulfilledOn: review.submittedOn!, reference: `Adviser review ${n}`, note: null, origin: 'derived' }
        : null,
    };
  });
}

type SeriesItem = Pick<ScheduledObligation, 'key' | 'kind' | 'title' | 'source' | 'derivedFulfilment'>;

function periodic(d: DirectionDates, until: string, months: number, item: (n: number) => SeriesItem): ScheduledObligation[] {
  const { from, provisional } = directionStart(d);
  const end = lastDay(d, until);
  const out: ScheduledObligation[] = [];
  for (let n = 1; ; n++) {
    const dueOn = dueWithinMonths(from, months * n);
    if (dueOn > end) break;
    out.push({
      ...item(n),
      sequence: n,
      dueOn,
      legalDeadline: strictDeadline(from, months * n),
      basis: `Within ${months * n} months of the Direction dated ${from}${provisional ? ' (draft date: provisional)' : ''}`,
      provisional,
    });
  }
  return out;
}
