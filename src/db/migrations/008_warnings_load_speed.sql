-- Storing an import's warnings at the speed of COPY, as 007 did for the list rows: the foreign key
-- from snapshot_warnings to snapshots was checked row by row, and a council's monthly extract has
-- a thousand warnings or more. Warnings are only ever written by the importer, inside the one
-- transaction that creates their snapshot row (src/ingest/import.ts), so the key guarded nothing
-- the import does not already guarantee. Deleting snapshots still deletes their warnings (what ON
-- DELETE CASCADE did), once per statement, beside 007's trigger for the list rows.

ALTER TABLE snapshot_warnings DROP CONSTRAINT snapshot_warnings_snapshot_id_fkey;

CREATE FUNCTION delete_snapshot_warnings() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM snapshot_warnings WHERE snapshot_id IN (SELECT id FROM gone);
  RETURN NULL;
END $$;

CREATE TRIGGER snapshots_delete_warnings AFTER DELETE ON snapshots
  REFERENCING OLD TABLE AS gone FOR EACH STATEMENT EXECUTE FUNCTION delete_snapshot_warnings();
