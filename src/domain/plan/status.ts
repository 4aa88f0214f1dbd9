// The delivery status an action's owner reports, and the BRAG rating Uplift works out from the facts.
// The status is what people say; the rating is what the rule (./brag.ts) makes of the dates,
// milestones, measures and evidence, and it can differ from the status.

export const ACTION_STATUSES = ['not_started', 'on_track', 'at_risk', 'off_track', 'complete', 'impact_evidenced'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = {
  not_started: 'Not started',
  on_track: 'On track',
  at_risk: 'At risk',
  off_track: 'Off track',
  complete: 'Complete',
  impact_evidenced: 'Impact evidenced',
};

export const ACTION_STATUS_HINTS: Record<ActionStatus, string> = {
  not_started: 'Work on the action has not begun.',
  on_track: 'Work is under way and should finish by the due date.',
  at_risk: 'Work is under way but may not finish by the due date, or may not achieve its aim.',
  off_track: 'Work will not finish by the due date, or has stalled.',
  complete: 'The action has been delivered.',
  impact_evidenced: 'Delivered, and evidence shows that practice or outcomes for children changed.',
};

export function isActionStatus(value: unknown): value is ActionStatus {
  return typeof value === 'string' && (ACTION_STATUSES as readonly string[]).includes(value);
}

export function isDelivered(status: ActionStatus): boolean {
  return status === 'complete' || status === 'impact_evidenced';
}

/** A status from its label or key, case and spacing ignored ('Impact evidenced', 'impact_evidenced'). */
export function actionStatusFromText(text: string): ActionStatus | null {
  const norm = (s: string) => s.toLowerCase().replace(/[^a-z]+/g, ' ').trim();
  const wanted = norm(text);
  for (const s of ACTION_STATUSES) if (norm(s) === wanted || norm(ACTION_STATUS_LABELS[s]) === wanted) return s;
  return null;
}

// Blue = done and impact evidenced (product.md, capability 4).
export const RATINGS = ['blue', 'green', 'amber', 'red'] as const;
export type Rating = (typeof RATINGS)[number];
/** The ratings a person may set when overriding the rule: blue needs evidence, so it cannot be set by hand. */
export const OVERRIDE_RATINGS = ['green', 'amber', 'red'] as const;
export type OverrideRating = (typeof OVERRIDE_RATINGS)[number];

export const RATING_LABELS: Record<Rating, string> = { blue: 'Blue', green: 'Green', amber: 'Amber', red: 'Red' };

/** Worst first: the order of the plan's summary and of "needs attention" lists. */
export function ratingSeverity(r: Rating): number {
  return { red: 3, amber: 2, green: 1, blue: 0 }[r];
}

export function isOverrideRating(value: unknown): value is OverrideRating {
  return typeof value === 'string' && (OVERRIDE_RATINGS as readonly string[]).includes(value);
}

/** GOV.UK tag colour for a rating; the tag's words always say the rating, colour only reinforces it. */
export const RATING_TAG_CLASSES: Record<Rating, string> = {
  blue: 'govuk-tag--blue', green: 'govuk-tag--green', amber: 'govuk-tag--yellow', red: 'govuk-tag--red',
};
