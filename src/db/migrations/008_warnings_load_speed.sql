-- Storing an import's warnings at the speed of COPY, as 007 did for the list rows: the foreign key
-- from snapshot_warnings to snapshots was checked row by row, and a council's monthly extract has
-- a thousand warnings or more. Warnings are only ever written by the importer, inside the one
-- transaction that creates their snapshot row (src/ingest/import.ts), so the key guarded nothing
-- the import does not already guarantee. Deleting snapshots still deletes their warnings: the
-- statement-level trigger of 007 now does that too.

ALTER TABLE snapshot_warnings DROP CONSTRAINT snapshot_warnings_snapshot_id_fkey;

CREATE OR REPLACE FUNCTION delete_snapshot_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM annex_contacts     WHERE snapshot_id IN (SELECT id FROM gone);
  DELETE FROM annex_early_help   WHERE snapshot_id IN (SELECT id FROM gone);
  DELETE FROM annex_referrals    WHERE snapshot_id IN (SELECT id FROM gone);
  DELETE FROM annex_assessments  WHERE snapshot_id IN (SELECT id FROM gone);
  DELETE FROM annex_s47          WHERE snapshot_id IN (SELECT id FROM gone);
  DELETE FROM annex_cin          WHERE snapshot_id IN (SELECT id FROM gone);
  DELETE FROM annex_cp           WHERE snapshot_id IN (SELECT id FROM gone);
  DELETE FROM annex_cla          WHERE snapshot_id IN (SELECT id FROM gone);
  DELETE FROM annex_care_leavers WHERE snapshot_id IN (SELECT id FROM gone);
  DELETE FROM annex_adoption     WHERE snapshot_id IN (SELECT id FROM gone);
  DELETE FROM annex_adopters     WHERE snapshot_id IN (SELECT id FROM gone);
  DELETE FROM snapshot_warnings  WHERE snapshot_id IN (SELECT id FROM gone);
  RETURN NULL;
END $$;
