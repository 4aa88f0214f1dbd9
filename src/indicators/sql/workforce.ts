// Caseloads from the allocated worker on open cases: list 6, 7 and 8 rows open at D.
import { openAtD } from './rule.ts';
import { DISTINCT_CHILDREN, SNAPSHOT_PARAMS } from './query.ts';

/** Open cases at D, one row per list row, with the worker named on it (null when none). */
const OPEN_CASES = `open_cases AS (
  SELECT 6 AS list, row_no, child_id, nullif(btrim(worker), '') AS worker
  FROM annex_cin JOIN p USING (snapshot_id) WHERE ${openAtD('cin_start', 'cin_closed')}
  UNION ALL
  SELECT 7, row_no, child_id, nullif(btrim(worker), '')
  FROM annex_cp JOIN p USING (snapshot_id) WHERE ${openAtD('plan_start', 'plan_end')}
  UNION ALL
  SELECT 8, row_no, child_id, nullif(btrim(worker), '')
  FROM annex_cla JOIN p USING (snapshot_id) WHERE ${openAtD('cla_start', 'cla_ceased')}
)`;

/**
 * caseload(W) = distinct children with an open case naming W. Workers, like children, are told
 * apart byte by byte (see DISTINCT_CHILDREN): the same workers, sorted faster.
 */
const CASELOADS = `caseloads AS (
  SELECT worker COLLATE "C" AS worker, count(${DISTINCT_CHILDREN}) AS children
  FROM open_cases WHERE worker IS NOT NULL GROUP BY 1
)`;

/** Children with an open case, none of whose open cases names a worker. */
const UNALLOCATED = `unallocated AS (
  SELECT child_id FROM open_cases GROUP BY child_id HAVING count(worker) = 0
)`;

export const WORKFORCE_SQL = `WITH ${SNAPSHOT_PARAMS}, ${OPEN_CASES}, ${CASELOADS}, ${UNALLOCATED}
SELECT (SELECT count(*) FROM caseloads) AS workers,
       (SELECT coalesce(sum(children), 0) FROM caseloads) AS caseload_total,
       (SELECT count(*) FROM unallocated) AS unallocated_children`;

/** The open cases behind workforce.caseload_avg: those naming a worker. */
export const CASELOAD_ROWS_SQL = `WITH ${SNAPSHOT_PARAMS}, ${OPEN_CASES}
SELECT list, row_no, child_id, worker FROM open_cases WHERE worker IS NOT NULL ORDER BY worker, list, row_no`;

/** The open cases behind workforce.unallocated_children. */
export const UNALLOCATED_ROWS_SQL = `WITH ${SNAPSHOT_PARAMS}, ${OPEN_CASES}, ${UNALLOCATED}
SELECT list, row_no, child_id, worker FROM open_cases WHERE child_id IN (SELECT child_id FROM unallocated)
ORDER BY list, row_no`;
