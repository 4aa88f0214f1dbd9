// Performance indicators from Annex A (docs/indicators.md): the catalogue, the computation, the
// rows behind each figure, stored values and settings, and national benchmarks.
export { CATALOGUE, INDICATOR_IDS, JOURNEY_STAGES, PARAMETERS, indicatorById } from './catalogue.ts';
export type { Indicator, IndicatorKind, IndicatorParameter, JourneyStage, Polarity } from './catalogue.ts';
export { computeIndicators, computeIndicatorsForMany, REREFERRAL_SHORT_EXTRACT } from './compute.ts';
export { DEFAULT_CONCURRENCY, type ManyOptions } from './many-snapshots.ts';
export { indicatorRows, indicatorExclusions } from './rows.ts';
export {
  refreshIndicatorValues, refreshIndicatorValuesForMany, storedIndicators, indicatorTrend, indicatorTargets, setIndicatorTarget,
  removeIndicatorTarget, indicatorParameters, setIndicatorParameters,
} from './store.ts';
export type { IndicatorTarget, TrendPoint } from './store.ts';
export { targetStatus, type TargetStatus } from './targets.ts';
export { BENCHMARKS, benchmarksFor, type Benchmark } from './benchmarks.ts';
export { LISTS, headerOf } from './lists.ts';
export type {
  ComputeOptions, IndicatorExclusion, IndicatorFigure, IndicatorParams, IndicatorResults, IndicatorRow, IndicatorWarning,
} from './types.ts';
