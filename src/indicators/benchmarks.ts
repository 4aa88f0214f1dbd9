// Published national figures for England to read a council's indicators against. Only figures
// whose value and source are certain are listed; each names the publication it comes from. A
// figure for a year (referrals, enquiries) is annual, while the council's figure is for its
// reporting period (six months by default): compare like with like, or scale with care.

export interface Benchmark {
  indicatorId: string;
  area: 'England';
  value: number;
  /** 'at' a date (a snapshot such as children in care on 31 March) or over a 'year' to that date. */
  basis: 'at' | 'year';
  /** The 31 March the figure is at, or the end of the year it covers. */
  date: string;
  source: { publisher: string; title: string; url?: string };
}

const DFE = 'Department for Education';
const CLA_2017 = { publisher: DFE, title: 'Children looked after in England (including adoption), year ending 31 March 2017 (SFR 50/2017)' };
const CLA_2018 = { publisher: DFE, title: 'Children looked after in England (including adoption), year ending 31 March 2018' };
const CIN_2017 = { publisher: DFE, title: 'Characteristics of children in need: 2016 to 2017' };
const CIN_2025 = {
  publisher: DFE, title: 'Children in need, reporting year 2025',
  url: 'https://explore-education-statistics.service.gov.uk/find-statistics/children-in-need',
};

export const BENCHMARKS: readonly Benchmark[] = [
  { indicatorId: 'cla.open', area: 'England', value: 72670, basis: 'at', date: '2017-03-31', source: CLA_2017 },
  { indicatorId: 'cla.rate_per_10k', area: 'England', value: 62, basis: 'at', date: '2017-03-31', source: CLA_2017 },
  { indicatorId: 'cla.open', area: 'England', value: 75420, basis: 'at', date: '2018-03-31', source: CLA_2018 },
  { indicatorId: 'cla.rate_per_10k', area: 'England', value: 64, basis: 'at', date: '2018-03-31', source: CLA_2018 },
  { indicatorId: 'referrals.count', area: 'England', value: 646120, basis: 'year', date: '2017-03-31', source: CIN_2017 },
  { indicatorId: 's47.count', area: 'England', value: 185450, basis: 'year', date: '2017-03-31', source: CIN_2017 },
  { indicatorId: 'cp.open', area: 'England', value: 51080, basis: 'at', date: '2017-03-31', source: CIN_2017 },
  { indicatorId: 'referrals.rereferral_pct', area: 'England', value: 22.6, basis: 'year', date: '2025-03-31', source: CIN_2025 },
];

/** The national figures for one indicator, latest first. */
export function benchmarksFor(indicatorId: string): Benchmark[] {
  return BENCHMARKS.filter((b) => b.indicatorId === indicatorId).sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
}
