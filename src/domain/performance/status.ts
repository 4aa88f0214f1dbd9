// How a figure is described on screen: its RAG status against the council's target (as words,
// never colour alone) and its direction of travel since the previous snapshot.

export type Polarity = 'up' | 'down' | 'context';
export type TargetStatus = 'met' | 'near' | 'not met';

export interface StatusTag {
  text: string;
  colour: 'green' | 'yellow' | 'red' | 'grey';
}

/** Green on target, amber within tolerance, red beyond; no tag words without a target. */
export function ragTag(status: TargetStatus | null, hasTarget: boolean): StatusTag {
  if (!hasTarget) return { text: 'No target set', colour: 'grey' };
  if (status === null) return { text: 'No figure', colour: 'grey' };
  return status === 'met' ? { text: 'Green: on target', colour: 'green' }
    : status === 'near' ? { text: 'Amber: within tolerance', colour: 'yellow' }
      : { text: 'Red: beyond tolerance', colour: 'red' };
}

export interface Direction {
  text: string;
  /** For context measures, which way the figure moved; otherwise whether that is better or worse. */
  judgement: 'better' | 'worse' | 'same' | 'up' | 'down' | 'none';
}

export function directionOfTravel(previous: number | null | undefined, current: number | null | undefined, polarity: Polarity): Direction {
  if (previous == null || current == null) return { text: 'No earlier figure', judgement: 'none' };
  if (current === previous) return { text: 'No change', judgement: 'same' };
  const rose = current > previous;
  if (polarity === 'context') return { text: rose ? 'Up' : 'Down', judgement: rose ? 'up' : 'down' };
  const better = polarity === 'up' ? rose : !rose;
  return { text: `${better ? 'Improving' : 'Worsening'} (${rose ? 'up' : 'down'})`, judgement: better ? 'better' : 'worse' };
}
