// The intervention register's repository (capabilities 1, 2 and 7): every function takes a Queryable
// and a council's la_code, reads only that council's rows, and writes every change to the audit trail.
export * from './result.ts';
export * from './inspections.ts';
export * from './directions.ts';
export * from './direction-logs.ts';
export * from './monitoring.ts';
export * from './reviews.ts';
export * from './calendar.ts';
export * from './overview.ts';
