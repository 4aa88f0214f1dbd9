// The date the service treats as today for statuses (due or overdue, BRAG ratings). Normally the
// date in England; the demo sets its own (UPLIFT_TODAY, default 31 March 2019 in demo mode) so
// that its 2017-2019 story reads as the present. Timestamps (audit, sessions) always use the clock.
let serviceDate: string | null = null;

export function setServiceDate(date: string | null): void {
  serviceDate = date;
}

/** Today's date in England (just after midnight in summer, UTC is still yesterday). */
export function todayInEngland(now = new Date()): string {
  return serviceDate ?? new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
