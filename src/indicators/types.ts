// The shapes of computed indicators: exactly the JSON contract of docs/indicators.md.

/** count and rate: value; pct: value, numerator, denominator; avg: value and denominator (= n). */
export interface IndicatorFigure {
  value: number | null;
  numerator?: number;
  denominator?: number;
}

/** A warning about the figures: list, 1-based row as the user sees it, Ofsted column header. */
export interface IndicatorWarning {
  list: number | null;
  row: number | null;
  column: string | null;
  message: string;
}

export interface IndicatorResults {
  as_at: string;
  period_start: string;
  indicators: Record<string, IndicatorFigure>;
  warnings: IndicatorWarning[];
}

export interface IndicatorParams {
  cin_visit_wd: number;
  cp_visit_wd: number;
}

export interface ComputeOptions {
  /** Children aged 0-17 in the council's area. Omitted: the council's setting; null: none. */
  population?: number | null;
  /** Local standards; omitted ones come from the council's settings, then the defaults. */
  params?: Partial<IndicatorParams>;
}

/** A child-level row behind a figure (drill-down), with the fields that decide it. */
export interface IndicatorRow {
  list: number;
  row_no: number;
  child_id: string;
  [field: string]: unknown;
}

/** A row left out of a measure, for the data-quality page. */
export interface IndicatorExclusion {
  indicator: string;
  list: number;
  row_no: number;
  child_id: string;
  column: string;
  reason: string;
}
