// Every indicator's SQL, by id. Row rules cover everything computed over the rows of one list;
// rates are derived from a count and the population; caseloads have their own query.
import type { RowRule } from './rule.ts';
import { FRONT_DOOR_RULES } from './front-door.ts';
import { ASSESSMENT_RULES, SECTION_47_RULES } from './assessment.ts';
import { CIN_RULES, CP_RULES } from './cin-cp.ts';
import { CHILDREN_IN_CARE_RULES } from './children-in-care.ts';
import { CARE_LEAVER_RULES, ADOPTION_RULES } from './care-leavers-adoption.ts';

export const ROW_RULES: readonly RowRule[] = [
  ...FRONT_DOOR_RULES, ...ASSESSMENT_RULES, ...SECTION_47_RULES, ...CIN_RULES, ...CP_RULES,
  ...CHILDREN_IN_CARE_RULES, ...CARE_LEAVER_RULES, ...ADOPTION_RULES,
];

export const ROW_RULE_BY_ID: ReadonlyMap<string, RowRule> = new Map(ROW_RULES.map((r) => [r.id, r]));

/** Rates per 10,000 children aged 0-17: the count they are computed from. */
export const RATE_OF: Readonly<Record<string, string>> = {
  'contacts.rate_per_10k': 'contacts.count',
  'cp.rate_per_10k': 'cp.open',
  'cla.rate_per_10k': 'cla.open',
};

export const WORKFORCE_IDS = ['workforce.caseload_avg', 'workforce.unallocated_children'] as const;

export type { RowRule, Exclusion } from './rule.ts';
