// The five logs kept under a Direction, described once each: the repository functions, the form's
// fields and the list's columns. Instructions (5a), access requests (5b), support requests (5c),
// diagnostic reviews the Adviser commissions, and cases referred to the Adviser (a pseudonymous
// reference only, never a child's details).
import type { Queryable } from '../../db/database.ts';
import type { Actor } from '../../audit/audit.ts';
import type { SaveResult } from '../../intervention/result.ts';
import {
  createAccessRequest, createCaseReferral, createDiagnosticReview, createInstruction, createSupportRequest,
  getAccessRequest, getCaseReferral, getDiagnosticReview, getInstruction, getSupportRequest,
  listAccessRequests, listCaseReferrals, listDiagnosticReviews, listInstructions, listSupportRequests,
  updateAccessRequest, updateCaseReferral, updateDiagnosticReview, updateInstruction, updateSupportRequest,
} from '../../intervention/direction-logs.ts';
import {
  ACCESS_KINDS, ACCESS_KIND_LABELS, INSTRUCTION_SOURCES, INSTRUCTION_SOURCE_LABELS, INSTRUCTION_STATUSES, INSTRUCTION_STATUS_LABELS,
  SUPPORT_KINDS, SUPPORT_KIND_LABELS,
} from '../../domain/intervention/logs.ts';
import { formatDate } from '../views.ts';
import { labelled, type FieldSpec } from './form.ts';

type Entry = { id: number; directionId: number } & Record<string, unknown>;

export interface LogKind {
  /** In the address: /register/directions/:id/logs/<slug>. */
  slug: string;
  title: string;
  /** "instruction": for headings such as "Add an instruction". */
  noun: string;
  article: 'a' | 'an';
  /** What requires the log: the Direction's clause, or the Adviser's terms of reference. */
  clause: string;
  intro: string;
  list(q: Queryable, laCode: string, directionId: number): Promise<Entry[]>;
  get(q: Queryable, laCode: string, id: number): Promise<Entry | null>;
  create(q: Queryable, actor: Actor, laCode: string, input: unknown): Promise<SaveResult<Entry>>;
  update(q: Queryable, actor: Actor, laCode: string, id: number, changes: unknown): Promise<SaveResult<Entry>>;
  fields: FieldSpec[];
  columns: { head: string; cell(e: Entry): string }[];
}

const date = (v: unknown) => (typeof v === 'string' && v ? formatDate(v) : 'Not yet');
const text = (v: unknown) => (typeof v === 'string' && v ? v : '');
const label = <K extends string>(labels: Record<K, string>) => (v: unknown) => labels[v as K] ?? '';

// The repositories are typed per record; the screens treat every log alike.
const loose = (fns: unknown) => fns as Pick<LogKind, 'list' | 'get' | 'create' | 'update'>;

export const LOG_KINDS: LogKind[] = [
  {
    slug: 'instructions', title: 'Instructions', noun: 'instruction', article: 'an', clause: '5a',
    intro: 'Instructions of the Secretary of State or the Intervention Adviser, and the council\'s response (Direction 5a).',
    ...loose({ list: listInstructions, get: getInstruction, create: createInstruction, update: updateInstruction }),
    fields: [
      { kind: 'date', name: 'givenOn', label: 'Date of the instruction' },
      { kind: 'radios', name: 'givenBy', label: 'Given by', options: labelled(INSTRUCTION_SOURCE_LABELS, INSTRUCTION_SOURCES), inline: true },
      { kind: 'textarea', name: 'instruction', label: 'Instruction' },
      { kind: 'radios', name: 'status', label: 'Status', options: labelled(INSTRUCTION_STATUS_LABELS, INSTRUCTION_STATUSES) },
      { kind: 'textarea', name: 'councilResponse', label: 'Council response' },
      { kind: 'date', name: 'responseOn', label: 'Date of the response' },
    ],
    columns: [
      { head: 'Given', cell: (e) => date(e.givenOn) },
      { head: 'By', cell: (e) => label(INSTRUCTION_SOURCE_LABELS)(e.givenBy) },
      { head: 'Instruction', cell: (e) => text(e.instruction) },
      { head: 'Council response', cell: (e) => text(e.councilResponse) || 'None yet' },
      { head: 'Status', cell: (e) => label(INSTRUCTION_STATUS_LABELS)(e.status) },
    ],
  },
  {
    slug: 'access-requests', title: 'Access requests', noun: 'access request', article: 'an', clause: '5b',
    intro: 'Requests for access to the council\'s premises, documents, employees or members, and how each was met (Direction 5b).',
    ...loose({ list: listAccessRequests, get: getAccessRequest, create: createAccessRequest, update: updateAccessRequest }),
    fields: [
      { kind: 'date', name: 'requestedOn', label: 'Date of the request' },
      { kind: 'text', name: 'requestedBy', label: 'Who asked', hint: 'For example, the Intervention Adviser' },
      { kind: 'radios', name: 'accessTo', label: 'Access to', options: labelled(ACCESS_KIND_LABELS, ACCESS_KINDS) },
      { kind: 'textarea', name: 'what', label: 'What was asked for' },
      { kind: 'textarea', name: 'howMet', label: 'How it was met' },
      { kind: 'date', name: 'metOn', label: 'Date it was met' },
    ],
    columns: [
      { head: 'Requested', cell: (e) => date(e.requestedOn) },
      { head: 'By', cell: (e) => text(e.requestedBy) },
      { head: 'Access to', cell: (e) => label(ACCESS_KIND_LABELS)(e.accessTo) },
      { head: 'What', cell: (e) => text(e.what) },
      { head: 'How it was met', cell: (e) => text(e.howMet) || 'Not yet met' },
      { head: 'Met', cell: (e) => date(e.metOn) },
    ],
  },
  {
    slug: 'support-requests', title: 'Support requests', noun: 'support request', article: 'a', clause: '5c',
    intro: 'Amenities, services and administrative support the Intervention Adviser asked for, and how each was provided (Direction 5c).',
    ...loose({ list: listSupportRequests, get: getSupportRequest, create: createSupportRequest, update: updateSupportRequest }),
    fields: [
      { kind: 'date', name: 'requestedOn', label: 'Date of the request' },
      { kind: 'text', name: 'requestedBy', label: 'Who asked' },
      { kind: 'radios', name: 'supportType', label: 'Kind of support', options: labelled(SUPPORT_KIND_LABELS, SUPPORT_KINDS) },
      { kind: 'textarea', name: 'what', label: 'What was asked for' },
      { kind: 'textarea', name: 'howMet', label: 'How it was met' },
      { kind: 'date', name: 'metOn', label: 'Date it was met' },
    ],
    columns: [
      { head: 'Requested', cell: (e) => date(e.requestedOn) },
      { head: 'By', cell: (e) => text(e.requestedBy) },
      { head: 'Kind', cell: (e) => label(SUPPORT_KIND_LABELS)(e.supportType) },
      { head: 'What', cell: (e) => text(e.what) },
      { head: 'How it was met', cell: (e) => text(e.howMet) || 'Not yet met' },
      { head: 'Met', cell: (e) => date(e.metOn) },
    ],
  },
  {
    slug: 'diagnostic-reviews', title: 'Diagnostic reviews', noun: 'diagnostic review', article: 'a', clause: 'Annex A: terms of reference',
    intro: 'Diagnostic reviews or assessments of performance in a service area that the Intervention Adviser commissions (terms of reference).',
    ...loose({ list: listDiagnosticReviews, get: getDiagnosticReview, create: createDiagnosticReview, update: updateDiagnosticReview }),
    fields: [
      { kind: 'date', name: 'commissionedOn', label: 'Date commissioned' },
      { kind: 'text', name: 'serviceArea', label: 'Service area', hint: 'For example, the front door and the multi-agency safeguarding hub' },
      { kind: 'text', name: 'undertakenBy', label: 'Undertaken by', hint: 'A local authority or another party agreed with the Department' },
      { kind: 'date', name: 'dueOn', label: 'Due date' },
      { kind: 'date', name: 'reportedOn', label: 'Date reported' },
      { kind: 'textarea', name: 'findings', label: 'Findings', rows: 8 },
    ],
    columns: [
      { head: 'Commissioned', cell: (e) => date(e.commissionedOn) },
      { head: 'Service area', cell: (e) => text(e.serviceArea) },
      { head: 'Undertaken by', cell: (e) => text(e.undertakenBy) },
      { head: 'Due', cell: (e) => date(e.dueOn) },
      { head: 'Reported', cell: (e) => date(e.reportedOn) },
      { head: 'Findings', cell: (e) => text(e.findings) || 'None yet' },
    ],
  },
  {
    slug: 'case-referrals', title: 'Cases referred to the Adviser', noun: 'case referral', article: 'a', clause: 'Referred for examination',
    intro: 'Cases referred to the Intervention Adviser for examination, by a pseudonymous reference only: never a child\'s name or details.',
    ...loose({ list: listCaseReferrals, get: getCaseReferral, create: createCaseReferral, update: updateCaseReferral }),
    fields: [
      { kind: 'text', name: 'reference', label: 'Case reference', width: 20,
        hint: 'The case system\'s pseudonymous reference: letters, numbers, - and /, no spaces. Never a child\'s name.' },
      { kind: 'text', name: 'referredBy', label: 'Referred by', hint: 'For example, a councillor or the Director of Children\'s Services' },
      { kind: 'date', name: 'referredOn', label: 'Date of referral' },
      { kind: 'textarea', name: 'outcome', label: 'Outcome of the examination' },
      { kind: 'date', name: 'outcomeOn', label: 'Date of the outcome' },
    ],
    columns: [
      { head: 'Reference', cell: (e) => text(e.reference) },
      { head: 'Referred by', cell: (e) => text(e.referredBy) },
      { head: 'Referred', cell: (e) => date(e.referredOn) },
      { head: 'Outcome', cell: (e) => text(e.outcome) || 'Not yet examined' },
      { head: 'Outcome date', cell: (e) => date(e.outcomeOn) },
    ],
  },
];
