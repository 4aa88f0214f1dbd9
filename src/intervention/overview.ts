// The DfE's cross-council overview: for each council a DfE official oversees, the latest inspection's
// judgments, the Direction's status, the next and overdue obligations, and the Adviser's latest verdict.
// The caller passes only the councils the official may see (user_councils); every query here is
// limited to them.
import type { Queryable } from '../db/database.ts';
import type { Judgment } from '../domain/intervention/judgments.ts';
import type { DirectionStatus } from '../domain/intervention/direction.ts';
import type { Verdict } from '../domain/intervention/review.ts';
import { computeObligations, dueSoonAndOverdue } from '../domain/obligations/compute.ts';
import type { Obligation } from '../domain/obligations/types.ts';
import { loadObligationSourcesFor } from './calendar.ts';

export interface CouncilOverview {
  laCode: string;
  councilName: string;
  latestInspection: {
    id: number;
    year: number;
    publishedOn: string | null;
    overall: Judgment | null;
    helpAndProtection: Judgment | null;
    childrenInCare: Judgment | null;
    careLeavers: Judgment | null;
    leadershipManagementGovernance: Judgment | null;
    lscbReview: Judgment | null;
  } | null;
  direction: { id: number; status: DirectionStatus; draftOn: string; issuedOn: string | null } | null;
  nextObligation: Obligation | null;
  overdue: Obligation[];
  dueSoon: Obligation[];
  latestReview: { id: number; number: number; submittedOn: string; overall: Verdict } | null;
  latestVisit: { id: number; number: number; visitEnd: string; letterDate: string | null } | null;
}

export async function dfeOverview(q: Queryable, laCodes: string[], today: string): Promise<CouncilOverview[]> {
  if (!laCodes.length) return [];
  const councils = await q.query<{ laCode: string; name: string }>(
    'SELECT la_code AS "laCode", name FROM councils WHERE la_code = ANY($1) ORDER BY name', [laCodes]);
  const inspections = await q.query<NonNullable<CouncilOverview['latestInspection']> & { laCode: string }>(
    `SELECT DISTINCT ON (la_code) la_code AS "laCode", id, year, published_on AS "publishedOn", overall,
            help_and_protection AS "helpAndProtection", children_in_care AS "childrenInCare", care_leavers AS "careLeavers",
            leadership_management_governance AS "leadershipManagementGovernance", lscb_review AS "lscbReview"
       FROM inspections WHERE la_code = ANY($1)
      ORDER BY la_code, published_on DESC NULLS LAST, year DESC, id DESC`, [laCodes]);
  // The Direction in force, else the latest one.
  const directions = await q.query<NonNullable<CouncilOverview['direction']> & { laCode: string }>(
    `SELECT DISTINCT ON (la_code) la_code AS "laCode", id, status, draft_on AS "draftOn", issued_on AS "issuedOn"
       FROM directions WHERE la_code = ANY($1)
      ORDER BY la_code, (status = 'issued') DESC, draft_on DESC, id DESC`, [laCodes]);
  const reviews = await q.query<NonNullable<CouncilOverview['latestReview']> & { laCode: string }>(
    `SELECT DISTINCT ON (la_code) la_code AS "laCode", id, number, submitted_on AS "submittedOn", overall
       FROM adviser_reviews WHERE la_code = ANY($1) AND submitted_on IS NOT NULL
      ORDER BY la_code, submitted_on DESC, id DESC`, [laCodes]);
  const visits = await q.query<NonNullable<CouncilOverview['latestVisit']> & { laCode: string }>(
    `SELECT DISTINCT ON (la_code) la_code AS "laCode", id, number, visit_end AS "visitEnd", letter_date AS "letterDate"
       FROM monitoring_visits WHERE la_code = ANY($1)
      ORDER BY la_code, visit_end DESC, id DESC`, [laCodes]);
  const sources = await loadObligationSourcesFor(q, laCodes);

  const forCouncil = <T extends { laCode: string }>(list: T[], laCode: string): Omit<T, 'laCode'> | null => {
    const found = list.find((r) => r.laCode === laCode);
    if (!found) return null;
    const { laCode: _, ...rest } = found;
    return rest;
  };
  return councils.map(({ laCode, name }) => {
    const calendar = dueSoonAndOverdue(computeObligations(sources.get(laCode)!, { today }), today);
    return {
      laCode,
      councilName: name,
      latestInspection: forCouncil(inspections, laCode),
      direction: forCouncil(directions, laCode),
      nextObligation: calendar.next,
      overdue: calendar.overdue,
      dueSoon: calendar.dueSoon,
      latestReview: forCouncil(reviews, laCode),
      latestVisit: forCouncil(visits, laCode),
    };
  });
}
