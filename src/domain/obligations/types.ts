import type { Judgment } from '../intervention/judgments.ts';

export const OBLIGATION_KINDS = [
  'chair_quarterly_report',
  'adviser_review',
  'board_meeting',
  'dcs_report',
  'monitoring_visit',
  'council_target',
] as const;
export type ObligationKind = (typeof OBLIGATION_KINDS)[number];

export type ObligationStatus = 'due' | 'done' | 'overdue';

/** What showed an obligation was met: a row the user recorded, or a record that proves it (a visit, a review). */
export interface Fulfilment {
  fulfilledOn: string;
  reference: string | null;
  note: string | null;
  origin: 'recorded' | 'derived';
}

/** An obligation as the calendar schedules it, before anything is known about whether it was met. */
export interface ScheduledObligation {
  /** Stable across recomputation; obligation_fulfilments rows are keyed by it. */
  key: string;
  kind: ObligationKind;
  /** 1 for the first report / review / meeting / visit in its series; null for a one-off target. */
  sequence: number | null;
  title: string;
  dueOn: string;
  /** The strict legal date ("n months after"), where the source states a period; the due date is never later. */
  legalDeadline: string | null;
  /** Where the obligation comes from, e.g. 'Direction 5g'. */
  source: string;
  /** How the due date was worked out, in words, for the screen. */
  basis: string;
  /** Computed from a Direction that is still a draft (its dates would run from the draft date). */
  provisional: boolean;
  /** Set when another record shows the obligation met (a recorded monitoring visit, a submitted review). */
  derivedFulfilment: Fulfilment | null;
}

export interface Obligation extends ScheduledObligation {
  status: ObligationStatus;
  fulfilment: Fulfilment | null;
  /** Met, but after its due date. */
  late: boolean;
}

// ——— What the calendar is computed from (one council's records) ———

export interface DirectionDates {
  id: number;
  draftOn: string;
  issuedOn: string | null;
  revokedOn: string | null;
}

export interface BoardScheduleDates {
  boardName: string;
  firstMeetingOn: string | null;
  frequencyDays: number;
  endedOn: string | null;
}

export interface InspectionDates {
  id: number;
  publishedOn: string | null;
  overall: Judgment | null;
}

export interface VisitDates {
  id: number;
  inspectionId: number;
  number: number;
  visitStart: string;
  visitEnd: string;
}

export interface ReviewDates {
  id: number;
  directionId: number;
  number: number;
  submittedOn: string | null;
  overall: 'yes' | 'partly' | 'no' | null;
}

export interface TargetDates {
  id: number;
  title: string;
  setOn: string;
  dueOn: string;
  /** A target judgment is met by an inspection published on or after setOn with that judgment or better. */
  targetJudgment: Judgment | null;
  source: string | null;
}

export interface RecordedFulfilment {
  obligationKey: string;
  fulfilledOn: string;
  reference: string | null;
  note: string | null;
}

export interface ObligationSources {
  directions: DirectionDates[];
  board: BoardScheduleDates | null;
  inspections: InspectionDates[];
  visits: VisitDates[];
  reviews: ReviewDates[];
  targets: TargetDates[];
  fulfilments: RecordedFulfilment[];
}

export interface CalendarOptions {
  /** The day statuses are relative to ('YYYY-MM-DD'). */
  today: string;
  /** Open-ended series (quarterly reports, meetings) are listed up to today + this many days. Default 365. */
  horizonDays?: number;
}
