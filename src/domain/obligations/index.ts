export * from './types.ts';
export { lastDayOfMonth, monthsBetween, laterOf } from './calendar-months.ts';
export { dueWithinMonths, strictDeadline } from './due-within.ts';
export { obligationKey, isObligationKey } from './keys.ts';
export { chairQuarterlyReports, adviserReviews, directionStart } from './direction-schedule.ts';
export { boardMeetingDates, boardObligations } from './board-schedule.ts';
export { monitoringVisits, MONITORING_INTERVAL_MONTHS } from './monitoring-schedule.ts';
export { councilTargets } from './target-schedule.ts';
export {
  computeObligations, scheduleObligations, withStatus, compareObligations, dueSoonAndOverdue,
  DEFAULT_HORIZON_DAYS, type CalendarSummary,
} from './compute.ts';
export { ordinal } from './ordinal.ts';
