// The importer's own date helpers: reading a date out of a cell and writing one into a message.
// Calendar arithmetic (addMonths, ageAt, the default period start ...) is the project's calendar,
// src/domain/calendar; dates are 'YYYY-MM-DD' strings there and here.
import { dateParts, daysInMonth, fromDayNumber, toDayNumber } from '../domain/calendar/index.ts';

/** 'YYYY-MM-DD' for a real calendar date, or null (31/02/2018 is not one). */
export function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  // Checked above, so written directly (formatDate would check it again; this runs for every date cell).
  return `${year < 1000 ? String(year).padStart(4, '0') : year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

// Excel's day 0 in each date system, as day numbers of src/domain/calendar.
const EXCEL_1900 = toDayNumber('1899-12-30'); // serials from 61 on (after the phantom 29/02/1900)
const EXCEL_1900_BEFORE_PHANTOM = toDayNumber('1899-12-31'); // serials 1-59
const EXCEL_1904 = toDayNumber('1904-01-01');
const LAST_DAY = toDayNumber('9999-12-31');

/**
 * An Excel serial day number as a calendar date. Excel's 1900 system counts 1 = 1900-01-01 and
 * keeps Lotus 1-2-3's phantom 29 February 1900 (serial 60), so serials from 61 on are days since
 * 1899-12-30; the 1904 system counts days since 1904-01-01. A fraction is a time of day: dropped.
 */
export function excelSerialToIso(serial: number, date1904 = false): string | null {
  if (!Number.isFinite(serial) || serial < 1) return null;
  const whole = Math.floor(serial);
  if (!date1904 && whole === 60) return null; // 29/02/1900 never existed
  const day = (date1904 ? EXCEL_1904 : whole < 60 ? EXCEL_1900_BEFORE_PHANTOM : EXCEL_1900) + whole;
  return day <= LAST_DAY ? fromDayNumber(day) : null;
}

/** dd/mm/yyyy for messages. */
export function ukDate(date: string): string {
  const [year, month, day] = dateParts(date);
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
}
