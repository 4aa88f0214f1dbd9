-- Performance indicators (docs/indicators.md): the working-day calendar in SQL, what each import
-- recorded about its columns, per-council indicator settings, and computed values kept per snapshot
-- for trends.

-- England and Wales bank holidays, the same list as src/domain/calendar/bank-holidays.ts (a test
-- checks they are equal). Source: GOV.UK, UK bank holidays, England and Wales
-- (https://www.gov.uk/bank-holidays); years after 2027 projected by the standing rules. Substitute
-- days are listed on the day observed, so every day here is a weekday.
CREATE TABLE bank_holidays (
  d      date PRIMARY KEY CHECK (extract(isodow FROM d) < 6),
  title  text NOT NULL,
  notes  text NOT NULL DEFAULT ''
);

INSERT INTO bank_holidays (d, title, notes) VALUES
  ('2010-01-01', 'New Year''s Day', ''),
  ('2010-04-02', 'Good Friday', ''),
  ('2010-04-05', 'Easter Monday', ''),
  ('2010-05-03', 'Early May bank holiday', ''),
  ('2010-05-31', 'Spring bank holiday', ''),
  ('2010-08-30', 'Summer bank holiday', ''),
  ('2010-12-27', 'Christmas Day', 'Substitute day'),
  ('2010-12-28', 'Boxing Day', 'Substitute day'),
  ('2011-01-03', 'New Year''s Day', 'Substitute day'),
  ('2011-04-22', 'Good Friday', ''),
  ('2011-04-25', 'Easter Monday', ''),
  ('2011-04-29', 'Royal wedding', 'Extra bank holiday'),
  ('2011-05-02', 'Early May bank holiday', ''),
  ('2011-05-30', 'Spring bank holiday', ''),
  ('2011-08-29', 'Summer bank holiday', ''),
  ('2011-12-26', 'Boxing Day', ''),
  ('2011-12-27', 'Christmas Day', 'Substitute day'),
  ('2012-01-02', 'New Year''s Day', 'Substitute day'),
  ('2012-04-06', 'Good Friday', ''),
  ('2012-04-09', 'Easter Monday', ''),
  ('2012-05-07', 'Early May bank holiday', ''),
  ('2012-06-04', 'Spring bank holiday', 'Moved for the Diamond Jubilee'),
  ('2012-06-05', 'Queen''s Diamond Jubilee', 'Extra bank holiday'),
  ('2012-08-27', 'Summer bank holiday', ''),
  ('2012-12-25', 'Christmas Day', ''),
  ('2012-12-26', 'Boxing Day', ''),
  ('2013-01-01', 'New Year''s Day', ''),
  ('2013-03-29', 'Good Friday', ''),
  ('2013-04-01', 'Easter Monday', ''),
  ('2013-05-06', 'Early May bank holiday', ''),
  ('2013-05-27', 'Spring bank holiday', ''),
  ('2013-08-26', 'Summer bank holiday', ''),
  ('2013-12-25', 'Christmas Day', ''),
  ('2013-12-26', 'Boxing Day', ''),
  ('2014-01-01', 'New Year''s Day', ''),
  ('2014-04-18', 'Good Friday', ''),
  ('2014-04-21', 'Easter Monday', ''),
  ('2014-05-05', 'Early May bank holiday', ''),
  ('2014-05-26', 'Spring bank holiday', ''),
  ('2014-08-25', 'Summer bank holiday', ''),
  ('2014-12-25', 'Christmas Day', ''),
  ('2014-12-26', 'Boxing Day', ''),
  ('2015-01-01', 'New Year''s Day', ''),
  ('2015-04-03', 'Good Friday', ''),
  ('2015-04-06', 'Easter Monday', ''),
  ('2015-05-04', 'Early May bank holiday', ''),
  ('2015-05-25', 'Spring bank holiday', ''),
  ('2015-08-31', 'Summer bank holiday', ''),
  ('2015-12-25', 'Christmas Day', ''),
  ('2015-12-28', 'Boxing Day', 'Substitute day'),
  ('2016-01-01', 'New Year''s Day', ''),
  ('2016-03-25', 'Good Friday', ''),
  ('2016-03-28', 'Easter Monday', ''),
  ('2016-05-02', 'Early May bank holiday', ''),
  ('2016-05-30', 'Spring bank holiday', ''),
  ('2016-08-29', 'Summer bank holiday', ''),
  ('2016-12-26', 'Boxing Day', ''),
  ('2016-12-27', 'Christmas Day', 'Substitute day'),
  ('2017-01-02', 'New Year''s Day', 'Substitute day'),
  ('2017-04-14', 'Good Friday', ''),
  ('2017-04-17', 'Easter Monday', ''),
  ('2017-05-01', 'Early May bank holiday', ''),
  ('2017-05-29', 'Spring bank holiday', ''),
  ('2017-08-28', 'Summer bank holiday', ''),
  ('2017-12-25', 'Christmas Day', ''),
  ('2017-12-26', 'Boxing Day', ''),
  ('2018-01-01', 'New Year''s Day', ''),
  ('2018-03-30', 'Good Friday', ''),
  ('2018-04-02', 'Easter Monday', ''),
  ('2018-05-07', 'Early May bank holiday', ''),
  ('2018-05-28', 'Spring bank holiday', ''),
  ('2018-08-27', 'Summer bank holiday', ''),
  ('2018-12-25', 'Christmas Day', ''),
  ('2018-12-26', 'Boxing Day', ''),
  ('2019-01-01', 'New Year''s Day', ''),
  ('2019-04-19', 'Good Friday', ''),
  ('2019-04-22', 'Easter Monday', ''),
  ('2019-05-06', 'Early May bank holiday', ''),
  ('2019-05-27', 'Spring bank holiday', ''),
  ('2019-08-26', 'Summer bank holiday', ''),
  ('2019-12-25', 'Christmas Day', ''),
  ('2019-12-26', 'Boxing Day', ''),
  ('2020-01-01', 'New Year''s Day', ''),
  ('2020-04-10', 'Good Friday', ''),
  ('2020-04-13', 'Easter Monday', ''),
  ('2020-05-08', 'Early May bank holiday (VE day)', 'Moved for the 75th anniversary of VE day'),
  ('2020-05-25', 'Spring bank holiday', ''),
  ('2020-08-31', 'Summer bank holiday', ''),
  ('2020-12-25', 'Christmas Day', ''),
  ('2020-12-28', 'Boxing Day', 'Substitute day'),
  ('2021-01-01', 'New Year''s Day', ''),
  ('2021-04-02', 'Good Friday', ''),
  ('2021-04-05', 'Easter Monday', ''),
  ('2021-05-03', 'Early May bank holiday', ''),
  ('2021-05-31', 'Spring bank holiday', ''),
  ('2021-08-30', 'Summer bank holiday', ''),
  ('2021-12-27', 'Christmas Day', 'Substitute day'),
  ('2021-12-28', 'Boxing Day', 'Substitute day'),
  ('2022-01-03', 'New Year''s Day', 'Substitute day'),
  ('2022-04-15', 'Good Friday', ''),
  ('2022-04-18', 'Easter Monday', ''),
  ('2022-05-02', 'Early May bank holiday', ''),
  ('2022-06-02', 'Spring bank holiday', 'Moved for the Platinum Jubilee'),
  ('2022-06-03', 'Platinum Jubilee bank holiday', 'Extra bank holiday'),
  ('2022-08-29', 'Summer bank holiday', ''),
  ('2022-09-19', 'Bank holiday for the State Funeral of Queen Elizabeth II', 'Extra bank holiday'),
  ('2022-12-26', 'Boxing Day', ''),
  ('2022-12-27', 'Christmas Day', 'Substitute day'),
  ('2023-01-02', 'New Year''s Day', 'Substitute day'),
  ('2023-04-07', 'Good Friday', ''),
  ('2023-04-10', 'Easter Monday', ''),
  ('2023-05-01', 'Early May bank holiday', ''),
  ('2023-05-08', 'Bank holiday for the coronation of King Charles III', 'Extra bank holiday'),
  ('2023-05-29', 'Spring bank holiday', ''),
  ('2023-08-28', 'Summer bank holiday', ''),
  ('2023-12-25', 'Christmas Day', ''),
  ('2023-12-26', 'Boxing Day', ''),
  ('2024-01-01', 'New Year''s Day', ''),
  ('2024-03-29', 'Good Friday', ''),
  ('2024-04-01', 'Easter Monday', ''),
  ('2024-05-06', 'Early May bank holiday', ''),
  ('2024-05-27', 'Spring bank holiday', ''),
  ('2024-08-26', 'Summer bank holiday', ''),
  ('2024-12-25', 'Christmas Day', ''),
  ('2024-12-26', 'Boxing Day', ''),
  ('2025-01-01', 'New Year''s Day', ''),
  ('2025-04-18', 'Good Friday', ''),
  ('2025-04-21', 'Easter Monday', ''),
  ('2025-05-05', 'Early May bank holiday', ''),
  ('2025-05-26', 'Spring bank holiday', ''),
  ('2025-08-25', 'Summer bank holiday', ''),
  ('2025-12-25', 'Christmas Day', ''),
  ('2025-12-26', 'Boxing Day', ''),
  ('2026-01-01', 'New Year''s Day', ''),
  ('2026-04-03', 'Good Friday', ''),
  ('2026-04-06', 'Easter Monday', ''),
  ('2026-05-04', 'Early May bank holiday', ''),
  ('2026-05-25', 'Spring bank holiday', ''),
  ('2026-08-31', 'Summer bank holiday', ''),
  ('2026-12-25', 'Christmas Day', ''),
  ('2026-12-28', 'Boxing Day', 'Substitute day'),
  ('2027-01-01', 'New Year''s Day', ''),
  ('2027-03-26', 'Good Friday', ''),
  ('2027-03-29', 'Easter Monday', ''),
  ('2027-05-03', 'Early May bank holiday', ''),
  ('2027-05-31', 'Spring bank holiday', ''),
  ('2027-08-30', 'Summer bank holiday', ''),
  ('2027-12-27', 'Christmas Day', 'Substitute day'),
  ('2027-12-28', 'Boxing Day', 'Substitute day'),
  ('2028-01-03', 'New Year''s Day', 'Substitute day'),
  ('2028-04-14', 'Good Friday', ''),
  ('2028-04-17', 'Easter Monday', ''),
  ('2028-05-01', 'Early May bank holiday', ''),
  ('2028-05-29', 'Spring bank holiday', ''),
  ('2028-08-28', 'Summer bank holiday', ''),
  ('2028-12-25', 'Christmas Day', ''),
  ('2028-12-26', 'Boxing Day', ''),
  ('2029-01-01', 'New Year''s Day', ''),
  ('2029-03-30', 'Good Friday', ''),
  ('2029-04-02', 'Easter Monday', ''),
  ('2029-05-07', 'Early May bank holiday', ''),
  ('2029-05-28', 'Spring bank holiday', ''),
  ('2029-08-27', 'Summer bank holiday', ''),
  ('2029-12-25', 'Christmas Day', ''),
  ('2029-12-26', 'Boxing Day', ''),
  ('2030-01-01', 'New Year''s Day', ''),
  ('2030-04-19', 'Good Friday', ''),
  ('2030-04-22', 'Easter Monday', ''),
  ('2030-05-06', 'Early May bank holiday', ''),
  ('2030-05-27', 'Spring bank holiday', ''),
  ('2030-08-26', 'Summer bank holiday', ''),
  ('2030-12-25', 'Christmas Day', ''),
  ('2030-12-26', 'Boxing Day', ''),
  ('2031-01-01', 'New Year''s Day', ''),
  ('2031-04-11', 'Good Friday', ''),
  ('2031-04-14', 'Easter Monday', ''),
  ('2031-05-05', 'Early May bank holiday', ''),
  ('2031-05-26', 'Spring bank holiday', ''),
  ('2031-08-25', 'Summer bank holiday', ''),
  ('2031-12-25', 'Christmas Day', ''),
  ('2031-12-26', 'Boxing Day', ''),
  ('2032-01-01', 'New Year''s Day', ''),
  ('2032-03-26', 'Good Friday', ''),
  ('2032-03-29', 'Easter Monday', ''),
  ('2032-05-03', 'Early May bank holiday', ''),
  ('2032-05-31', 'Spring bank holiday', ''),
  ('2032-08-30', 'Summer bank holiday', ''),
  ('2032-12-27', 'Christmas Day', 'Substitute day'),
  ('2032-12-28', 'Boxing Day', 'Substitute day'),
  ('2033-01-03', 'New Year''s Day', 'Substitute day'),
  ('2033-04-15', 'Good Friday', ''),
  ('2033-04-18', 'Easter Monday', ''),
  ('2033-05-02', 'Early May bank holiday', ''),
  ('2033-05-30', 'Spring bank holiday', ''),
  ('2033-08-29', 'Summer bank holiday', ''),
  ('2033-12-26', 'Boxing Day', ''),
  ('2033-12-27', 'Christmas Day', 'Substitute day'),
  ('2034-01-02', 'New Year''s Day', 'Substitute day'),
  ('2034-04-07', 'Good Friday', ''),
  ('2034-04-10', 'Easter Monday', ''),
  ('2034-05-01', 'Early May bank holiday', ''),
  ('2034-05-29', 'Spring bank holiday', ''),
  ('2034-08-28', 'Summer bank holiday', ''),
  ('2034-12-25', 'Christmas Day', ''),
  ('2034-12-26', 'Boxing Day', ''),
  ('2035-01-01', 'New Year''s Day', ''),
  ('2035-03-23', 'Good Friday', ''),
  ('2035-03-26', 'Easter Monday', ''),
  ('2035-05-07', 'Early May bank holiday', ''),
  ('2035-05-28', 'Spring bank holiday', ''),
  ('2035-08-27', 'Summer bank holiday', ''),
  ('2035-12-25', 'Christmas Day', ''),
  ('2035-12-26', 'Boxing Day', '');

-- working_day_index(x) = (weekdays from Monday 1900-01-01 to x) − (bank holidays on or before x),
-- negative before 1900. Then wd(a, b) = working_day_index(b) − working_day_index(a) is the number of
-- working days d with a < d ≤ b (negative when a > b), exactly as src/domain/calendar/working-days.ts.
--
-- Speed: wd runs once per row over whole lists, so it must not query a table per call. The function
-- is generated from bank_holidays with the list written into it as a sorted constant array;
-- width_bucket(x, array) is a binary search returning how many elements are ≤ x. Being one SQL
-- expression without a table, the planner inlines it (about 0.2 s per million rows on PostgreSQL 15,
-- against 13 s for a per-call count over the table). A later migration that adds a bank holiday
-- inserts it above and re-runs this block.
DO $do$
BEGIN
  EXECUTE format($f$
    CREATE OR REPLACE FUNCTION working_day_index(x date) RETURNS integer
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $body$
      SELECT 5 * (((x - DATE '1899-12-31') - ((((x - DATE '1899-12-31') %% 7) + 7) %% 7)) / 7)
           + least((((x - DATE '1899-12-31') %% 7) + 7) %% 7, 5)
           - width_bucket(x, %L::date[])
    $body$ $f$, (SELECT array_agg(d ORDER BY d) FROM bank_holidays));
END
$do$;

CREATE FUNCTION wd(a date, b date) RETURNS integer
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT working_day_index(b) - working_day_index(a)
$$;

-- The same day of the month n months on, clamped to the month's last day (31 Jan + 1 month =
-- 28/29 Feb). PostgreSQL's date + interval already clamps this way; the tests check it against the
-- TypeScript addMonths on random dates.
CREATE FUNCTION add_months(d date, n integer) RETURNS date
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT (d + make_interval(months => n))::date
$$;

-- Age in completed years at d. Comparing (month, day) pairs puts a 29 February birthday on
-- 1 March in common years: (2, 28) is before (2, 29), (3, 1) is not.
CREATE FUNCTION age_at(dob date, d date) RETURNS integer
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT date_part('year', d)::integer - date_part('year', dob)::integer
       - CASE WHEN date_part('month', d) * 100 + date_part('day', d)
                 < date_part('month', dob) * 100 + date_part('day', dob) THEN 1 ELSE 0 END
$$;

-- The columns each list had in the imported file, by list: {"8": ["child_id", "dob", ...]}, using
-- the annex_* column names. An indicator that needs an optional column its list did not have is
-- null with a warning, never 0. NULL (older snapshots, or an importer that does not record it)
-- means every column of every present list is taken as present.
ALTER TABLE snapshots ADD COLUMN columns jsonb;

-- A council's targets: the value it aims for, and how far short of it still counts as near.
CREATE TABLE indicator_targets (
  la_code       char(3) NOT NULL REFERENCES councils(la_code),
  indicator_id  text NOT NULL,
  target        numeric NOT NULL,
  tolerance     numeric NOT NULL DEFAULT 0 CHECK (tolerance >= 0),
  updated_by    integer REFERENCES users(id),
  updated_at    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (la_code, indicator_id)
);

-- A council's local standards for visits (working days), where its practice standard differs from
-- the contract's defaults. No row: the defaults.
CREATE TABLE indicator_parameters (
  la_code       char(3) PRIMARY KEY REFERENCES councils(la_code),
  cin_visit_wd  integer NOT NULL DEFAULT 20 CHECK (cin_visit_wd BETWEEN 1 AND 260),
  cp_visit_wd   integer NOT NULL DEFAULT 10 CHECK (cp_visit_wd BETWEEN 1 AND 260),
  updated_by    integer REFERENCES users(id),
  updated_at    timestamptz NOT NULL DEFAULT now()
);

-- One computation of every indicator for a snapshot: what it was computed with, and its warnings.
CREATE TABLE indicator_runs (
  snapshot_id   bigint PRIMARY KEY REFERENCES snapshots(id) ON DELETE CASCADE,
  la_code       char(3) NOT NULL,
  population    integer,
  cin_visit_wd  integer NOT NULL,
  cp_visit_wd   integer NOT NULL,
  warnings      jsonb NOT NULL DEFAULT '[]',
  computed_at   timestamptz NOT NULL DEFAULT now()
);

-- Each indicator's figure for a snapshot, for trends across imports.
CREATE TABLE indicator_values (
  snapshot_id   bigint NOT NULL REFERENCES indicator_runs(snapshot_id) ON DELETE CASCADE,
  la_code       char(3) NOT NULL,
  indicator_id  text NOT NULL,
  value         double precision,
  numerator     bigint,
  denominator   bigint,
  PRIMARY KEY (snapshot_id, indicator_id)
);
CREATE INDEX indicator_values_trend ON indicator_values (la_code, indicator_id);
