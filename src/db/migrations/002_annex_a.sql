-- Child-level data from Ofsted ILACS Annex A (see docs/annex-a.md).
-- Written only by imports: one snapshot per import; every row carries la_code and snapshot_id so
-- that each table can be distributed by la_code (Citus) at national scale.
-- Column names are short forms of the Ofsted headers; coded values are stored normalised
-- (Yes/No as boolean, codes upper-case without their description).

CREATE TABLE snapshots (
  id              bigserial PRIMARY KEY,
  la_code         char(3) NOT NULL REFERENCES councils(la_code),
  as_at           date NOT NULL,
  period_start    date NOT NULL,
  file_name       text NOT NULL,
  checksum        text NOT NULL,               -- sha256 of the uploaded bytes
  imported_by     integer REFERENCES users(id), -- null when imported by the CLI or the demo loader
  imported_at     timestamptz NOT NULL DEFAULT now(),
  row_counts      jsonb NOT NULL DEFAULT '{}',  -- {"1": 1234, "3": 456, ...}: lists present and their rows
  synthetic       boolean NOT NULL DEFAULT false
);
CREATE INDEX snapshots_council_as_at ON snapshots (la_code, as_at);

CREATE TABLE snapshot_warnings (
  snapshot_id bigint NOT NULL REFERENCES snapshots(id) ON DELETE CASCADE,
  la_code     char(3) NOT NULL,
  file        text,                             -- the workbook, or the CSV file of a folder or zip
  list        smallint,
  row_no      integer,
  column_name text,
  message     text NOT NULL
);
CREATE INDEX snapshot_warnings_snapshot ON snapshot_warnings (snapshot_id);

-- Person block, shared by lists 1-10 (disability only on lists 4-10). Stored forms (src/ingest/codes.ts):
-- gender 'Male' | 'Female' | 'Unknown' | 'Indeterminate'; ethnicity the DfE code (WBRI ...); disability
-- 'Yes' | 'No' (anything else as written); age_years in completed years. Unknown columns go to extra.
-- row_no is the 1-based row as a spreadsheet user sees it (header = 1).

CREATE TABLE annex_contacts (            -- List 1
  snapshot_id bigint NOT NULL REFERENCES snapshots(id) ON DELETE CASCADE,
  la_code char(3) NOT NULL, row_no integer NOT NULL,
  child_id text NOT NULL, gender text, ethnicity text, dob date, age_years integer,
  contact_date date NOT NULL, contact_source text,
  extra jsonb
);
CREATE TABLE annex_early_help (          -- List 2
  snapshot_id bigint NOT NULL REFERENCES snapshots(id) ON DELETE CASCADE,
  la_code char(3) NOT NULL, row_no integer NOT NULL,
  child_id text NOT NULL, gender text, ethnicity text, dob date, age_years integer,
  eh_start date NOT NULL, eh_completed date, eh_organisation text,
  extra jsonb
);
CREATE TABLE annex_referrals (           -- List 3
  snapshot_id bigint NOT NULL REFERENCES snapshots(id) ON DELETE CASCADE,
  la_code char(3) NOT NULL, row_no integer NOT NULL,
  child_id text NOT NULL, gender text, ethnicity text, dob date, age_years integer,
  referral_date date NOT NULL, referral_source text, nfa boolean, referrals_12m integer,
  team text, worker text,
  extra jsonb
);
CREATE TABLE annex_assessments (         -- List 4
  snapshot_id bigint NOT NULL REFERENCES snapshots(id) ON DELETE CASCADE,
  la_code char(3) NOT NULL, row_no integer NOT NULL,
  child_id text NOT NULL, gender text, ethnicity text, dob date, age_years integer, disability text,
  start_date date NOT NULL, child_seen boolean, authorised_date date, needs_support boolean,
  team text, worker text,
  extra jsonb
);
CREATE TABLE annex_s47 (                 -- List 5
  snapshot_id bigint NOT NULL REFERENCES snapshots(id) ON DELETE CASCADE,
  la_code char(3) NOT NULL, row_no integer NOT NULL,
  child_id text NOT NULL, gender text, ethnicity text, dob date, age_years integer, disability text,
  strategy_date date NOT NULL, icpc_unnecessary boolean, icpc_date date, icpc_to_plan boolean,
  s47_12m integer, icpcs_12m integer, team text, worker text,
  extra jsonb
);
CREATE TABLE annex_cin (                 -- List 6
  snapshot_id bigint NOT NULL REFERENCES snapshots(id) ON DELETE CASCADE,
  la_code char(3) NOT NULL, row_no integer NOT NULL,
  child_id text NOT NULL, gender text, ethnicity text, dob date, age_years integer, disability text,
  cin_start date NOT NULL, primary_need text, last_seen date, cin_closed date, closure_reason text,
  case_status text, team text, worker text,
  extra jsonb
);
CREATE TABLE annex_cp (                  -- List 7
  snapshot_id bigint NOT NULL REFERENCES snapshots(id) ON DELETE CASCADE,
  la_code char(3) NOT NULL, row_no integer NOT NULL,
  child_id text NOT NULL, gender text, ethnicity text, dob date, age_years integer, disability text,
  plan_start date NOT NULL, initial_category text, latest_category text, last_visit date,
  seen_alone boolean, latest_review date, plan_end date, epo_6m boolean, previous_plans integer,
  team text, worker text,
  extra jsonb
);
CREATE TABLE annex_cla (                 -- List 8
  snapshot_id bigint NOT NULL REFERENCES snapshots(id) ON DELETE CASCADE,
  la_code char(3) NOT NULL, row_no integer NOT NULL,
  child_id text NOT NULL, gender text, ethnicity text, dob date, age_years integer, disability text,
  uasc_12m boolean, cla_start date NOT NULL, category_of_need text, second_period_12m boolean,
  legal_status_start date, legal_status text, latest_review date, last_sw_visit date,
  permanence_plan text, last_iro_contact date, last_health_assessment date, last_dental_check date,
  placements_12m integer, cla_ceased date, reason_ceased text, placement_start date,
  placement_type text, placement_provider text, placement_postcode text, placement_urn text,
  placement_location text,        -- 'In' | 'Out'
  placement_la text, missing_12m integer, absent_12m integer,
  return_interview_offered boolean, return_interview_accepted boolean,
  team text, worker text,
  extra jsonb
);
CREATE TABLE annex_care_leavers (        -- List 9
  snapshot_id bigint NOT NULL REFERENCES snapshots(id) ON DELETE CASCADE,
  la_code char(3) NOT NULL, row_no integer NOT NULL,
  child_id text NOT NULL, gender text, ethnicity text, dob date, age_years integer, disability text,
  uasc boolean, team text, worker text, personal_adviser text, eligibility text,
  pathway_review date,
  in_touch text,                  -- YES | NO | DIED | REFU | NREQ | RHOM
  latest_contact date, accommodation text,
  accommodation_suitable text,    -- 'Suitable' | 'Unsuitable'
  activity text,                  -- DfE code, e.g. F1, G4
  extra jsonb
);
CREATE TABLE annex_adoption (            -- List 10
  snapshot_id bigint NOT NULL REFERENCES snapshots(id) ON DELETE CASCADE,
  la_code char(3) NOT NULL, row_no integer NOT NULL,
  child_id text NOT NULL, gender text, ethnicity text, dob date, age_years integer, disability text,
  family_id text, entered_care date NOT NULL, adm_decision date, placement_order date,
  matched date, placed date, adoption_order date, no_longer_decision date, no_longer_reason text,
  ffa_placed date,
  extra jsonb
);
CREATE TABLE annex_adopters (            -- List 11 (no person block)
  snapshot_id bigint NOT NULL REFERENCES snapshots(id) ON DELETE CASCADE,
  la_code char(3) NOT NULL, row_no integer NOT NULL,
  adopter_id text NOT NULL, family_id text, gender text, ethnicity text, disability text,
  fostering_for_adoption boolean, enquiry date, stage1_start date, stage1_end date,
  stage2_start date, stage2_end date, application_submitted date, application_approved date,
  matched date, placed date, children_placed integer, adoption_order date, left_process date,
  left_reason text,
  extra jsonb
);

CREATE INDEX annex_contacts_snap ON annex_contacts (snapshot_id);
CREATE INDEX annex_early_help_snap ON annex_early_help (snapshot_id);
CREATE INDEX annex_referrals_snap ON annex_referrals (snapshot_id, child_id);
CREATE INDEX annex_assessments_snap ON annex_assessments (snapshot_id, child_id);
CREATE INDEX annex_s47_snap ON annex_s47 (snapshot_id);
CREATE INDEX annex_cin_snap ON annex_cin (snapshot_id);
CREATE INDEX annex_cp_snap ON annex_cp (snapshot_id);
CREATE INDEX annex_cla_snap ON annex_cla (snapshot_id, child_id);
CREATE INDEX annex_care_leavers_snap ON annex_care_leavers (snapshot_id);
CREATE INDEX annex_adoption_snap ON annex_adoption (snapshot_id);
CREATE INDEX annex_adopters_snap ON annex_adopters (snapshot_id);
