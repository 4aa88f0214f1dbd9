// The BRAG rating of a plan action, worked out from facts by one written rule, with the reasons in
// words so that the action's page can say why. The rule (shown to users as BRAG_RULE_IN_WORDS):
//
//   Blue  — reported "impact evidenced" and at least one piece of evidence is marked as showing that
//           practice or outcomes changed. "Complete" alone is not blue (product.md, capability 4).
//   Green — delivered ("complete", or "impact evidenced" without evidence of impact); or not yet
//           delivered and nothing below applies.
//   Red   — not delivered and: the due date has passed; or a milestone is more than
//           MILESTONE_RED_AFTER_DAYS days late; or a success measure missed its target after its
//           target date; or the owner reports it off track.
//   Amber — not delivered, not red, and: a milestone is late; or a success measure's target date has
//           passed with no figure or judgment to check it; or it was due to start and is still
//           reported "not started"; or the owner reports it at risk.
//
// A success measure counts only once its target date has passed: before then the figure is still on
// its way to the target. A person may override the rating with a reason (kept with their name and
// the date); the page then shows both the rule's rating and the override. Overrides cannot set blue,
// which needs evidence.
import { daysBetween, type IsoDate } from '../calendar/dates.ts';
import { measureOutcome, type Measure } from './measures.ts';
import { isDelivered, type ActionStatus, type OverrideRating, type Rating } from './status.ts';
import { dayCount, longDate } from './words.ts';

/** A milestone this many days late (or more than this) turns the action red; fewer days, amber. */
export const MILESTONE_RED_AFTER_DAYS = 30;

export const BRAG_RULE_IN_WORDS: readonly string[] = [
  'Blue: the action is reported as impact evidenced and at least one piece of evidence shows that practice or outcomes for children changed.',
  'Green: the action is complete, or it is on its way and nothing below applies. Complete is green, not blue, until evidence shows its impact.',
  `Red: the action is not complete and its due date has passed, or a milestone is more than ${MILESTONE_RED_AFTER_DAYS} days late, or a success measure missed its target after the target date, or its owner reports it off track.`,
  'Amber: the action is not complete and a milestone is late, or a success measure cannot be checked after its target date, or it was due to start and has not, or its owner reports it at risk.',
  'A success measure counts only once its target date has passed. A person may override the rating only by giving a reason, which is kept.',
];

export interface BragMilestone {
  title: string;
  dueOn: IsoDate;
  completedOn: IsoDate | null;
}

export interface BragOverride {
  rating: OverrideRating;
  reason: string;
  by: string;
  on: IsoDate;
}

export interface BragInput {
  /** The latest status reported on or before asAt ('not_started' when none). */
  status: ActionStatus;
  startOn: IsoDate | null;
  dueOn: IsoDate;
  milestones: readonly BragMilestone[];
  measures: readonly Measure[];
  /** Pieces of evidence, dated on or before asAt, marked as showing impact. */
  impactEvidence: number;
  override: BragOverride | null;
}

export type ReasonLevel = Rating | 'note';
export interface BragReason {
  level: ReasonLevel;
  text: string;
}

export interface BragResult {
  /** The rating shown: the override when there is one, otherwise the rule's. */
  rating: Rating;
  ruleRating: Rating;
  /** The tag's words, e.g. 'Red: off track'. */
  headline: string;
  /** Why the rule gives ruleRating: every finding at that level, then notes. */
  reasons: BragReason[];
  override: BragOverride | null;
}

export const HEADLINES: Record<Rating, string> = {
  blue: 'Blue: impact evidenced', green: 'Green: on track', amber: 'Amber: at risk', red: 'Red: off track',
};

export function rateAction(input: BragInput, asAt: IsoDate): BragResult {
  const rule = ruleRating(input, asAt);
  const headline = rule.rating === 'green' && isDelivered(input.status) ? 'Green: complete' : HEADLINES[rule.rating];
  if (!input.override) return { rating: rule.rating, ruleRating: rule.rating, headline, reasons: rule.reasons, override: null };
  const o = input.override;
  return {
    rating: o.rating, ruleRating: rule.rating, override: o,
    headline: `${HEADLINES[o.rating]} (set by hand)`,
    reasons: rule.reasons,
  };
}

/** The override in words, for the action's page. */
export function overrideInWords(o: BragOverride, ruleRating: Rating): string {
  const set = HEADLINES[o.rating].split(':')[0];
  const rule = HEADLINES[ruleRating].split(':')[0];
  return `${o.by} set the rating to ${set} on ${longDate(o.on)} (the rule gives ${rule}). Their reason: ${o.reason}`;
}

function ruleRating(a: BragInput, asAt: IsoDate): { rating: Rating; reasons: BragReason[] } {
  const notes: BragReason[] = [];
  const outcomes = a.measures.map((m) => ({ m, ...measureOutcome(m, asAt), due: m.targetOn < asAt }));

  if (isDelivered(a.status)) {
    if (a.status === 'impact_evidenced' && a.impactEvidence > 0) {
      const pieces = a.impactEvidence === 1 ? '1 piece of evidence shows' : `${a.impactEvidence} pieces of evidence show`;
      return { rating: 'blue', reasons: [{ level: 'blue', text: `Reported as impact evidenced, and ${pieces} that practice or outcomes changed.` }] };
    }
    const reasons: BragReason[] = [{ level: 'green', text: 'Reported as complete: the action has been delivered.' }];
    if (a.status === 'impact_evidenced') {
      notes.push({ level: 'note', text: 'It is reported as impact evidenced, but no evidence is marked as showing that practice or outcomes changed, so it is not blue.' });
    } else {
      notes.push({ level: 'note', text: 'It becomes blue when it is reported as impact evidenced with evidence that practice or outcomes changed.' });
    }
    for (const o of outcomes) if (o.due && o.outcome === 'missed') notes.push({ level: 'note', text: `Its success measure missed its target: ${o.detail}.` });
    return { rating: 'green', reasons: [...reasons, ...notes] };
  }

  const red: BragReason[] = [];
  const amber: BragReason[] = [];
  if (a.dueOn < asAt) {
    red.push({ level: 'red', text: `The due date, ${longDate(a.dueOn)}, passed ${dayCount(daysBetween(a.dueOn, asAt))} ago and the action is not complete.` });
  }
  for (const ms of a.milestones) {
    const done = ms.completedOn != null && ms.completedOn <= asAt;
    if (done || ms.dueOn >= asAt) continue;
    const late = daysBetween(ms.dueOn, asAt);
    const text = `The milestone "${ms.title}" was due on ${longDate(ms.dueOn)} and is ${dayCount(late)} late.`;
    (late > MILESTONE_RED_AFTER_DAYS ? red : amber).push({ level: late > MILESTONE_RED_AFTER_DAYS ? 'red' : 'amber', text });
  }
  for (const o of outcomes) {
    if (!o.due) continue;
    if (o.outcome === 'missed') red.push({ level: 'red', text: `A success measure missed its target: ${o.detail}.` });
    if (o.outcome === 'unknown') amber.push({ level: 'amber', text: `A success measure's target date, ${longDate(o.m.targetOn)}, has passed but it cannot be checked: ${o.detail}.` });
  }
  if (a.status === 'off_track') red.push({ level: 'red', text: 'Its owner reports it off track.' });
  if (a.status === 'at_risk') amber.push({ level: 'amber', text: 'Its owner reports it at risk.' });
  if (a.status === 'not_started' && a.startOn != null && a.startOn < asAt) {
    amber.push({ level: 'amber', text: `It was due to start on ${longDate(a.startOn)} and is reported as not started.` });
  }
  if (red.length) return { rating: 'red', reasons: [...red, ...amber] };
  if (amber.length) return { rating: 'amber', reasons: amber };

  const green: BragReason[] = [];
  const left = daysBetween(asAt, a.dueOn);
  green.push({ level: 'green', text: left === 0 ? `It is due today, ${longDate(a.dueOn)}.` : `It is due on ${longDate(a.dueOn)}, in ${dayCount(left)}.` });
  green.push({ level: 'green', text: a.milestones.length ? 'No milestone is late.' : 'It has no milestones.' });
  const checked = outcomes.filter((o) => o.due);
  if (checked.length) green.push({ level: 'green', text: 'Every success measure past its target date met its target.' });
  else if (outcomes.length) green.push({ level: 'green', text: 'No success measure has reached its target date yet.' });
  green.push({ level: 'green', text: a.status === 'on_track' ? 'Its owner reports it on track.' : 'No progress has been reported yet.' });
  return { rating: 'green', reasons: green };
}
