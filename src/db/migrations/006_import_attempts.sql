-- Imports refused for errors store no child-level rows (all or nothing), but the person who tried
-- must be able to read and download every problem. The problems (file, list, row, column, reason)
-- are kept here for the person and council that tried, and swept after 7 days.
CREATE TABLE import_attempts (
  id          bigserial PRIMARY KEY,
  la_code     char(3) NOT NULL REFERENCES councils(la_code),
  user_id     integer REFERENCES users(id),
  file_name   text NOT NULL,
  as_at       date NOT NULL,
  tried_at    timestamptz NOT NULL DEFAULT now(),
  error_count integer NOT NULL,
  warning_count integer NOT NULL,
  problems    jsonb NOT NULL      -- {"errors": [...], "warnings": [...]}: the first 1,000 of each
);
CREATE INDEX import_attempts_council ON import_attempts (la_code, tried_at DESC);
