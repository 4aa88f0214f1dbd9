// How the plan's records are shown: words for stages, statuses and ratings, for the templates.
import { JOURNEY_STAGE_LABELS, JOURNEY_STAGES } from '../../domain/plan/journey.ts';
import { ACTION_STATUS_LABELS, RATING_TAG_CLASSES, ratingSeverity, RATINGS, RATING_LABELS, type Rating } from '../../domain/plan/status.ts';
import type { ActionSummary } from '../../plan/read-model.ts';

export interface ActionRow {
  id: number;
  ref: string;
  title: string;
  stage: string;
  stageLabel: string;
  objective: string;
  objectiveNumber: number;
  workstream: string;
  ownerName: string;
  ownerUserId: number | null;
  dueOn: string;
  statusLabel: string;
  rating: Rating;
  ratingText: string;
  tagClass: string;
  reasons: string[];
  overdue: boolean;
  illustrative: boolean;
  latestUpdate: ActionSummary['latestUpdate'];
}

export function actionRow(a: ActionSummary): ActionRow {
  return {
    id: a.id, ref: a.ref, title: a.title, stage: a.stage, stageLabel: JOURNEY_STAGE_LABELS[a.stage], objective: a.objective,
    objectiveNumber: a.objectiveNumber, workstream: a.workstream, ownerName: a.ownerName, ownerUserId: a.ownerUserId, dueOn: a.dueOn,
    statusLabel: ACTION_STATUS_LABELS[a.status], rating: a.brag.rating, ratingText: a.brag.headline, tagClass: RATING_TAG_CLASSES[a.brag.rating],
    reasons: a.brag.reasons.filter((r) => r.level !== 'note').map((r) => r.text), overdue: a.overdue, illustrative: a.illustrative,
    latestUpdate: a.latestUpdate,
  };
}

/** Actions grouped by the stage of the child's journey, every stage listed (an empty stage is worth seeing). */
export function byJourney(actions: readonly ActionSummary[]) {
  return JOURNEY_STAGES.map((stage) => ({ stage, label: JOURNEY_STAGE_LABELS[stage],
    actions: actions.filter((a) => a.stage === stage).map(actionRow) }));
}

/** How many actions have each rating: the plan's headline, worst first. */
export function ratingCounts(actions: readonly ActionSummary[]) {
  return [...RATINGS].sort((a, b) => ratingSeverity(b) - ratingSeverity(a)).map((r) => ({
    rating: r, label: RATING_LABELS[r], tagClass: RATING_TAG_CLASSES[r], count: actions.filter((a) => a.brag.rating === r).length }));
}

export const STAGE_ITEMS = (selected?: string) => [{ value: '', text: 'Select a stage' },
  ...JOURNEY_STAGES.map((s) => ({ value: s, text: JOURNEY_STAGE_LABELS[s], selected: s === selected }))];
