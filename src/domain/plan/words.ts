// Dates and numbers in words for the plan's explanations ('31 March 2018', '3 days', '62.5').
import { dateParts, type IsoDate } from '../calendar/dates.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December'];

/** '2018-03-31' → '31 March 2018' (GOV.UK style). */
export function longDate(date: IsoDate): string {
  const [y, m, d] = dateParts(date);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

export function dayCount(n: number): string {
  return n === 1 ? '1 day' : `${n.toLocaleString('en-GB')} days`;
}

/** A figure as people write it: at most one decimal place, no trailing zeros (62.5, 80, 1,234). */
export function figure(n: number): string {
  return n.toLocaleString('en-GB', { maximumFractionDigits: 1 });
}
