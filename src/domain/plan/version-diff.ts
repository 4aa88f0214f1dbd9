// What changed between two versions of a plan. A submitted or approved version is a frozen copy of
// the plan's content (not its progress: statuses and updates move every week and are recorded
// elsewhere); a later version is compared with an earlier one field by field, so the board and
// Ofsted see exactly what was added, removed or changed.

export interface SnapshotObjective { key: string; number: number; title: string; lead: string }
export interface SnapshotWorkstream { key: string; objectiveKey: string; title: string; lead: string }
export interface SnapshotAction {
  key: string;
  ref: string;
  title: string;
  description: string;
  workstreamKey: string;
  owner: string;
  leadOfficer: string;
  startOn: string | null;
  dueOn: string;
  stage: string;
  /** Plain words, one entry each ('Recommendation 3', 'Monitoring visit 5, area for improvement 2'). */
  answers: string[];
  measures: string[];
  milestones: string[];
  dependencies: string[];
  /** For the record only: not compared. */
  status: string;
}
export interface PlanSnapshot {
  objectives: SnapshotObjective[];
  workstreams: SnapshotWorkstream[];
  actions: SnapshotAction[];
}

export type Entity = 'objective' | 'workstream' | 'action';
export interface FieldChange { field: string; before: string; after: string }
export type PlanChange =
  | { kind: 'added'; entity: Entity; key: string; label: string }
  | { kind: 'removed'; entity: Entity; key: string; label: string }
  | { kind: 'changed'; entity: Entity; key: string; label: string; fields: FieldChange[] };

const list = (xs: readonly string[]) => xs.join('; ');

export function diffPlans(before: PlanSnapshot, after: PlanSnapshot): PlanChange[] {
  const wsTitle = (s: PlanSnapshot, key: string) => s.workstreams.find((w) => w.key === key)?.title ?? '';
  const objTitle = (s: PlanSnapshot, key: string) => s.objectives.find((o) => o.key === key)?.title ?? '';
  const pair = { before, after };
  return [
    ...diffBy('objective', pair, (s) => s.objectives, (o) => `Objective ${o.number}: ${o.title}`, (o) => ({
      Number: String(o.number), Title: o.title, Lead: o.lead })),
    ...diffBy('workstream', pair, (s) => s.workstreams, (w) => `Workstream: ${w.title}`, (w, s) => ({
      Title: w.title, Lead: w.lead, Objective: objTitle(s, w.objectiveKey) })),
    ...diffBy('action', pair, (s) => s.actions, (a) => `Action ${a.ref}: ${a.title}`, (a, s) => ({
      Reference: a.ref, Title: a.title, Description: a.description, Workstream: wsTitle(s, a.workstreamKey),
      Owner: a.owner, 'Lead officer': a.leadOfficer, 'Start date': a.startOn ?? '', 'Due date': a.dueOn,
      'Stage of the journey': a.stage, Answers: list(a.answers), 'Success measures': list(a.measures),
      Milestones: list(a.milestones), 'Depends on': list(a.dependencies) })),
  ];
}

/** Records are matched by key (their id, which survives a change of title or reference). Fields that
 * name a related record (an action's workstream) are read from the record's own version. */
function diffBy<T extends { key: string }>(
  entity: Entity, pair: { before: PlanSnapshot; after: PlanSnapshot }, items: (s: PlanSnapshot) => readonly T[],
  label: (x: T) => string, fields: (x: T, s: PlanSnapshot) => Record<string, string>,
): PlanChange[] {
  const before = items(pair.before), after = items(pair.after);
  const old = new Map(before.map((x) => [x.key, x]));
  const now = new Set(after.map((x) => x.key));
  const changes: PlanChange[] = [];
  for (const x of after) {
    const was = old.get(x.key);
    if (!was) { changes.push({ kind: 'added', entity, key: x.key, label: label(x) }); continue; }
    const a = fields(was, pair.before), b = fields(x, pair.after);
    const changed = Object.keys(b).filter((f) => a[f] !== b[f]).map((f) => ({ field: f, before: a[f], after: b[f] }));
    if (changed.length) changes.push({ kind: 'changed', entity, key: x.key, label: label(x), fields: changed });
  }
  for (const x of before) if (!now.has(x.key)) changes.push({ kind: 'removed', entity, key: x.key, label: label(x) });
  return changes;
}

export function countChanges(changes: readonly PlanChange[]): { added: number; removed: number; changed: number } {
  return {
    added: changes.filter((c) => c.kind === 'added').length,
    removed: changes.filter((c) => c.kind === 'removed').length,
    changed: changes.filter((c) => c.kind === 'changed').length,
  };
}
