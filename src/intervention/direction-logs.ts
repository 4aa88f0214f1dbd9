// The logs kept under a Direction: instructions (5a), access requests (5b), support requests (5c),
// diagnostic reviews and cases referred to the Adviser. Each is listed per Direction (most recent
// first), and created and updated with validation and audit; they share one shape of repository.
import type { Queryable } from '../db/database.ts';
import type { Actor } from '../audit/audit.ts';
import type { Validated } from '../domain/intervention/fields.ts';

import {
  validateAccessRequest, validateCaseReferral, validateDiagnosticReview, validateInstruction, validateSupportRequest,
  type ACCESS_KINDS, type INSTRUCTION_SOURCES, type INSTRUCTION_STATUSES, type SUPPORT_KINDS,
} from '../domain/intervention/logs.ts';
import { notBeforeDirection } from '../domain/intervention/direction.ts';
import { atomically, fail, merged, notFound, type FieldError, type SaveResult } from './result.ts';
import { columnsOf, insertRow, selectRow, selectRows, updateRow, type Stamped, type TableSpec } from './table.ts';

interface UnderDirection { directionId: number }

interface LogRepository<R extends Stamped & UnderDirection & { id: number }> {
  list(q: Queryable, laCode: string, directionId: number): Promise<R[]>;
  get(q: Queryable, laCode: string, id: number): Promise<R | null>;
  create(q: Queryable, actor: Actor, laCode: string, input: unknown): Promise<SaveResult<R>>;
  update(q: Queryable, actor: Actor, laCode: string, id: number, changes: unknown): Promise<SaveResult<R>>;
}

function logRepository<R extends Stamped & UnderDirection & { id: number }, V extends UnderDirection>(
  spec: TableSpec<R>,
  noun: string,
  validate: (input: unknown) => Validated<V>,
  /** The field holding the log entry's own date: it cannot be before the Direction. */
  dateField: keyof V & string,
  extraChecks: (q: Queryable, laCode: string, v: V, id?: number) => Promise<FieldError[]> = async () => [],
): LogRepository<R> {
  async function checks(q: Queryable, laCode: string, v: V, id?: number): Promise<FieldError[]> {
    const [direction] = await q.query<{ draftOn: string; issuedOn: string | null }>(
      'SELECT draft_on AS "draftOn", issued_on AS "issuedOn" FROM directions WHERE la_code = $1 AND id = $2', [laCode, v.directionId]);
    if (!direction) return [{ field: 'directionId', message: 'Select a Direction of this council' }];
    // A log entry may predate the issue (the Adviser can work under a draft), but not the draft itself.
    const early = notBeforeDirection({ draftOn: direction.draftOn, issuedOn: null }, dateField,
      (v as Record<string, unknown>)[dateField] as string, `The ${noun}`);
    return [...(early ? [early] : []), ...await extraChecks(q, laCode, v, id)];
  }
  const get = (q: Queryable, laCode: string, id: number) => selectRow(q, spec, laCode, id);
  return {
    list: (q, laCode, directionId) => selectRows(q, spec, laCode, { directionId } as Partial<R>),
    get,
    create: (q, actor, laCode, input) => atomically(q, async (tx) => {
      const v = validate(input);
      if (!v.ok) return v;
      const errors = await checks(tx, laCode, v.value);
      if (errors.length) return fail(errors);
      return { ok: true, value: await insertRow(tx, actor, spec, laCode, v.value as unknown as Partial<R>) };
    }),
    update: (q, actor, laCode, id, changes) => atomically(q, async (tx) => {
      const before = await get(tx, laCode, id);
      if (!before) return notFound(`The ${noun}`);
      const v = validate(merged(before, changes));
      if (!v.ok) return v;
      const errors = await checks(tx, laCode, v.value, id);
      if (errors.length) return fail(errors);
      return { ok: true, value: await updateRow(tx, actor, spec, laCode, before, v.value as unknown as Partial<R>) };
    }),
  };
}

// ——— 5a: instructions ———

export interface Instruction extends Stamped {
  id: number;
  directionId: number;
  givenOn: string;
  givenBy: (typeof INSTRUCTION_SOURCES)[number];
  instruction: string;
  councilResponse: string | null;
  responseOn: string | null;
  status: (typeof INSTRUCTION_STATUSES)[number];
}

const instructions = logRepository<Instruction, ValidatedValue<typeof validateInstruction>>(
  {
    table: 'instructions',
    columns: columnsOf<Instruction>(['directionId', 'givenOn', 'givenBy', 'instruction', 'councilResponse', 'responseOn', 'status']),
    orderBy: 'given_on DESC, id DESC',
    describe: (i) => `instruction ${i.id} (5a) given on ${i.givenOn}`,
  },
  'instruction', validateInstruction, 'givenOn',
);

export const listInstructions = instructions.list;
export const getInstruction = instructions.get;
export const createInstruction = instructions.create;
export const updateInstruction = instructions.update;

// ——— 5b: access requests ———

export interface AccessRequest extends Stamped {
  id: number;
  directionId: number;
  requestedOn: string;
  requestedBy: string;
  accessTo: (typeof ACCESS_KINDS)[number];
  what: string;
  howMet: string | null;
  metOn: string | null;
}

const accessRequests = logRepository<AccessRequest, ValidatedValue<typeof validateAccessRequest>>(
  {
    table: 'access_requests',
    columns: columnsOf<AccessRequest>(['directionId', 'requestedOn', 'requestedBy', 'accessTo', 'what', 'howMet', 'metOn']),
    orderBy: 'requested_on DESC, id DESC',
    describe: (a) => `access request ${a.id} (5b) of ${a.requestedOn}`,
  },
  'request', validateAccessRequest, 'requestedOn',
);

export const listAccessRequests = accessRequests.list;
export const getAccessRequest = accessRequests.get;
export const createAccessRequest = accessRequests.create;
export const updateAccessRequest = accessRequests.update;

// ——— 5c: support requests ———

export interface SupportRequest extends Stamped {
  id: number;
  directionId: number;
  requestedOn: string;
  requestedBy: string;
  supportType: (typeof SUPPORT_KINDS)[number];
  what: string;
  howMet: string | null;
  metOn: string | null;
}

const supportRequests = logRepository<SupportRequest, ValidatedValue<typeof validateSupportRequest>>(
  {
    table: 'support_requests',
    columns: columnsOf<SupportRequest>(['directionId', 'requestedOn', 'requestedBy', 'supportType', 'what', 'howMet', 'metOn']),
    orderBy: 'requested_on DESC, id DESC',
    describe: (s) => `support request ${s.id} (5c) of ${s.requestedOn}`,
  },
  'request', validateSupportRequest, 'requestedOn',
);

export const listSupportRequests = supportRequests.list;
export const getSupportRequest = supportRequests.get;
export const createSupportRequest = supportRequests.create;
export const updateSupportRequest = supportRequests.update;

// ——— Diagnostic reviews ———

export interface DiagnosticReview extends Stamped {
  id: number;
  directionId: number;
  commissionedOn: string;
  serviceArea: string;
  undertakenBy: string;
  dueOn: string | null;
  reportedOn: string | null;
  findings: string | null;
}

const diagnosticReviews = logRepository<DiagnosticReview, ValidatedValue<typeof validateDiagnosticReview>>(
  {
    table: 'diagnostic_reviews',
    columns: columnsOf<DiagnosticReview>(['directionId', 'commissionedOn', 'serviceArea', 'undertakenBy', 'dueOn', 'reportedOn', 'findings']),
    orderBy: 'commissioned_on DESC, id DESC',
    describe: (d) => `diagnostic review ${d.id} commissioned on ${d.commissionedOn}`,
  },
  'diagnostic review', validateDiagnosticReview, 'commissionedOn',
);

export const listDiagnosticReviews = diagnosticReviews.list;
export const getDiagnosticReview = diagnosticReviews.get;
export const createDiagnosticReview = diagnosticReviews.create;
export const updateDiagnosticReview = diagnosticReviews.update;

// ——— Cases referred to the Adviser (pseudonymous reference only) ———

export interface CaseReferral extends Stamped {
  id: number;
  directionId: number;
  reference: string;
  referredBy: string;
  referredOn: string;
  outcome: string | null;
  outcomeOn: string | null;
}

const caseReferrals = logRepository<CaseReferral, ValidatedValue<typeof validateCaseReferral>>(
  {
    table: 'case_referrals',
    columns: columnsOf<CaseReferral>(['directionId', 'reference', 'referredBy', 'referredOn', 'outcome', 'outcomeOn']),
    orderBy: 'referred_on DESC, id DESC',
    describe: (c) => `case referral ${c.reference}`,
  },
  'referral', validateCaseReferral, 'referredOn',
  async (q, laCode, v, id) => {
    const clash = await q.query('SELECT 1 FROM case_referrals WHERE la_code = $1 AND reference = $2 AND id IS DISTINCT FROM $3',
      [laCode, v.reference, id ?? null]);
    return clash.length ? [{ field: 'reference', message: `A case with reference ${v.reference} has already been referred` }] : [];
  },
);

export const listCaseReferrals = caseReferrals.list;
export const getCaseReferral = caseReferrals.get;
export const createCaseReferral = caseReferrals.create;
export const updateCaseReferral = caseReferrals.update;

type ValidatedValue<F extends (input: unknown) => Validated<unknown>> = Extract<ReturnType<F>, { ok: true }>['value'];
