// The plan as a spreadsheet: one action a row. The columns, and the check of an uploaded sheet:
// every problem is reported with its row and column, and the import saves nothing unless every row
// is valid. Councils keep plans in Excel today; this lets them bring one in and take it out again.
import { validateAction, dependencyCycle, type ActionFields } from './action-input.ts';
import { parseDateText, splitList, isWebAddress, LIMITS, clean, type FieldError } from './fields.ts';
import { parseMeasuresCell, parseMilestonesCell, type IndicatorInfo, type MeasureSpec, type MilestoneSpec } from './measure-input.ts';
import { actionStatusFromText, type ActionStatus } from './status.ts';
import { restoreCell } from './cell-safety.ts';

export interface PlanColumn {
  key: string;
  header: string;
  required: boolean;
  hint: string;
  /** Written on export only (ratings, updates); ignored on import. */
  exportOnly?: boolean;
}

export const PLAN_COLUMNS: readonly PlanColumn[] = [
  { key: 'ref', header: 'Reference', required: true, hint: 'A short reference unique in the plan, such as 1.3. A row with the reference of an existing action updates it; a new reference adds an action.' },
  { key: 'objective', header: 'Objective', required: true, hint: 'The objective\'s title. A title not yet in the plan adds an objective.' },
  { key: 'workstream', header: 'Workstream', required: true, hint: 'The workstream\'s title, under the objective. A new title adds a workstream.' },
  { key: 'workstreamLead', header: 'Workstream lead', required: false, hint: 'Who leads the workstream (sets it when given).' },
  { key: 'title', header: 'Action', required: true, hint: 'What will be done, in a short, specific title.' },
  { key: 'description', header: 'Description', required: false, hint: 'More detail: how, with whom, for which children.' },
  { key: 'stage', header: 'Stage of the child\'s journey', required: true, hint: 'Early help, Front door, Assessment, Child in need, Child protection, Children in care, Permanence and adoption, Care leavers or Cross-cutting.' },
  { key: 'ownerName', header: 'Owner', required: true, hint: 'The person accountable for the action.' },
  { key: 'ownerEmail', header: 'Owner email', required: false, hint: 'The owner\'s Uplift email address, so the action shows in their "my actions".' },
  { key: 'leadOfficer', header: 'Lead officer', required: false, hint: 'The officer doing the work, if not the owner.' },
  { key: 'startOn', header: 'Start date', required: false, hint: 'As 2017-06-01 or 01/06/2017.' },
  { key: 'dueOn', header: 'Due date', required: true, hint: 'As 2018-03-31 or 31/03/2018.' },
  { key: 'status', header: 'Status', required: false, hint: 'Not started, On track, At risk, Off track, Complete or Impact evidenced. A change adds a dated progress update.' },
  { key: 'recommendations', header: 'Recommendations answered', required: false, hint: 'Numbers of the inspection\'s recommendations, such as R1; R4.' },
  { key: 'findings', header: 'Monitoring findings answered', required: false, hint: 'Monitoring visit findings as MV5.2 (visit 5, finding 2), separated by semicolons.' },
  { key: 'measures', header: 'Success measures', required: false, hint: 'One a line: "indicator id: target by date" (assessments.within_45wd_pct: 80 by 2018-03-31) or "what will change by date".' },
  { key: 'milestones', header: 'Milestones', required: false, hint: 'One a line: "date title", adding "(done date)" when met: 2017-09-30 Audit tool agreed (done 2017-09-28).' },
  { key: 'dependencies', header: 'Depends on', required: false, hint: 'References of actions that must happen first, such as 1.1; 2.3.' },
  { key: 'evidenceLinks', header: 'Evidence links', required: false, hint: 'Web addresses of evidence, one a line. New links are added; none are removed.' },
  { key: 'rating', header: 'BRAG', required: false, hint: 'Worked out by Uplift; ignored on import.', exportOnly: true },
  { key: 'ratingReason', header: 'Why', required: false, hint: 'The reasons for the rating; ignored on import.', exportOnly: true },
  { key: 'latestUpdate', header: 'Latest update', required: false, hint: 'The latest progress update; ignored on import.', exportOnly: true },
];

export function columnLetter(index: number): string {
  let n = index + 1, s = '';
  while (n > 0) { const r = (n - 1) % 26; s = String.fromCharCode(65 + r) + s; n = Math.floor((n - 1) / 26); }
  return s;
}

export interface ImportProblem {
  /** 1-based spreadsheet row (the header is row 1). */
  row: number;
  column: string | null;
  letter: string | null;
  message: string;
}

export interface ImportContext {
  /** The plan's inspection: recommendation number → id. */
  recommendations: ReadonlyMap<number, number>;
  /** Monitoring findings of that inspection's visits: 'MV5.2' → id. */
  findings: ReadonlyMap<string, number>;
  indicators: ReadonlyMap<string, IndicatorInfo>;
  /** Accounts of the council: lower-case email → user id. */
  accounts: ReadonlyMap<string, number>;
  /** Actions already in the plan: reference → references it depends on. */
  existing: ReadonlyMap<string, readonly string[]>;
}

export interface ImportedAction extends ActionFields {
  row: number;
  objective: string;
  workstream: string;
  workstreamLead: string;
  ownerUserId: number | null;
  status: ActionStatus | null;
  recommendationIds: number[];
  findingIds: number[];
  measures: MeasureSpec[];
  milestones: MilestoneSpec[];
  evidenceLinks: string[];
}

export type ImportCheck = { ok: true; actions: ImportedAction[] } | { ok: false; problems: ImportProblem[] };

export const MAX_IMPORT_ROWS = 2000;

/** Checks a sheet (first row: headers) and returns every action, or every problem. */
export function checkPlanSheet(cells: readonly (readonly string[])[], ctx: ImportContext): ImportCheck {
  const header = (cells[0] ?? []).map((h) => clean(h).toLowerCase());
  const index = new Map<string, number>();
  const problems: ImportProblem[] = [];
  for (const col of PLAN_COLUMNS) {
    const i = header.indexOf(col.header.toLowerCase());
    if (i >= 0) index.set(col.key, i);
    else if (col.required) problems.push({ row: 1, column: col.header, letter: null, message: `The column "${col.header}" is missing from the first row` });
  }
  if (problems.length) return { ok: false, problems };
  const body = cells.slice(1).map((r, i) => ({ row: i + 2, r })).filter(({ r }) => r.some((c) => clean(c) !== ''));
  if (!body.length) return { ok: false, problems: [{ row: 2, column: null, letter: null, message: 'The sheet has no actions: add one action a row under the headers' }] };
  if (body.length > MAX_IMPORT_ROWS) return { ok: false, problems: [{ row: MAX_IMPORT_ROWS + 2, column: null, letter: null, message: `A sheet can hold at most ${MAX_IMPORT_ROWS} actions` }] };

  const cell = (r: readonly string[], key: string) => { const i = index.get(key); return i == null ? '' : restoreCell(clean(r[i] ?? '')); };
  const fileRefs = body.map(({ r }) => cell(r, 'ref'));
  const knownRefs = new Set([...ctx.existing.keys(), ...fileRefs.filter(Boolean)]);
  const actions: ImportedAction[] = [];
  const seen = new Map<string, number>();

  for (const { row, r } of body) {
    const errors: FieldError[] = [];
    const ref = cell(r, 'ref');
    const dup = seen.get(ref);
    const date = (key: string) => { const t = cell(r, key); return t ? parseDateText(t) ?? 'invalid' as const : null; };
    const checked = validateAction({ ref, title: cell(r, 'title'), description: cell(r, 'description'), stage: cell(r, 'stage'),
      ownerName: cell(r, 'ownerName'), leadOfficer: cell(r, 'leadOfficer'), startOn: date('startOn'), dueOn: date('dueOn'),
      dependencies: cell(r, 'dependencies') }, { takenRefs: dup ? new Set([ref]) : new Set(), knownRefs });
    if (!checked.ok) errors.push(...checked.errors.map((e) => e.field === 'ref' && dup ? { ...e, message: `Reference ${ref} is also on row ${dup}` } : e));
    if (ref) seen.set(ref, seen.get(ref) ?? row);

    const objective = need(errors, 'objective', cell(r, 'objective'), 'objective');
    const workstream = need(errors, 'workstream', cell(r, 'workstream'), 'workstream');
    const workstreamLead = cell(r, 'workstreamLead');
    if (workstreamLead.length > LIMITS.line) errors.push({ field: 'workstreamLead', message: `Workstream lead must be ${LIMITS.line} characters or fewer` });
    const email = cell(r, 'ownerEmail').toLowerCase();
    const ownerUserId = email ? ctx.accounts.get(email) ?? null : null;
    if (email && ownerUserId == null) errors.push({ field: 'ownerEmail', message: `No account of this council has the email address ${email}` });
    const statusText = cell(r, 'status');
    const status = statusText ? actionStatusFromText(statusText) : null;
    if (statusText && !status) errors.push({ field: 'status', message: 'Status must be Not started, On track, At risk, Off track, Complete or Impact evidenced' });

    const recommendationIds: number[] = [];
    for (const item of splitList(cell(r, 'recommendations'))) {
      const m = /^(?:r|rec|recommendation)?\s*(\d{1,3})$/i.exec(item);
      const id = m ? ctx.recommendations.get(Number(m[1])) : undefined;
      if (id == null) errors.push({ field: 'recommendations', message: `The inspection has no recommendation ${item}` });
      else if (!recommendationIds.includes(id)) recommendationIds.push(id);
    }
    const findingIds: number[] = [];
    for (const item of splitList(cell(r, 'findings'))) {
      const id = ctx.findings.get(item.toUpperCase().replace(/\s+/g, ''));
      if (id == null) errors.push({ field: 'findings', message: `There is no monitoring finding ${item}: write it as MV5.2 (visit 5, finding 2)` });
      else if (!findingIds.includes(id)) findingIds.push(id);
    }
    const measures = parseMeasuresCell(cell(r, 'measures'), ctx.indicators);
    if (!measures.ok) errors.push(...measures.errors);
    const milestones = parseMilestonesCell(cell(r, 'milestones'));
    if (!milestones.ok) errors.push(...milestones.errors);
    const evidenceLinks = cell(r, 'evidenceLinks').split(/\s*\n\s*|\s+/).filter(Boolean);
    const badLink = evidenceLinks.find((l) => !isWebAddress(l) || l.length > LIMITS.url);
    if (badLink) errors.push({ field: 'evidenceLinks', message: `Evidence link ${badLink.slice(0, 80)} must be a web address starting with https:// or http://` });

    for (const e of errors) {
      const col = PLAN_COLUMNS.find((c) => c.key === e.field) ?? PLAN_COLUMNS.find((c) => c.key === 'ref')!;
      const i = index.get(col.key);
      problems.push({ row, column: col.header, letter: i == null ? null : columnLetter(i), message: e.message });
    }
    if (!errors.length && checked.ok && measures.ok && milestones.ok) {
      actions.push({ ...checked.value, row, objective, workstream, workstreamLead, ownerUserId, status, recommendationIds, findingIds,
        measures: measures.value, milestones: milestones.value, evidenceLinks: [...new Set(evidenceLinks)] });
    }
  }

  if (!problems.length) {
    const graph = new Map<string, readonly string[]>(ctx.existing);
    for (const a of actions) graph.set(a.ref, a.dependencies);
    const cycle = dependencyCycle(graph);
    if (cycle) {
      const inFile = actions.find((a) => cycle.includes(a.ref))!;
      const i = index.get('dependencies');
      problems.push({ row: inFile.row, column: 'Depends on', letter: i == null ? null : columnLetter(i),
        message: `These actions depend on each other in a circle: ${cycle.join(' → ')}` });
    }
  }
  return problems.length ? { ok: false, problems } : { ok: true, actions };
}

function need(errors: FieldError[], field: string, value: string, label: 'objective' | 'workstream'): string {
  if (!value) errors.push({ field, message: `Enter the ${label} the action belongs to` });
  else if (value.length > LIMITS.line) errors.push({ field, message: `The ${label}'s title must be ${LIMITS.line} characters or fewer` });
  return value;
}

/** A problem as one line of the report: 'Row 5, column L (Due date): Due date must be a real date'. */
export function problemInWords(p: ImportProblem): string {
  const where = p.column ? `, column ${p.letter ? `${p.letter} ` : ''}(${p.column})` : '';
  return `Row ${p.row}${where}: ${p.message}`;
}
