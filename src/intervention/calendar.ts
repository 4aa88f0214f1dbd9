// The statutory calendar's records (council targets, recorded fulfilments, the board's schedule) and
// the calendar itself: obligations computed by src/domain/obligations from one council's records.
import type { Queryable } from '../db/database.ts';
import type { Actor } from '../audit/audit.ts';
import type { Judgment } from '../domain/intervention/judgments.ts';
import { validateBoardSchedule, validateCouncilTarget, validateFulfilment } from '../domain/intervention/calendar-records.ts';
import { computeObligations, dueSoonAndOverdue, type CalendarSummary } from '../domain/obligations/compute.ts';
import type { CalendarOptions, Obligation, ObligationSources } from '../domain/obligations/types.ts';
import { atomically, fail, merged, notFound, type SaveResult } from './result.ts';
import { columnsOf, deleteRow, insertRow, selectRow, selectRows, updateRow, type Stamped, type TableSpec } from './table.ts';

// ——— Council targets ———

export interface CouncilTarget extends Stamped {
  id: number;
  title: string;
  setOn: string;
  dueOn: string;
  targetJudgment: Judgment | null;
  source: string | null;
  note: string | null;
}

const targets: TableSpec<CouncilTarget> = {
  table: 'council_targets',
  columns: columnsOf<CouncilTarget>(['title', 'setOn', 'dueOn', 'targetJudgment', 'source', 'note']),
  orderBy: 'due_on, id',
  describe: (t) => `council target ${t.id} due ${t.dueOn}`,
};

export function listCouncilTargets(q: Queryable, laCode: string): Promise<CouncilTarget[]> {
  return selectRows(q, targets, laCode);
}

export function getCouncilTarget(q: Queryable, laCode: string, id: number): Promise<CouncilTarget | null> {
  return selectRow(q, targets, laCode, id);
}

export function createCouncilTarget(q: Queryable, actor: Actor, laCode: string, input: unknown): Promise<SaveResult<CouncilTarget>> {
  return atomically(q, async (tx) => {
    const v = validateCouncilTarget(input);
    if (!v.ok) return v;
    return { ok: true, value: await insertRow(tx, actor, targets, laCode, v.value) };
  });
}

export function updateCouncilTarget(q: Queryable, actor: Actor, laCode: string, id: number, changes: unknown): Promise<SaveResult<CouncilTarget>> {
  return atomically(q, async (tx) => {
    const before = await getCouncilTarget(tx, laCode, id);
    if (!before) return notFound('The target');
    const v = validateCouncilTarget(merged(before, changes));
    if (!v.ok) return v;
    return { ok: true, value: await updateRow(tx, actor, targets, laCode, before, v.value) };
  });
}

// ——— Fulfilments recorded against obligations ———

export interface ObligationFulfilment extends Stamped {
  id: number;
  obligationKey: string;
  fulfilledOn: string;
  reference: string | null;
  note: string | null;
}

const fulfilments: TableSpec<ObligationFulfilment> = {
  table: 'obligation_fulfilments',
  columns: columnsOf<ObligationFulfilment>(['obligationKey', 'fulfilledOn', 'reference', 'note']),
  orderBy: 'fulfilled_on DESC, id DESC',
  describe: (f) => `fulfilment of ${f.obligationKey}`,
};

export function listFulfilments(q: Queryable, laCode: string): Promise<ObligationFulfilment[]> {
  return selectRows(q, fulfilments, laCode);
}

export function getFulfilment(q: Queryable, laCode: string, id: number): Promise<ObligationFulfilment | null> {
  return selectRow(q, fulfilments, laCode, id);
}

/** Marks an obligation met (e.g. the chair's report sent on a date, with its reference). */
export function recordFulfilment(q: Queryable, actor: Actor, laCode: string, input: unknown): Promise<SaveResult<ObligationFulfilment>> {
  return atomically(q, async (tx) => {
    const v = validateFulfilment(input);
    if (!v.ok) return v;
    const [existing] = await selectRows(tx, fulfilments, laCode, { obligationKey: v.value.obligationKey });
    if (existing) return fail([{ field: 'obligationKey', message: 'This obligation is already marked as met: change that record instead' }]);
    return { ok: true, value: await insertRow(tx, actor, fulfilments, laCode, v.value) };
  });
}

export function updateFulfilment(q: Queryable, actor: Actor, laCode: string, id: number, changes: unknown): Promise<SaveResult<ObligationFulfilment>> {
  return atomically(q, async (tx) => {
    const before = await getFulfilment(tx, laCode, id);
    if (!before) return notFound('The fulfilment');
    const v = validateFulfilment(merged(before, changes));
    if (!v.ok) return v;
    if (v.value.obligationKey !== before.obligationKey) {
      return fail([{ field: 'obligationKey', message: 'A fulfilment stays with its obligation: remove it and record a new one' }]);
    }
    return { ok: true, value: await updateRow(tx, actor, fulfilments, laCode, before, v.value) };
  });
}

/** Un-marks an obligation (recorded in error). False when there was none. */
export function deleteFulfilment(q: Queryable, actor: Actor, laCode: string, id: number): Promise<boolean> {
  return atomically(q, async (tx) => {
    const before = await getFulfilment(tx, laCode, id);
    if (!before) return false;
    await deleteRow(tx, actor, fulfilments, laCode, before);
    return true;
  });
}

// ——— The Improvement Board's schedule (one per council) ———

export interface BoardSchedule extends Stamped {
  boardName: string;
  chair: string | null;
  frequencyDays: number;
  firstMeetingOn: string | null;
  firstMeetingIllustrative: boolean;
  endedOn: string | null;
  note: string | null;
}

const board: TableSpec<BoardSchedule> = {
  table: 'board_schedule',
  hasId: false,
  columns: columnsOf<BoardSchedule>(['boardName', 'chair', 'frequencyDays', 'firstMeetingOn', 'firstMeetingIllustrative', 'endedOn', 'note']),
  orderBy: 'la_code',
  describe: (b) => `schedule of ${b.boardName}`,
};

export async function getBoardSchedule(q: Queryable, laCode: string): Promise<BoardSchedule | null> {
  const [b] = await selectRows(q, board, laCode);
  return b ?? null;
}

/** Creates or changes the council's board schedule; a change merges over the stored one. */
export function saveBoardSchedule(q: Queryable, actor: Actor, laCode: string, input: unknown): Promise<SaveResult<BoardSchedule>> {
  return atomically(q, async (tx) => {
    const before = await getBoardSchedule(tx, laCode);
    const v = validateBoardSchedule(before ? merged(before, input) : input);
    if (!v.ok) return v;
    return { ok: true, value: before ? await updateRow(tx, actor, board, laCode, before, v.value) : await insertRow(tx, actor, board, laCode, v.value) };
  });
}

// ——— The calendar ———

/** Everything the calendar is computed from, for several councils at once (the DfE overview). */
export async function loadObligationSourcesFor(q: Queryable, laCodes: string[]): Promise<Map<string, ObligationSources>> {
  const byCouncil = new Map<string, ObligationSources>(laCodes.map((c) => [c, {
    directions: [], board: null, inspections: [], visits: [], reviews: [], targets: [], fulfilments: [],
  }]));
  const rows = async <T>(sql: string) => q.query<T & { laCode: string }>(sql, [laCodes]);
  const [directions, boards, inspections, visits, reviews, councilTargets, recorded] = await Promise.all([
    rows<ObligationSources['directions'][number]>(`SELECT la_code AS "laCode", id, draft_on AS "draftOn", issued_on AS "issuedOn",
      revoked_on AS "revokedOn" FROM directions WHERE la_code = ANY($1) ORDER BY id`),
    rows<NonNullable<ObligationSources['board']>>(`SELECT la_code AS "laCode", board_name AS "boardName", first_meeting_on AS "firstMeetingOn",
      frequency_days AS "frequencyDays", ended_on AS "endedOn" FROM board_schedule WHERE la_code = ANY($1)`),
    rows<ObligationSources['inspections'][number]>(`SELECT la_code AS "laCode", id, published_on AS "publishedOn", overall
      FROM inspections WHERE la_code = ANY($1) ORDER BY id`),
    rows<ObligationSources['visits'][number]>(`SELECT la_code AS "laCode", id, inspection_id AS "inspectionId", number,
      visit_start AS "visitStart", visit_end AS "visitEnd" FROM monitoring_visits WHERE la_code = ANY($1) ORDER BY id`),
    rows<ObligationSources['reviews'][number]>(`SELECT la_code AS "laCode", id, direction_id AS "directionId", number,
      submitted_on AS "submittedOn", overall FROM adviser_reviews WHERE la_code = ANY($1) ORDER BY id`),
    rows<ObligationSources['targets'][number]>(`SELECT la_code AS "laCode", id, title, set_on AS "setOn", due_on AS "dueOn",
      target_judgment AS "targetJudgment", source FROM council_targets WHERE la_code = ANY($1) ORDER BY id`),
    rows<ObligationSources['fulfilments'][number]>(`SELECT la_code AS "laCode", obligation_key AS "obligationKey",
      fulfilled_on AS "fulfilledOn", reference, note FROM obligation_fulfilments WHERE la_code = ANY($1)`),
  ]);
  const each = <T extends { laCode: string }>(list: T[], put: (s: ObligationSources, row: Omit<T, 'laCode'>) => void) => {
    for (const { laCode, ...row } of list) {
      const s = byCouncil.get(laCode.trim());
      if (s) put(s, row);
    }
  };
  each(directions, (s, r) => s.directions.push(r));
  each(boards, (s, r) => { s.board = r; });
  each(inspections, (s, r) => s.inspections.push(r));
  each(visits, (s, r) => s.visits.push(r));
  each(reviews, (s, r) => s.reviews.push(r));
  each(councilTargets, (s, r) => s.targets.push(r));
  each(recorded, (s, r) => s.fulfilments.push(r));
  return byCouncil;
}

export async function loadObligationSources(q: Queryable, laCode: string): Promise<ObligationSources> {
  return (await loadObligationSourcesFor(q, [laCode])).get(laCode)!;
}

/** The council's obligations up to today + horizon (a year by default), each due, done or overdue. */
export async function councilObligations(q: Queryable, laCode: string, opts: CalendarOptions): Promise<Obligation[]> {
  return computeObligations(await loadObligationSources(q, laCode), opts);
}

/** What a home page shows: overdue, due in the next `days` days (30), and the next one. */
export async function councilCalendar(q: Queryable, laCode: string, today: string, days = 30): Promise<CalendarSummary> {
  return dueSoonAndOverdue(await councilObligations(q, laCode, { today, horizonDays: Math.max(days, 365) }), today, days);
}
