-- Contact tracing: declared trips (co-travel), runs with their contacts and evidence, and the transmission graph.

-- One row per movement declaration that names a vehicle; co-travellers share vehicle_key and travel_date.
CREATE TABLE tracing.trip (
    declaration    uuid PRIMARY KEY,
    person         uuid NOT NULL,
    travel_date    date NOT NULL,
    vehicle_key    text COLLATE "C" NOT NULL,   -- "PLANE:VN213" (trip) or "PRIVATE_CAR:29A12345" (plate)
    vehicle_type   text NOT NULL,
    plate          text,
    trip           text,
    from_ward_path text COLLATE "C" NOT NULL,
    to_ward_path   text COLLATE "C" NOT NULL
);
CREATE INDEX trip_co_travellers ON tracing.trip (vehicle_key, travel_date);
CREATE INDEX trip_of_person ON tracing.trip (person, travel_date);

-- A tracing run: a job with a status and a stored result (its contacts).
CREATE TABLE tracing.run (
    id            uuid PRIMARY KEY,
    case_id       uuid NOT NULL,
    person        uuid NOT NULL,               -- the traced case's person
    ward_path     text COLLATE "C" NOT NULL,   -- the traced case's ward: who may review the run
    cluster_id    uuid NOT NULL,
    status        text NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    automatic     boolean NOT NULL,            -- started by a confirmation, not by a person
    requested_by  text NOT NULL,
    requested_at  timestamptz NOT NULL,
    lease_until   timestamptz,                 -- a RUNNING run whose lease expired is taken again
    finished_at   timestamptz,
    window_from   timestamptz NOT NULL,
    window_to     timestamptz NOT NULL,
    f1_count      integer,
    f2_count      integer,
    f2_truncated  boolean NOT NULL DEFAULT false,
    error         text
);
-- The worker's queue: oldest waiting first.
CREATE INDEX run_queue ON tracing.run (requested_at) WHERE status IN ('QUEUED', 'RUNNING');
CREATE INDEX run_of_case ON tracing.run (case_id, requested_at);

-- The contacts a run found; one row per person (several paths merge into one row's evidence).
CREATE TABLE tracing.contact (
    run_id          uuid NOT NULL REFERENCES tracing.run (id),
    person          uuid NOT NULL,
    level           text NOT NULL CHECK (level IN ('F1', 'F2')),
    via             uuid,                      -- F2: the first F1 through whom
    first_contact   timestamptz NOT NULL,
    evidence        jsonb NOT NULL,
    evidence_count  integer NOT NULL,          -- items found; evidence keeps the first few
    decision        text NOT NULL DEFAULT 'PENDING' CHECK (decision IN ('PENDING', 'CONFIRMED', 'DISMISSED')),
    decided_by      text,
    decided_at      timestamptz,
    reason          text,
    case_id         uuid,                      -- the contact's case once confirmed
    PRIMARY KEY (run_id, person)
);
-- A run's contacts by level, F1 first, keyset by person.
CREATE INDEX contact_of_run_by_level ON tracing.contact (run_id, level, person);

-- The transmission graph: each person once per cluster, linked to who they got it from (null for the index case).
CREATE TABLE tracing.link (
    cluster_id  uuid NOT NULL,
    target      uuid NOT NULL,
    source      uuid,
    level       text NOT NULL CHECK (level IN ('F0', 'F1', 'F2')),
    ward_path   text COLLATE "C" NOT NULL,
    run_id      uuid,
    at          timestamptz NOT NULL,
    PRIMARY KEY (cluster_id, target)
);
-- Which cluster a person belongs to (an F1 who becomes an F0 continues their cluster).
CREATE INDEX link_cluster_of_person ON tracing.link (target, at);
-- Expanding one area of a cluster.
CREATE INDEX link_of_cluster_area ON tracing.link (cluster_id, ward_path, target);
-- Clusters in an area: their index cases.
CREATE INDEX link_index_cases ON tracing.link (ward_path, at) WHERE source IS NULL;
