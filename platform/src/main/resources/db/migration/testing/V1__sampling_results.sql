-- Testing: sampling sites and sessions, single and pooled samples, laboratory receipt and results, re-test orders
-- for positive pools, CSV upload jobs and the quota of the public result lookup. Area paths are stored with
-- COLLATE "C" so that scope filters (area_path LIKE prefix || '%') use the indexes.

-- A place where samples are taken, in a ward; its opening hours are what a re-test order tells the person.
CREATE TABLE testing.site (
    id         uuid PRIMARY KEY,
    name       text NOT NULL,
    area_path  text COLLATE "C" NOT NULL,
    hours      text NOT NULL,
    created_at timestamptz NOT NULL
);
CREATE INDEX site_list_by_area ON testing.site (area_path, name);

-- A mass-testing round in a ward or a site's daily work.
CREATE TABLE testing.session (
    id         uuid PRIMARY KEY,
    site_id    uuid NOT NULL REFERENCES testing.site (id),
    day        date NOT NULL,
    area_path  text COLLATE "C" NOT NULL,
    created_at timestamptz NOT NULL
);
CREATE INDEX session_list_by_area_day ON testing.session (area_path, day DESC);

-- A tube holding the samples of 2..N people (pooled testing); its result decides for its members (negative) or
-- orders each member an individual re-test (positive, invalid).
CREATE TABLE testing.pool (
    id          uuid PRIMARY KEY,
    barcode     text NOT NULL,
    session_id  uuid NOT NULL REFERENCES testing.session (id),
    test_type   text NOT NULL,
    site_path   text COLLATE "C" NOT NULL,
    members     integer NOT NULL DEFAULT 0,
    taken_at    timestamptz NOT NULL,
    taken_on    date NOT NULL,
    received_at timestamptz,
    laboratory  text,
    outcome     text,
    ct          numeric(4, 1),
    resulted_at timestamptz,
    CONSTRAINT pool_barcode_unique UNIQUE (barcode)
);
CREATE INDEX pool_counts_by_day_site ON testing.pool (taken_on, site_path);

-- One person's sample: alone in its tube, or one member of a pool (then its outcome is only ever the pool's
-- negative; a positive pool's members are decided by their re-tests). seq orders samples taken at the same instant.
CREATE TABLE testing.sample (
    id          uuid PRIMARY KEY,
    seq         bigint GENERATED ALWAYS AS IDENTITY,
    barcode     text NOT NULL,
    person_id   uuid NOT NULL,
    person_path text COLLATE "C" NOT NULL,
    session_id  uuid NOT NULL REFERENCES testing.session (id),
    pool_id     uuid REFERENCES testing.pool (id),
    test_type   text NOT NULL,
    site_path   text COLLATE "C" NOT NULL,
    taken_at    timestamptz NOT NULL,
    taken_on    date NOT NULL,
    received_at timestamptz,
    laboratory  text,
    outcome     text,
    ct          numeric(4, 1),
    resulted_at timestamptz,
    CONSTRAINT sample_barcode_unique UNIQUE (barcode)
);
CREATE INDEX sample_history_by_person ON testing.sample (person_id, taken_at DESC, seq DESC);
CREATE INDEX sample_members_by_pool ON testing.sample (pool_id) WHERE pool_id IS NOT NULL;
CREATE INDEX sample_counts_by_day_site ON testing.sample (taken_on, site_path);
CREATE INDEX sample_positives_by_person_area ON testing.sample (person_path, resulted_at DESC)
    WHERE outcome = 'POSITIVE' AND pool_id IS NULL;

-- A member of a positive (or invalid) pool must be sampled again on their own; fulfilled by the first individual
-- result recorded for them afterwards.
CREATE TABLE testing.retest_order (
    id           uuid PRIMARY KEY,
    sample_id    uuid NOT NULL REFERENCES testing.sample (id),
    person_id    uuid NOT NULL,
    pool_id      uuid NOT NULL REFERENCES testing.pool (id),
    site_id      uuid NOT NULL REFERENCES testing.site (id),
    created_at   timestamptz NOT NULL,
    fulfilled_by uuid,
    CONSTRAINT retest_order_one_per_sample UNIQUE (sample_id)
);
CREATE INDEX retest_order_open_by_person ON testing.retest_order (person_id) WHERE fulfilled_by IS NULL;

-- CSV uploads of results: any node answers for any job; the file is dropped when the job ends.
CREATE TABLE testing.result_upload (
    id          uuid PRIMARY KEY,
    status      text NOT NULL,
    good_rows   boolean NOT NULL,
    actor_id    text NOT NULL,
    actor_name  text NOT NULL,
    actor_roles text NOT NULL,
    actor_scope text NOT NULL,
    file_sha256 text NOT NULL,
    content     bytea,
    total       integer NOT NULL DEFAULT 0,
    processed   integer NOT NULL DEFAULT 0,
    applied     integer NOT NULL DEFAULT 0,
    unchanged   integer NOT NULL DEFAULT 0,
    errors      jsonb NOT NULL DEFAULT '[]',
    created_at  timestamptz NOT NULL,
    finished_at timestamptz
);
CREATE INDEX result_upload_by_created ON testing.result_upload (created_at);

-- Attempts of the public result lookup per client address, in fixed windows shared by every node.
CREATE TABLE testing.lookup_attempt (
    caller       text PRIMARY KEY,
    window_start timestamptz NOT NULL,
    attempts     integer NOT NULL
);
CREATE INDEX lookup_attempt_by_window ON testing.lookup_attempt (window_start);
