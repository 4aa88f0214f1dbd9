// A figure in words for the screen: "81.3% (130 of 160)", "412 days (12 children)", "62.0 per 10,000".
import type { Indicator } from '../../indicators/catalogue.ts';
import type { IndicatorFigure } from '../../indicators/types.ts';

const n = (x: number, digits = 0) => x.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });

export function figureText(indicator: Indicator, f: IndicatorFigure | null | undefined): { value: string; detail: string } {
  if (!f || f.value === null) return { value: 'Not available', detail: '' };
  switch (indicator.kind) {
    case 'pct': return { value: `${n(f.value, 1)}%`, detail: `${n(f.numerator ?? 0)} of ${n(f.denominator ?? 0)}` };
    case 'avg': return { value: `${n(f.value, 1)}`, detail: `average over ${n(f.denominator ?? 0)}` };
    case 'rate': return { value: n(f.value, 1), detail: 'per 10,000 children' };
    default: return { value: n(f.value), detail: '' };
  }
}

export function numberText(indicator: Indicator, value: number | null | undefined): string {
  if (value == null) return '';
  return indicator.kind === 'count' ? n(value) : n(value, 1) + (indicator.kind === 'pct' ? '%' : '');
}
