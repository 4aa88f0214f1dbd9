-- Councils, people, sessions and the audit trail: the base every capability stands on.

-- A council is identified by its three-digit DfE local authority code (Tower Hamlets = 211).
CREATE TABLE councils (
  la_code            char(3) PRIMARY KEY CHECK (la_code ~ '^[0-9]{3}$'),
  name               text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  population_0_17    integer CHECK (population_0_17 > 0),   -- for rates per 10,000
  population_source  text,
  under_intervention boolean NOT NULL DEFAULT true,
  created_at         timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE users (
  id              serial PRIMARY KEY,
  email           text NOT NULL UNIQUE CHECK (email = lower(email) AND length(email) <= 254),
  name            text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  role            text NOT NULL CHECK (role IN ('officer','action_owner','dcs','board_chair',
                    'board_member','adviser','dfe_official','inspector','admin')),
  password_hash   text NOT NULL,
  disabled        boolean NOT NULL DEFAULT false,
  access_expires  date,             -- time-limited access (an Ofsted inspector during a visit)
  failed_logins   integer NOT NULL DEFAULT 0,
  locked_until    timestamptz,
  last_login_at   timestamptz,
  created_at      timestamptz NOT NULL DEFAULT now()
);

-- The councils a user may see. Everyone has exactly one, except DfE officials, who may be
-- granted several (capability 12: nobody else sees across councils).
CREATE TABLE user_councils (
  user_id  integer NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  la_code  char(3) NOT NULL REFERENCES councils(la_code),
  PRIMARY KEY (user_id, la_code)
);

CREATE TABLE sessions (
  sid         text PRIMARY KEY,          -- sha256 of the cookie's session id, never the id itself
  data        jsonb NOT NULL,
  expires_at  timestamptz NOT NULL
);
CREATE INDEX sessions_expiry ON sessions (expires_at);

-- Append-only: every change (before/after) and every view or export of child-level data.
CREATE TABLE audit_log (
  id         bigserial PRIMARY KEY,
  at         timestamptz NOT NULL DEFAULT now(),
  user_id    integer REFERENCES users(id),
  user_label text,                       -- name at the time, or 'system' / 'cli'
  la_code    char(3),
  action     text NOT NULL,              -- create | update | delete | view | export | sign-in | ...
  entity     text NOT NULL,              -- table or area, e.g. 'users', 'snapshot children'
  entity_id  text,
  summary    text,
  before     jsonb,
  after      jsonb
);
CREATE INDEX audit_log_council_at ON audit_log (la_code, at DESC);

-- Settings the application keeps for itself (e.g. whether the demo has been loaded).
CREATE TABLE app_settings (
  key    text PRIMARY KEY,
  value  jsonb NOT NULL
);
