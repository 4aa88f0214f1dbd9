-- The improvement plan (product.md capability 4) and the improvement investment (capability 10).
--
-- A council has one plan, answering one inspection's recommendations (the Direction's annex: "address
-- all recommendations made in the Ofsted report"). Objectives hold workstreams; workstreams hold
-- actions. An action names the recommendations (004: recommendations) and monitoring findings
-- (004: visit_findings) it answers. Every table carries la_code and a child row names its parent by
-- (id, la_code), so nothing can hang under another council's record; links to the register are by
-- (id, la_code) too, so an action can answer only its own council's recommendations.
-- Text caps match src/domain/plan/fields.ts (reference 20, line 200, text 5,000).
--
-- Append-only histories (architecture.md): progress updates and rating overrides are never changed
-- (a trigger refuses UPDATE); the latest is the current one. A submitted or approved version of the
-- plan is a frozen copy of its content; once approved it cannot change at all. (Rows are deleted only
-- when the whole council's demo data is reset.)

CREATE TABLE plans (
  la_code        char(3) PRIMARY KEY REFERENCES councils(la_code),
  title          text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  inspection_id  integer,                    -- the inspection whose recommendations it answers
  illustrative   boolean NOT NULL DEFAULT false,   -- invented for the demo: the screens say so
  created_at     timestamptz NOT NULL DEFAULT now(),
  updated_at     timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (inspection_id, la_code) REFERENCES inspections (id, la_code)
);

CREATE TABLE plan_objectives (
  id           serial PRIMARY KEY,
  la_code      char(3) NOT NULL REFERENCES plans(la_code),
  number       smallint NOT NULL CHECK (number BETWEEN 1 AND 99),
  title        text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  lead         text NOT NULL DEFAULT '' CHECK (length(lead) <= 200),
  created_at   timestamptz NOT NULL DEFAULT now(),
  updated_at   timestamptz NOT NULL DEFAULT now(),
  UNIQUE (id, la_code),
  UNIQUE (la_code, number),
  UNIQUE (la_code, title)
);

CREATE TABLE plan_workstreams (
  id            serial PRIMARY KEY,
  la_code       char(3) NOT NULL REFERENCES councils(la_code),
  objective_id  integer NOT NULL,
  title         text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  lead          text NOT NULL DEFAULT '' CHECK (length(lead) <= 200),
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now(),
  UNIQUE (id, la_code),
  UNIQUE (objective_id, title),
  FOREIGN KEY (objective_id, la_code) REFERENCES plan_objectives (id, la_code)
);

-- The stages of the child's journey: src/domain/plan/journey.ts.
CREATE TABLE plan_actions (
  id             serial PRIMARY KEY,
  la_code        char(3) NOT NULL REFERENCES councils(la_code),
  workstream_id  integer NOT NULL,
  ref            text NOT NULL CHECK (ref ~ '^[A-Za-z0-9][A-Za-z0-9./-]{0,19}$'),
  title          text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  description    text NOT NULL DEFAULT '' CHECK (length(description) <= 5000),
  stage          text NOT NULL CHECK (stage IN ('early_help', 'front_door', 'assessment', 'child_in_need',
                   'child_protection', 'children_in_care', 'permanence_adoption', 'care_leavers', 'cross_cutting')),
  owner_name     text NOT NULL CHECK (length(owner_name) BETWEEN 1 AND 200),
  owner_user_id  integer,                    -- the owner's account, when they use Uplift ("my actions")
  lead_officer   text NOT NULL DEFAULT '' CHECK (length(lead_officer) <= 200),
  start_on       date,
  due_on         date NOT NULL CHECK (due_on >= start_on),
  illustrative   boolean NOT NULL DEFAULT false,
  created_at     timestamptz NOT NULL DEFAULT now(),
  updated_at     timestamptz NOT NULL DEFAULT now(),
  UNIQUE (id, la_code),
  UNIQUE (la_code, ref),
  FOREIGN KEY (workstream_id, la_code) REFERENCES plan_workstreams (id, la_code),
  -- An owner's account must be one granted this council.
  FOREIGN KEY (owner_user_id, la_code) REFERENCES user_councils (user_id, la_code)
);
CREATE INDEX plan_actions_owner ON plan_actions (owner_user_id) WHERE owner_user_id IS NOT NULL;

CREATE TABLE plan_action_recommendations (
  la_code            char(3) NOT NULL,
  action_id          integer NOT NULL,
  recommendation_id  integer NOT NULL,
  PRIMARY KEY (action_id, recommendation_id),
  FOREIGN KEY (action_id, la_code) REFERENCES plan_actions (id, la_code) ON DELETE CASCADE,
  -- A recommendation deleted from the register (entered by mistake) takes its links with it.
  FOREIGN KEY (recommendation_id, la_code) REFERENCES recommendations (id, la_code) ON DELETE CASCADE
);
CREATE INDEX plan_action_recommendations_rec ON plan_action_recommendations (recommendation_id);

CREATE TABLE plan_action_findings (
  la_code     char(3) NOT NULL,
  action_id   integer NOT NULL,
  finding_id  integer NOT NULL,
  PRIMARY KEY (action_id, finding_id),
  FOREIGN KEY (action_id, la_code) REFERENCES plan_actions (id, la_code) ON DELETE CASCADE,
  FOREIGN KEY (finding_id, la_code) REFERENCES visit_findings (id, la_code) ON DELETE CASCADE
);
CREATE INDEX plan_action_findings_finding ON plan_action_findings (finding_id);

CREATE TABLE plan_action_dependencies (
  la_code        char(3) NOT NULL,
  action_id      integer NOT NULL,
  depends_on_id  integer NOT NULL CHECK (depends_on_id <> action_id),
  PRIMARY KEY (action_id, depends_on_id),
  FOREIGN KEY (action_id, la_code) REFERENCES plan_actions (id, la_code) ON DELETE CASCADE,
  FOREIGN KEY (depends_on_id, la_code) REFERENCES plan_actions (id, la_code) ON DELETE CASCADE
);

CREATE TABLE plan_milestones (
  id            serial PRIMARY KEY,
  la_code       char(3) NOT NULL,
  action_id     integer NOT NULL,
  title         text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  due_on        date NOT NULL,
  completed_on  date,
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now(),
  UNIQUE (id, la_code),
  FOREIGN KEY (action_id, la_code) REFERENCES plan_actions (id, la_code) ON DELETE CASCADE
);
CREATE INDEX plan_milestones_action ON plan_milestones (action_id, due_on);

-- A success measure: an indicator of the catalogue (src/indicators/catalogue.ts) with a target and a
-- date, or a described measure that a person judges on or off target.
CREATE TABLE plan_measures (
  id            serial PRIMARY KEY,
  la_code       char(3) NOT NULL,
  action_id     integer NOT NULL,
  kind          text NOT NULL CHECK (kind IN ('indicator', 'described')),
  indicator_id  text CHECK (indicator_id ~ '^[a-z0-9_]+\.[a-z0-9_]+$'),
  target        numeric CHECK (target >= 0),
  description   text CHECK (length(description) BETWEEN 1 AND 500),
  target_on     date NOT NULL,
  judgment      text CHECK (judgment IN ('on_target', 'off_target')),
  judged_on     date,
  judged_by     text CHECK (length(judged_by) <= 200),
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now(),
  UNIQUE (id, la_code),
  FOREIGN KEY (action_id, la_code) REFERENCES plan_actions (id, la_code) ON DELETE CASCADE,
  CHECK (CASE kind
    WHEN 'indicator' THEN indicator_id IS NOT NULL AND target IS NOT NULL AND description IS NULL AND judgment IS NULL
    WHEN 'described' THEN description IS NOT NULL AND indicator_id IS NULL AND target IS NULL
  END),
  CHECK ((judgment IS NULL) = (judged_on IS NULL))
);
CREATE INDEX plan_measures_action ON plan_measures (action_id);

-- Progress updates: dated, with their author and the status they report. Append-only.
CREATE TABLE plan_updates (
  id              bigserial PRIMARY KEY,
  la_code         char(3) NOT NULL,
  action_id       integer NOT NULL,
  update_on       date NOT NULL,                -- the date the update describes
  status          text NOT NULL CHECK (status IN ('not_started', 'on_track', 'at_risk', 'off_track', 'complete', 'impact_evidenced')),
  summary         text NOT NULL CHECK (length(summary) BETWEEN 1 AND 5000),
  author_user_id  integer REFERENCES users(id),  -- null for the demo loader and imports from the command line
  author_name     text NOT NULL CHECK (length(author_name) BETWEEN 1 AND 200),
  recorded_at     timestamptz NOT NULL DEFAULT now(),
  UNIQUE (id, la_code),
  FOREIGN KEY (action_id, la_code) REFERENCES plan_actions (id, la_code)
);
CREATE INDEX plan_updates_action ON plan_updates (action_id, update_on DESC, id DESC);

-- Evidence: a file kept in the database (at most 10 MB, of the types in src/domain/plan/evidence-files.ts)
-- or a link. "Shows impact" marks evidence that practice or outcomes changed: blue needs it.
CREATE TABLE plan_evidence (
  id               bigserial PRIMARY KEY,
  la_code          char(3) NOT NULL,
  action_id        integer NOT NULL,
  update_id        bigint,
  kind             text NOT NULL CHECK (kind IN ('file', 'link')),
  title            text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  url              text CHECK (url ~ '^https?://' AND length(url) <= 2000),
  file_name        text CHECK (length(file_name) BETWEEN 1 AND 120),
  content_type     text CHECK (content_type IN ('application/pdf', 'image/png', 'image/jpeg', 'text/plain; charset=utf-8',
                     'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                     'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')),
  size_bytes       integer CHECK (size_bytes BETWEEN 1 AND 10485760),
  sha256           text CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  content          bytea,
  shows_impact     boolean NOT NULL DEFAULT false,
  added_on         date NOT NULL,
  added_by_user_id integer REFERENCES users(id),
  added_by_name    text NOT NULL CHECK (length(added_by_name) BETWEEN 1 AND 200),
  recorded_at      timestamptz NOT NULL DEFAULT now(),
  UNIQUE (id, la_code),
  FOREIGN KEY (action_id, la_code) REFERENCES plan_actions (id, la_code),
  FOREIGN KEY (update_id, la_code) REFERENCES plan_updates (id, la_code),
  CHECK (CASE kind
    WHEN 'file' THEN content IS NOT NULL AND file_name IS NOT NULL AND content_type IS NOT NULL AND size_bytes IS NOT NULL
                     AND sha256 IS NOT NULL AND url IS NULL
    WHEN 'link' THEN url IS NOT NULL AND content IS NULL AND file_name IS NULL
  END)
);
CREATE INDEX plan_evidence_action ON plan_evidence (action_id);

-- A person's override of the rule's rating, with the reason, kept. The latest row on or before a
-- date is the override in force then; a row with no rating ends the override. Append-only.
CREATE TABLE plan_rating_overrides (
  id              bigserial PRIMARY KEY,
  la_code         char(3) NOT NULL,
  action_id       integer NOT NULL,
  rating          text CHECK (rating IN ('green', 'amber', 'red')),   -- never blue: blue needs evidence
  reason          text NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
  set_on          date NOT NULL,
  set_by_user_id  integer REFERENCES users(id),
  set_by_name     text NOT NULL CHECK (length(set_by_name) BETWEEN 1 AND 200),
  recorded_at     timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (action_id, la_code) REFERENCES plan_actions (id, la_code)
);
CREATE INDEX plan_rating_overrides_action ON plan_rating_overrides (action_id, set_on DESC, id DESC);

-- Versions of the plan sent to Ofsted or the DfE. The live plan is the draft; submitting freezes a
-- copy of its content (src/domain/plan/version-diff.ts: PlanSnapshot) as the next version number.
CREATE TABLE plan_versions (
  id             serial PRIMARY KEY,
  la_code        char(3) NOT NULL REFERENCES plans(la_code),
  number         smallint NOT NULL CHECK (number BETWEEN 1 AND 999),
  status         text NOT NULL CHECK (status IN ('submitted', 'approved')),
  submitted_to   text NOT NULL CHECK (submitted_to IN ('ofsted', 'dfe', 'ofsted_and_dfe')),
  submitted_on   date NOT NULL,
  approved_on    date CHECK (approved_on >= submitted_on),
  approved_by    text CHECK (length(approved_by) BETWEEN 1 AND 200),
  note           text NOT NULL DEFAULT '' CHECK (length(note) <= 5000),
  content        jsonb NOT NULL,
  recorded_by    text NOT NULL CHECK (length(recorded_by) BETWEEN 1 AND 200),
  created_at     timestamptz NOT NULL DEFAULT now(),
  UNIQUE (la_code, number),
  CHECK ((status = 'approved') = (approved_on IS NOT NULL AND approved_by IS NOT NULL))
);

CREATE FUNCTION plan_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: its rows cannot be changed', TG_TABLE_NAME;
END
$$;
CREATE TRIGGER plan_updates_append_only BEFORE UPDATE ON plan_updates
  FOR EACH ROW EXECUTE FUNCTION plan_refuse_change();
CREATE TRIGGER plan_rating_overrides_append_only BEFORE UPDATE ON plan_rating_overrides
  FOR EACH ROW EXECUTE FUNCTION plan_refuse_change();

-- A version's content never changes; a submitted version may only become approved; an approved one is frozen.
CREATE FUNCTION plan_versions_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status = 'approved' THEN
    RAISE EXCEPTION 'Version % of the plan is approved and cannot be changed', OLD.number;
  END IF;
  IF NEW.content IS DISTINCT FROM OLD.content OR NEW.number <> OLD.number OR NEW.la_code <> OLD.la_code
     OR NEW.submitted_on <> OLD.submitted_on OR NEW.submitted_to <> OLD.submitted_to THEN
    RAISE EXCEPTION 'Version % of the plan was submitted: only its approval can be recorded', OLD.number;
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER plan_versions_frozen BEFORE UPDATE ON plan_versions
  FOR EACH ROW EXECUTE FUNCTION plan_versions_frozen();

-- The improvement investment, by workstream: planned against spent.
CREATE TABLE plan_budget_lines (
  id             serial PRIMARY KEY,
  la_code        char(3) NOT NULL,
  workstream_id  integer NOT NULL,
  title          text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  planned        numeric(14, 2) NOT NULL CHECK (planned >= 0),
  spent          numeric(14, 2) NOT NULL DEFAULT 0 CHECK (spent >= 0),
  spent_as_at    date,
  illustrative   boolean NOT NULL DEFAULT false,
  created_at     timestamptz NOT NULL DEFAULT now(),
  updated_at     timestamptz NOT NULL DEFAULT now(),
  UNIQUE (id, la_code),
  FOREIGN KEY (workstream_id, la_code) REFERENCES plan_workstreams (id, la_code)
);
