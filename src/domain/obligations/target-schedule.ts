// Targets the council sets itself, e.g. the council's statement on the issued Direction (press report,
// September 2017): "a good rating for children's services from Ofsted by April 2019".
// A target naming a judgment is met by the first inspection published on or after the day the target
// was set with that judgment or better; any target can also be met by a recorded fulfilment.
import { JUDGMENT_LABELS, meetsJudgment } from '../intervention/judgments.ts';
import { obligationKey } from './keys.ts';
import type { InspectionDates, ScheduledObligation, TargetDates } from './types.ts';

export function councilTargets(targets: TargetDates[], inspections: InspectionDates[]): ScheduledObligation[] {
  return targets.map((t) => {
    const target = t.targetJudgment;
    const meeting = target
      ? inspections
        .filter((i) => i.publishedOn && i.publishedOn >= t.setOn && meetsJudgment(i.overall, target))
        .sort((a, b) => (a.publishedOn! < b.publishedOn! ? -1 : 1))[0]
      : undefined;
    return {
      key: obligationKey.councilTarget(t.id),
      kind: 'council_target',
      sequence: null,
      title: t.title,
      dueOn: t.dueOn,
      legalDeadline: null,
      source: t.source ?? 'Council target',
      basis: target
        ? `Set on ${t.setOn}: Ofsted judgment ${JUDGMENT_LABELS[target].toLowerCase()} or better by ${t.dueOn}`
        : `Set on ${t.setOn}, to be met by ${t.dueOn}`,
      provisional: false,
      derivedFulfilment: meeting
        ? { fulfilledOn: meeting.publishedOn!, reference: `Inspection published ${meeting.publishedOn}`, note: null, origin: 'derived' }
        : null,
    };
  });
}
