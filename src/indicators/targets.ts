// How a figure stands against the council's target, given the indicator's polarity: met, near
// (short of the target by no more than the tolerance), or not met. Context indicators have no
// status. Pure: the dashboard shows the status as text, never colour alone.
import type { Polarity } from './catalogue.ts';

export type TargetStatus = 'met' | 'near' | 'not met';

export function targetStatus(value: number | null, target: { target: number; tolerance: number }, polarity: Polarity): TargetStatus | null {
  if (value === null || polarity === 'context') return null;
  const shortBy = polarity === 'up' ? target.target - value : value - target.target;
  if (shortBy <= 0) return 'met';
  return shortBy <= target.tolerance ? 'near' : 'not met';
}
