// The working-day calendar: calendar-date arithmetic and England and Wales working days.
export * from './dates.ts';
export * from './working-days.ts';
export { BANK_HOLIDAYS, BANK_HOLIDAYS_SOURCE, FIRST_BANK_HOLIDAY_YEAR, LAST_BANK_HOLIDAY_YEAR, type BankHoliday } from './bank-holidays.ts';
