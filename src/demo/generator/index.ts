// Synthetic Ofsted Annex A data for Uplift's demo and benchmarks. Everything it produces is
// invented: pseudonymous child ids, numbered fake workers, illustrative volumes.
export {
  DEFAULT_HISTORY_START, DEFAULT_SEED, extractAt, generateAnnexA, generateSeries, problemWith, rowCount,
  simulateWorld, type GenerateOptions, type Generated, type GeneratedList, type SeriesOptions,
} from './generate.ts';
export { writeAnnexACsv, type WrittenFile } from './writeCsv.ts';
export { LISTS, csvFileName, listDefinition, type ListNumber } from './headers.ts';
export { monthEnds } from './calendar.ts';
export { progressAt, CATCH_UP } from './story.ts';
