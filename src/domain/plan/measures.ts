// Success measures: how the plan knows whether an action worked. Either an indicator from the
// catalogue (docs/indicators.md) with a target and a date, or a described measure that a person
// judges on or off target (for what Annex A cannot count, such as audit grades or staff surveys).
import type { IsoDate } from '../calendar/dates.ts';
import { figure, longDate } from './words.ts';

/** up: higher is better; down: lower is better; context: neither (cannot be a success measure). */
export type Polarity = 'up' | 'down' | 'context';

export interface IndicatorMeasure {
  kind: 'indicator';
  label: string;
  indicatorId: string;
  polarity: Polarity;
  /** Percentages are shown with a % sign. */
  percent: boolean;
  target: number;
  targetOn: IsoDate;
  /** The latest computed figure as at the rating's date; null when there is none. */
  latest: { value: number | null; asAt: IsoDate } | null;
}

export interface DescribedMeasure {
  kind: 'described';
  label: string;
  targetOn: IsoDate;
  /** A person's judgment, from the date it was made. */
  judgment: 'on_target' | 'off_target' | null;
  judgedOn: IsoDate | null;
}

export type Measure = IndicatorMeasure | DescribedMeasure;
export type MeasureOutcome = 'met' | 'missed' | 'unknown';

const withUnit = (n: number, percent: boolean) => `${figure(n)}${percent ? '%' : ''}`;

/** The target in words: '80% or more by 30 November 2018'. */
export function targetInWords(m: Measure): string {
  if (m.kind === 'described') return `by ${longDate(m.targetOn)}`;
  const side = m.polarity === 'down' ? 'or less' : 'or more';
  return `${withUnit(m.target, m.percent)} ${side} by ${longDate(m.targetOn)}`;
}

/** Whether a measure meets its target as at `asAt`, and what was compared, in words. */
export function measureOutcome(m: Measure, asAt: IsoDate): { outcome: MeasureOutcome; detail: string } {
  if (m.kind === 'described') {
    if (!m.judgment || !m.judgedOn || m.judgedOn > asAt) {
      return { outcome: 'unknown', detail: `"${m.label}" has not been judged on or off target` };
    }
    const word = m.judgment === 'on_target' ? 'on target' : 'off target';
    return { outcome: m.judgment === 'on_target' ? 'met' : 'missed',
      detail: `"${m.label}" was judged ${word} on ${longDate(m.judgedOn)}` };
  }
  if (m.polarity === 'context') {
    return { outcome: 'unknown', detail: `${m.label} is a context figure with no better direction, so it cannot show success` };
  }
  if (!m.latest || m.latest.value == null || m.latest.asAt > asAt) {
    return { outcome: 'unknown', detail: `there is no figure for ${m.label}` };
  }
  const v = m.latest.value;
  const met = m.polarity === 'up' ? v >= m.target : v <= m.target;
  return { outcome: met ? 'met' : 'missed',
    detail: `${m.label} was ${withUnit(v, m.percent)} as at ${longDate(m.latest.asAt)}, against a target of ${targetInWords(m)}` };
}
