// The fields of a plan action, checked the same way for the form and for a spreadsheet row.
import type { IsoDate } from '../calendar/dates.ts';
import { dateField, LIMITS, REF_PATTERN, splitList, textField, type FieldError } from './fields.ts';
import { isJourneyStage, journeyStageFromText, type JourneyStage } from './journey.ts';

export interface RawAction {
  ref: string;
  title: string;
  description: string;
  /** A stage key or its label. */
  stage: string;
  ownerName: string;
  leadOfficer: string;
  startOn: IsoDate | null | 'invalid';
  dueOn: IsoDate | null | 'invalid';
  /** References of the actions this one depends on, in one list ('1.2; 3.1'). */
  dependencies: string;
}

export interface ActionFields {
  ref: string;
  title: string;
  description: string;
  stage: JourneyStage;
  ownerName: string;
  leadOfficer: string;
  startOn: IsoDate | null;
  dueOn: IsoDate;
  dependencies: string[];
}

export interface ActionContext {
  /** References already used by other actions of the council (not this one). */
  takenRefs: ReadonlySet<string>;
  /** References an action may depend on (every action of the plan, and those being imported). */
  knownRefs: ReadonlySet<string>;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

export function validateAction(raw: RawAction, ctx: ActionContext): Checked<ActionFields> {
  const errors: FieldError[] = [];
  const ref = textField(errors, 'ref', raw.ref, 'reference', { required: true, max: LIMITS.ref });
  if (ref && ref.length <= LIMITS.ref) {
    if (!REF_PATTERN.test(ref)) errors.push({ field: 'ref', message: 'Reference must start with a letter or digit and use only letters, digits, dots, dashes and slashes' });
    else if (ctx.takenRefs.has(ref)) errors.push({ field: 'ref', message: `Another action already has the reference ${ref}` });
  }
  const title = textField(errors, 'title', raw.title, 'action', { required: true, enter: 'Enter what the action is, in a short title' });
  const description = textField(errors, 'description', raw.description, 'description', { max: LIMITS.text });
  const stageText = raw.stage.trim();
  const stage = isJourneyStage(stageText) ? stageText : journeyStageFromText(stageText);
  if (!stage) errors.push({ field: 'stage', message: 'Select the stage of the child\'s journey the action improves' });
  const ownerName = textField(errors, 'ownerName', raw.ownerName, 'owner', { required: true, enter: 'Enter the name of the action\'s owner' });
  const leadOfficer = textField(errors, 'leadOfficer', raw.leadOfficer, 'lead officer');
  const startOn = dateField(errors, 'startOn', raw.startOn, 'start date', false);
  const dueOn = dateField(errors, 'dueOn', raw.dueOn, 'due date', true);
  if (startOn && dueOn && dueOn < startOn) errors.push({ field: 'dueOn', message: 'Due date must be the same as or after the start date' });
  const dependencies = [...new Set(splitList(raw.dependencies))];
  const unknown = dependencies.filter((d) => !ctx.knownRefs.has(d) || d === ref);
  if (dependencies.includes(ref) && ref) errors.push({ field: 'dependencies', message: 'An action cannot depend on itself' });
  else if (unknown.length) errors.push({ field: 'dependencies', message: `There is no action with the reference ${unknown.join(', ')}` });
  if (errors.length) return { ok: false, errors };
  return { ok: true, value: { ref, title, description, stage: stage!, ownerName, leadOfficer, startOn, dueOn: dueOn!, dependencies } };
}

/**
 * A chain of dependencies that comes back to where it started, if there is one ('1.1 → 1.2 → 1.1'),
 * else null. An action cannot wait, however indirectly, on itself.
 */
export function dependencyCycle(graph: ReadonlyMap<string, readonly string[]>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (node: string): string[] | null => {
    if (state.get(node) === 'done') return null;
    if (state.get(node) === 'open') return [...path.slice(path.indexOf(node)), node];
    state.set(node, 'open');
    path.push(node);
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(node, 'done');
    return null;
  };
  for (const node of [...graph.keys()].sort()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return null;
}
