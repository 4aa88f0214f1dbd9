// The generator's public face: simulate a council, then read Annex A off it at one or more as-at
// dates. Deterministic: the same options and seed give the same rows, and the same seed with
// successive as-at dates gives the same children progressing (one simulation, many views).
import { type Day, addMonths, dayOf, isIsoDate, isoOf } from './calendar.ts';
import { Extractor, type Row } from './extract.ts';
import { LISTS, type ListNumber } from './headers.ts';
import type { World } from './model.ts';
import { simulate } from './simulate.ts';

export interface GenerateOptions {
  /** The council's three-digit DfE code (Tower Hamlets = 211). */
  laCode: string;
  /** The as-at date of the extract, YYYY-MM-DD. */
  asAt: string;
  /** 1 = a council the size of Tower Hamlets; volumes scale with it (0.05 for tiny tests). */
  scale: number;
  seed?: number;
  /** Where the simulated history starts, YYYY-MM-DD (default 2015-01-01). */
  historyStart?: string;
  /** Also produce List 11 (adopters), which has no person block. Default true. */
  includeAdopters?: boolean;
}

export interface GeneratedList {
  list: ListNumber;
  title: string;
  headers: readonly string[];
  /** Cells as the CSV holds them ('' = blank), in header order. */
  rows: Row[];
}

export interface Generated {
  laCode: string;
  asAt: string;
  /** Start of the default six-month reporting period (indicators.md). */
  periodStart: string;
  scale: number;
  seed: number;
  synthetic: true;
  lists: GeneratedList[];
}

export const DEFAULT_SEED = 20170407; // the day the inadequate judgment was announced
export const DEFAULT_HISTORY_START = '2015-01-01';
/** Simulated months needed before an as-at date for a full extract (re-referrals look back 18). */
const MIN_HISTORY_MONTHS = 19;

export type SeriesOptions = Omit<GenerateOptions, 'asAt'>;

/** Checks options and returns a reason for the first problem, or null. */
export function problemWith(opts: SeriesOptions, asAtDates: readonly string[]): string | null {
  if (!/^\d{3}$/.test(opts.laCode)) return `council code must be three digits (e.g. 211), not "${opts.laCode}"`;
  if (!(Number.isFinite(opts.scale) && opts.scale > 0 && opts.scale <= 50)) return 'scale must be a number above 0 and at most 50';
  if (opts.seed !== undefined && !(Number.isInteger(opts.seed) && opts.seed >= 0 && opts.seed <= 0xffffffff)) {
    return 'seed must be a whole number from 0 to 4294967295';
  }
  const start = opts.historyStart ?? DEFAULT_HISTORY_START;
  if (!isIsoDate(start)) return `history start must be a date YYYY-MM-DD, not "${start}"`;
  if (start < '2000-01-01') return 'history start must be 2000-01-01 or later';
  if (asAtDates.length === 0) return 'at least one as-at date is needed';
  for (const asAt of asAtDates) {
    if (!isIsoDate(asAt)) return `as-at date must be a date YYYY-MM-DD, not "${asAt}"`;
    if (dayOf(asAt) < addMonths(dayOf(start), MIN_HISTORY_MONTHS)) {
      return `as-at date ${asAt} must be at least ${MIN_HISTORY_MONTHS} months after the history start ${start}`;
    }
    if (asAt > '2060-12-31') return 'as-at date must be 2060-12-31 or earlier';
  }
  return null;
}

function idPrefix(laCode: string): string {
  return laCode === '211' ? 'TH' : `C${laCode}-`;
}

function simulateTo(opts: SeriesOptions, horizon: Day, firstAsAt: Day = horizon): World {
  return simulate({
    laCode: opts.laCode,
    seed: opts.seed ?? DEFAULT_SEED,
    scale: opts.scale,
    historyStart: dayOf(opts.historyStart ?? DEFAULT_HISTORY_START),
    horizon,
    idPrefix: idPrefix(opts.laCode),
    keepFrontDoorFrom: addMonths(firstAsAt + 1, -12),
  });
}

/** The extract of a simulated world at one as-at date. */
export function extractAt(world: World, asAt: string, includeAdopters = true): Generated {
  const extractor = new Extractor(world, dayOf(asAt));
  const lists = LISTS.filter((l) => includeAdopters || l.list !== 11).map((l) => ({
    list: l.list,
    title: l.title,
    headers: l.headers,
    rows: extractor.rows(l.list),
  }));
  return {
    laCode: world.laCode,
    asAt,
    periodStart: isoOf(extractor.periodStart),
    scale: world.scale,
    seed: world.seed,
    synthetic: true,
    lists,
  };
}

/** One synthetic Annex A extract. Throws RangeError for bad options. */
export function generateAnnexA(opts: GenerateOptions): Generated {
  const problem = problemWith(opts, [opts.asAt]);
  if (problem) throw new RangeError(problem);
  return extractAt(simulateTo(opts, dayOf(opts.asAt)), opts.asAt, opts.includeAdopters ?? true);
}

/**
 * Extracts at many as-at dates from one simulation (to the latest date): each is identical to
 * `generateAnnexA` for that date. Extracts are produced one at a time as the caller iterates.
 */
export function generateSeries(opts: SeriesOptions, asAtDates: readonly string[]): IterableIterator<Generated> {
  const problem = problemWith(opts, asAtDates);
  if (problem) throw new RangeError(problem);
  const days = asAtDates.map(dayOf);
  const world = simulateTo(opts, Math.max(...days), Math.min(...days));
  return (function* () {
    for (const asAt of asAtDates) yield extractAt(world, asAt, opts.includeAdopters ?? true);
  })();
}

/** The simulated world itself (for the demo's own figures and for tests). */
export function simulateWorld(opts: SeriesOptions, horizon: string, firstAsAt: string = horizon): World {
  const problem = problemWith(opts, [horizon, firstAsAt]);
  if (problem) throw new RangeError(problem);
  return simulateTo(opts, dayOf(horizon), dayOf(firstAsAt));
}

export function rowCount(g: Generated): number {
  return g.lists.reduce((n, l) => n + l.rows.length, 0);
}
