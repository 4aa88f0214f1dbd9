// The stages of a child's journey through children's services, in the order a child meets them.
// The Direction's annex asks for "clear and specific actions which reflect the journey of the child"
// (Intervention Adviser terms of reference, 2c); every plan action names the stage it improves, and
// the plan reads in this order, from early help to leaving care, with work that spans the journey last.

export const JOURNEY_STAGES = [
  'early_help', 'front_door', 'assessment', 'child_in_need', 'child_protection', 'children_in_care',
  'permanence_adoption', 'care_leavers', 'cross_cutting',
] as const;
export type JourneyStage = (typeof JOURNEY_STAGES)[number];

export const JOURNEY_STAGE_LABELS: Record<JourneyStage, string> = {
  early_help: 'Early help',
  front_door: 'Front door',
  assessment: 'Assessment',
  child_in_need: 'Child in need',
  child_protection: 'Child protection',
  children_in_care: 'Children in care',
  permanence_adoption: 'Permanence and adoption',
  care_leavers: 'Care leavers',
  cross_cutting: 'Cross-cutting',
};

export function isJourneyStage(value: unknown): value is JourneyStage {
  return typeof value === 'string' && (JOURNEY_STAGES as readonly string[]).includes(value);
}

/** Position of a stage in the child's journey (0 = early help). */
export function journeyPosition(stage: JourneyStage): number {
  return JOURNEY_STAGES.indexOf(stage);
}

/** A stage from its label or its key, case and spacing ignored ('Permanence and adoption', 'permanence_adoption'). */
export function journeyStageFromText(text: string): JourneyStage | null {
  const norm = (s: string) => s.toLowerCase().replace(/&/g, 'and').replace(/[^a-z]+/g, ' ').trim();
  const wanted = norm(text);
  if (!wanted) return null;
  for (const stage of JOURNEY_STAGES) {
    if (norm(stage) === wanted || norm(JOURNEY_STAGE_LABELS[stage]) === wanted) return stage;
  }
  return null;
}

/** Sorts items into journey order, keeping the given order within a stage (a stable sort). */
export function inJourneyOrder<T extends { stage: JourneyStage }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => journeyPosition(a.stage) - journeyPosition(b.stage));
}
