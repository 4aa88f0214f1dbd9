-- The intervention register, the statutory calendar's records, Ofsted monitoring and the Adviser's
-- reviews (product.md capabilities 1, 2 and 7).
--
-- Every table carries la_code. A child row names its parent by (id, la_code), so a record can never
-- hang under another council's inspection or Direction: isolation is enforced by the database as
-- well as by the repository (src/intervention), whose every query filters on la_code.
-- Text caps match src/domain/intervention/limits.ts (short 200, line 500, paragraph 5,000,
-- document 50,000, letter 100,000). Dates that cannot be in that order are CHECKed here too; the
-- repository validates first, so users see a message against the field, never these errors.
-- A judgment or date the sources do not give is NULL ("Not recorded"), never guessed.

CREATE DOMAIN ofsted_judgment AS text
  CHECK (VALUE IN ('outstanding', 'good', 'requires_improvement', 'inadequate'));
CREATE DOMAIN progress_verdict AS text    -- "sufficient progress": yes / partly / no
  CHECK (VALUE IN ('yes', 'partly', 'no'));

-- ——— Inspections and recommendations ———

CREATE TABLE inspections (
  id                     serial PRIMARY KEY,
  la_code                char(3) NOT NULL REFERENCES councils(la_code),
  year                   smallint NOT NULL CHECK (year BETWEEN 1990 AND 2100),
  framework              text CHECK (length(framework) <= 40),        -- 'SIF' (2013-2018), 'ILACS', ...
  fieldwork_start        date,
  fieldwork_end          date,
  published_on           date,
  overall                ofsted_judgment,
  help_and_protection    ofsted_judgment,
  children_in_care       ofsted_judgment,   -- children looked after and achieving permanence
  care_leavers           ofsted_judgment,
  leadership_management_governance ofsted_judgment,
  lscb_review            ofsted_judgment,   -- review of the local safeguarding children board
  previous_inspection_id integer,           -- for comparison
  note                   text CHECK (length(note) <= 5000),
  created_at             timestamptz NOT NULL DEFAULT now(),
  updated_at             timestamptz NOT NULL DEFAULT now(),
  UNIQUE (id, la_code),
  FOREIGN KEY (previous_inspection_id, la_code) REFERENCES inspections (id, la_code),
  CHECK (previous_inspection_id IS DISTINCT FROM id),
  CHECK (fieldwork_end IS NULL OR fieldwork_start IS NOT NULL),
  CHECK (fieldwork_end >= fieldwork_start),
  CHECK (published_on >= coalesce(fieldwork_end, fieldwork_start)),
  CHECK (fieldwork_start IS NULL OR extract(year FROM fieldwork_start) = year)
);
CREATE INDEX inspections_council ON inspections (la_code, published_on);

CREATE TABLE recommendations (
  id             serial PRIMARY KEY,
  la_code        char(3) NOT NULL REFERENCES councils(la_code),
  inspection_id  integer NOT NULL,
  number         smallint NOT NULL CHECK (number BETWEEN 1 AND 999),
  text           text NOT NULL CHECK (length(text) BETWEEN 1 AND 5000),
  illustrative   boolean NOT NULL DEFAULT false,   -- not from a published report: the screen says so
  note           text CHECK (length(note) <= 500),
  created_at     timestamptz NOT NULL DEFAULT now(),
  updated_at     timestamptz NOT NULL DEFAULT now(),
  UNIQUE (id, la_code),
  UNIQUE (inspection_id, number),
  FOREIGN KEY (inspection_id, la_code) REFERENCES inspections (id, la_code)
);

-- ——— Directions ———

CREATE TABLE directions (
  id                      serial PRIMARY KEY,
  la_code                 char(3) NOT NULL REFERENCES councils(la_code),
  inspection_id           integer,           -- the judgment that led to it
  title                   text NOT NULL CHECK (length(title) BETWEEN 1 AND 500),
  legal_basis             text NOT NULL CHECK (length(legal_basis) BETWEEN 1 AND 500),
  status                  text NOT NULL CHECK (status IN ('draft', 'representations', 'issued', 'revoked')),
  draft_on                date NOT NULL,
  representations_deadline date CHECK (representations_deadline >= draft_on),
  representations_on      date CHECK (representations_on >= draft_on),
  issued_on               date CHECK (issued_on >= draft_on AND issued_on >= coalesce(representations_on, draft_on)),
  revoked_on              date CHECK (revoked_on >= issued_on),
  note                    text CHECK (length(note) <= 5000),
  created_at              timestamptz NOT NULL DEFAULT now(),
  updated_at              timestamptz NOT NULL DEFAULT now(),
  UNIQUE (id, la_code),
  FOREIGN KEY (inspection_id, la_code) REFERENCES inspections (id, la_code),
  -- The status and the step dates tell the same story.
  CHECK (CASE status
    WHEN 'draft'           THEN representations_on IS NULL AND issued_on IS NULL AND revoked_on IS NULL
    WHEN 'representations' THEN issued_on IS NULL AND revoked_on IS NULL
    WHEN 'issued'          THEN issued_on IS NOT NULL AND revoked_on IS NULL
    WHEN 'revoked'         THEN issued_on IS NOT NULL AND revoked_on IS NOT NULL
  END)
);
CREATE INDEX directions_council ON directions (la_code);

CREATE TABLE direction_clauses (
  id            serial PRIMARY KEY,
  la_code       char(3) NOT NULL REFERENCES councils(la_code),
  direction_id  integer NOT NULL,
  ref           text NOT NULL CHECK (ref ~ '^\d{1,2}[a-z]?(\([ivx]{1,5}\))?$'),   -- '5a', '5b(ii)', '6'
  text          text NOT NULL CHECK (length(text) BETWEEN 1 AND 5000),
  position      smallint NOT NULL CHECK (position BETWEEN 1 AND 999),
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now(),
  UNIQUE (direction_id, ref),
  FOREIGN KEY (direction_id, la_code) REFERENCES directions (id, la_code)
);

-- The Adviser's terms of reference (Annex A to the Direction): one text per Direction.
CREATE TABLE adviser_terms (
  id            serial PRIMARY KEY,
  la_code       char(3) NOT NULL REFERENCES councils(la_code),
  direction_id  integer NOT NULL UNIQUE,
  text          text NOT NULL CHECK (length(text) BETWEEN 1 AND 50000),
  review_areas  text[] NOT NULL DEFAULT '{}' CHECK (review_areas <@ ARRAY['practice', 'performance', 'culture',
                  'leadership_management_governance', 'workforce_management_oversight', 'early_help',
                  'safeguarding_board']::text[]),
  note          text CHECK (length(note) <= 5000),
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (direction_id, la_code) REFERENCES directions (id, la_code)
);

-- A person or an organisation; several may hold the role at once (the press report: "Staff from
-- Lincolnshire County Council and Islington Council are to be appointed ... as Intervention Advisers").
CREATE TABLE adviser_appointments (
  id            serial PRIMARY KEY,
  la_code       char(3) NOT NULL REFERENCES councils(la_code),
  direction_id  integer NOT NULL,
  appointee     text NOT NULL CHECK (length(appointee) BETWEEN 1 AND 200),
  organisation  text CHECK (length(organisation) <= 200),
  appointed_on  date,
  ended_on      date CHECK (ended_on >= appointed_on),
  note          text CHECK (length(note) <= 5000),
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (direction_id, la_code) REFERENCES directions (id, la_code)
);

-- ——— Logs of compliance with the Direction ———

CREATE TABLE instructions (                     -- 5a
  id               serial PRIMARY KEY,
  la_code          char(3) NOT NULL REFERENCES councils(la_code),
  direction_id     integer NOT NULL,
  given_on         date NOT NULL,
  given_by         text NOT NULL CHECK (given_by IN ('secretary_of_state', 'adviser')),
  instruction      text NOT NULL CHECK (length(instruction) BETWEEN 1 AND 5000),
  council_response text CHECK (length(council_response) <= 5000),
  response_on      date CHECK (response_on >= given_on),
  status           text NOT NULL CHECK (status IN ('open', 'responded', 'complied', 'withdrawn')),
  created_at       timestamptz NOT NULL DEFAULT now(),
  updated_at       timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (direction_id, la_code) REFERENCES directions (id, la_code)
);

CREATE TABLE access_requests (                  -- 5b
  id            serial PRIMARY KEY,
  la_code       char(3) NOT NULL REFERENCES councils(la_code),
  direction_id  integer NOT NULL,
  requested_on  date NOT NULL,
  requested_by  text NOT NULL CHECK (length(requested_by) BETWEEN 1 AND 200),
  access_to     text NOT NULL CHECK (access_to IN ('premises', 'document', 'staff')),
  what          text NOT NULL CHECK (length(what) BETWEEN 1 AND 5000),
  how_met       text CHECK (length(how_met) <= 5000),
  met_on        date CHECK (met_on >= requested_on),
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (direction_id, la_code) REFERENCES directions (id, la_code)
);

CREATE TABLE support_requests (                 -- 5c
  id            serial PRIMARY KEY,
  la_code       char(3) NOT NULL REFERENCES councils(la_code),
  direction_id  integer NOT NULL,
  requested_on  date NOT NULL,
  requested_by  text NOT NULL CHECK (length(requested_by) BETWEEN 1 AND 200),
  support_type  text NOT NULL CHECK (support_type IN ('officer_time', 'office_space', 'meeting_rooms',
                  'computer_facilities', 'administrative_support', 'other')),
  what          text NOT NULL CHECK (length(what) BETWEEN 1 AND 5000),
  how_met       text CHECK (length(how_met) <= 5000),
  met_on        date CHECK (met_on >= requested_on),
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (direction_id, la_code) REFERENCES directions (id, la_code)
);

CREATE TABLE diagnostic_reviews (
  id              serial PRIMARY KEY,
  la_code         char(3) NOT NULL REFERENCES councils(la_code),
  direction_id    integer NOT NULL,
  commissioned_on date NOT NULL,
  service_area    text NOT NULL CHECK (length(service_area) BETWEEN 1 AND 500),
  undertaken_by   text NOT NULL CHECK (length(undertaken_by) BETWEEN 1 AND 200),
  due_on          date CHECK (due_on >= commissioned_on),
  reported_on     date CHECK (reported_on >= commissioned_on),
  findings        text CHECK (length(findings) <= 50000),
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (direction_id, la_code) REFERENCES directions (id, la_code)
);

-- Cases referred to the Adviser for examination: a pseudonymous reference only, never child details.
CREATE TABLE case_referrals (
  id            serial PRIMARY KEY,
  la_code       char(3) NOT NULL REFERENCES councils(la_code),
  direction_id  integer NOT NULL,
  reference     text NOT NULL CHECK (reference ~ '^[A-Za-z0-9][A-Za-z0-9/-]{0,29}$'),
  referred_by   text NOT NULL CHECK (length(referred_by) BETWEEN 1 AND 200),
  referred_on   date NOT NULL,
  outcome       text CHECK (length(outcome) <= 5000),
  outcome_on    date CHECK (outcome_on >= referred_on),
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now(),
  UNIQUE (la_code, reference),
  FOREIGN KEY (direction_id, la_code) REFERENCES directions (id, la_code)
);

-- ——— Ofsted monitoring ———

CREATE TABLE monitoring_visits (
  id             serial PRIMARY KEY,
  la_code        char(3) NOT NULL REFERENCES councils(la_code),
  inspection_id  integer NOT NULL,           -- the inadequate judgment being monitored
  number         smallint NOT NULL CHECK (number BETWEEN 1 AND 99),
  visit_start    date NOT NULL,
  visit_end      date NOT NULL CHECK (visit_end >= visit_start),
  inspectors     text NOT NULL CHECK (length(inspectors) BETWEEN 1 AND 500),
  focus          text NOT NULL CHECK (length(focus) BETWEEN 1 AND 5000),
  letter_date    date CHECK (letter_date >= visit_end),
  letter_text    text CHECK (length(letter_text) <= 100000),
  created_at     timestamptz NOT NULL DEFAULT now(),
  updated_at     timestamptz NOT NULL DEFAULT now(),
  UNIQUE (id, la_code),
  UNIQUE (inspection_id, number),
  FOREIGN KEY (inspection_id, la_code) REFERENCES inspections (id, la_code)
);

CREATE TABLE visit_findings (
  id          serial PRIMARY KEY,
  la_code     char(3) NOT NULL REFERENCES councils(la_code),
  visit_id    integer NOT NULL,
  kind        text NOT NULL CHECK (kind IN ('strength', 'area_for_improvement')),
  text        text NOT NULL CHECK (length(text) BETWEEN 1 AND 5000),
  position    smallint NOT NULL CHECK (position BETWEEN 1 AND 9999),
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now(),
  UNIQUE (id, la_code),
  FOREIGN KEY (visit_id, la_code) REFERENCES monitoring_visits (id, la_code)
);
CREATE INDEX visit_findings_visit ON visit_findings (visit_id, position);

-- ——— The Adviser's six-monthly reviews ———

CREATE TABLE adviser_reviews (
  id            serial PRIMARY KEY,
  la_code       char(3) NOT NULL REFERENCES councils(la_code),
  direction_id  integer NOT NULL,
  number        smallint NOT NULL CHECK (number BETWEEN 1 AND 99),
  period_start  date,
  period_end    date CHECK (period_end >= period_start),
  submitted_on  date CHECK (submitted_on >= period_start),
  overall       progress_verdict,             -- "sufficient progress"
  summary       text CHECK (length(summary) <= 50000),
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now(),
  UNIQUE (id, la_code),
  UNIQUE (direction_id, number),
  FOREIGN KEY (direction_id, la_code) REFERENCES directions (id, la_code),
  CHECK (submitted_on IS NULL OR overall IS NOT NULL)
);

CREATE TABLE review_assessments (
  id          serial PRIMARY KEY,
  la_code     char(3) NOT NULL REFERENCES councils(la_code),
  review_id   integer NOT NULL,
  area        text NOT NULL CHECK (area IN ('practice', 'performance', 'culture', 'leadership_management_governance',
                'workforce_management_oversight', 'early_help', 'safeguarding_board')),
  assessment  text NOT NULL CHECK (length(assessment) BETWEEN 1 AND 50000),
  verdict     progress_verdict,
  evidence    text CHECK (length(evidence) <= 5000),
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now(),
  UNIQUE (review_id, area),
  FOREIGN KEY (review_id, la_code) REFERENCES adviser_reviews (id, la_code)
);

-- ——— The statutory calendar's own records ———

-- Targets the council sets itself ("a good rating ... from Ofsted by April 2019").
CREATE TABLE council_targets (
  id               serial PRIMARY KEY,
  la_code          char(3) NOT NULL REFERENCES councils(la_code),
  title            text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  set_on           date NOT NULL,
  due_on           date NOT NULL CHECK (due_on >= set_on),
  target_judgment  ofsted_judgment,
  source           text CHECK (length(source) <= 500),
  note             text CHECK (length(note) <= 5000),
  created_at       timestamptz NOT NULL DEFAULT now(),
  updated_at       timestamptz NOT NULL DEFAULT now()
);

-- What met a computed obligation (src/domain/obligations), keyed by the obligation's stable key.
CREATE TABLE obligation_fulfilments (
  id              serial PRIMARY KEY,
  la_code         char(3) NOT NULL REFERENCES councils(la_code),
  obligation_key  text NOT NULL CHECK (obligation_key ~ ('^(direction:[1-9][0-9]*:(chair-report|adviser-review)'
                    '|board:(meeting|dcs-report)|inspection:[1-9][0-9]*:monitoring-visit|target):[1-9][0-9]*$')),
  fulfilled_on    date NOT NULL,
  reference       text CHECK (length(reference) <= 500),   -- a link or a document reference
  note            text CHECK (length(note) <= 5000),
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  UNIQUE (la_code, obligation_key)
);

-- The Improvement Board's meeting frequency and first meeting, from its terms of reference ("Every
-- six weeks"): one row per council. A small table of its own rather than columns on the Direction,
-- because the board is the council's (it may meet before a Direction is issued, as in 2017) and
-- outlives a Direction; capability 3 (boards and meetings) will hold the full terms of reference
-- and the meetings themselves, and can replace this row then.
CREATE TABLE board_schedule (
  la_code                     char(3) PRIMARY KEY REFERENCES councils(la_code),
  board_name                  text NOT NULL CHECK (length(board_name) BETWEEN 1 AND 200),
  chair                       text CHECK (length(chair) <= 200),
  frequency_days              smallint NOT NULL CHECK (frequency_days BETWEEN 1 AND 366),
  first_meeting_on            date,
  first_meeting_illustrative  boolean NOT NULL DEFAULT false,   -- a date chosen for the demo, not a fact
  ended_on                    date CHECK (ended_on >= first_meeting_on),
  note                        text CHECK (length(note) <= 5000),
  created_at                  timestamptz NOT NULL DEFAULT now(),
  updated_at                  timestamptz NOT NULL DEFAULT now()
);
