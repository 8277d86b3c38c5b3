-- Travel permits (giấy đi đường), checkpoints and their passages, the provinces' checkpoint rules, shippers.
-- Area paths ("01.001.00001") are stored COLLATE "C" so that scope filters (path LIKE prefix || '%') use indexes.

-- The essential purposes a permit may be issued for: data, so that a new category is a row, not a release.
CREATE TABLE movement.purpose (
    code     text PRIMARY KEY,
    name_vi  text NOT NULL,
    name_en  text NOT NULL,
    position int  NOT NULL
);
INSERT INTO movement.purpose (code, name_vi, name_en, position) VALUES
    ('HEALTH', 'Y tế, khám chữa bệnh', 'Health care', 1),
    ('FOOD_SUPPLY', 'Cung ứng lương thực, thực phẩm', 'Food supply', 2),
    ('UTILITIES', 'Điện, nước, viễn thông', 'Utilities', 3),
    ('PRESS', 'Báo chí', 'Press', 4),
    ('PUBLIC_SERVICE', 'Công vụ', 'Public service', 5),
    ('OTHER', 'Lý do khác', 'Other', 6);

-- One permit for one person. ward_path is the deciding ward: the person's residence (one rule, PermitWards).
CREATE TABLE movement.permit (
    id            uuid        PRIMARY KEY,
    person_id     uuid        NOT NULL,
    full_name     text        NOT NULL,
    year_of_birth int         NOT NULL,
    ward_path     text COLLATE "C" NOT NULL,
    purpose       text        NOT NULL REFERENCES movement.purpose (code),
    valid_from    date        NOT NULL,
    valid_to      date        NOT NULL CHECK (valid_to >= valid_from),
    zones         text[]      NOT NULL,              -- area paths the permit allows
    status        text        NOT NULL CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED')),
    applied_by    text        NOT NULL,              -- staff account id or citizen phone
    applicant     text        NOT NULL CHECK (applicant IN ('CITIZEN', 'ORGANISATION')),
    upload_id     uuid,
    applied_at    timestamptz NOT NULL,
    decided_by    text,
    decided_at    timestamptz,
    reason        text,
    qr            text                               -- the signed permit QR, once approved
);
-- Ward police's list of a ward's permits by status, newest first (keyset on applied_at, id).
CREATE INDEX permit_by_ward_status ON movement.permit (ward_path, status, applied_at DESC, id DESC);
-- A person's permits (citizen app, checkpoint decisions on a personal QR).
CREATE INDEX permit_by_person ON movement.permit (person_id, valid_to);
-- An organisation's own applications.
CREATE INDEX permit_by_applicant ON movement.permit (applied_by, applied_at DESC);

-- Organisations' CSV uploads: answered at once, validated and written by a background worker; any node answers.
CREATE TABLE movement.permit_upload (
    id          uuid        PRIMARY KEY,
    status      text        NOT NULL CHECK (status IN ('VALIDATING', 'DONE', 'REJECTED')),
    actor_id    text        NOT NULL,
    actor_name  text        NOT NULL,
    actor_roles text        NOT NULL,
    actor_scope text        NOT NULL,
    total       int         NOT NULL DEFAULT 0,
    processed   int         NOT NULL DEFAULT 0,
    accepted    int         NOT NULL DEFAULT 0,
    errors      jsonb       NOT NULL DEFAULT '[]',
    content     bytea,
    created_at  timestamptz NOT NULL DEFAULT now(),
    finished_at timestamptz
);

CREATE TABLE movement.checkpoint (
    id         uuid        PRIMARY KEY,
    name       text        NOT NULL,
    ward_path  text COLLATE "C" NOT NULL,
    created_by text        NOT NULL,
    created_at timestamptz NOT NULL
);
CREATE INDEX checkpoint_by_area ON movement.checkpoint (ward_path);

-- Every scan at a checkpoint and its decision. Append-only; to be partitioned by day with the other big tables.
CREATE TABLE movement.passage (
    id            bigserial   PRIMARY KEY,
    checkpoint_id uuid        NOT NULL REFERENCES movement.checkpoint (id),
    ward_path     text COLLATE "C" NOT NULL,         -- the checkpoint's ward
    person_id     uuid,                              -- null when the code identified nobody
    plate         text,
    at            timestamptz NOT NULL,
    decision      text        NOT NULL CHECK (decision IN ('ALLOW', 'DENY')),
    reasons       text[]      NOT NULL,
    qr_kind       text
);
-- The police board's counts of a ward's passages of a day.
CREATE INDEX passage_by_area_time ON movement.passage (ward_path, at);
-- Vehicle tracing: passages of a plate.
CREATE INDEX passage_by_plate ON movement.passage (plate, at) WHERE plate IS NOT NULL;

-- The checkpoint rule set of each province (province 'VN': the default of provinces without their own), in order.
CREATE TABLE movement.rule (
    province  text NOT NULL,
    position  int  NOT NULL,
    code      text NOT NULL,
    parameter text NOT NULL DEFAULT '',
    PRIMARY KEY (province, position)
);
INSERT INTO movement.rule (province, position, code, parameter) VALUES
    ('VN', 1, 'PERMIT', ''),
    ('VN', 2, 'CASE_STATUS', 'F0,F1');

-- A shipper's declared operating areas and hours (local time; from > to wraps past midnight).
CREATE TABLE movement.shipper_declaration (
    person_id   uuid        PRIMARY KEY,
    ward_path   text COLLATE "C" NOT NULL,           -- the shipper's residence: whose ward police see the flags
    areas       text[]      NOT NULL,
    hour_from   time        NOT NULL,
    hour_to     time        NOT NULL,
    declared_at timestamptz NOT NULL
);

-- Check-ins and passages outside a shipper's declaration, flagged once per check-in or passage.
CREATE TABLE movement.shipper_violation (
    id        bigserial   PRIMARY KEY,
    person_id uuid        NOT NULL,
    ward_path text COLLATE "C" NOT NULL,             -- the shipper's residence
    at        timestamptz NOT NULL,
    day       date        NOT NULL,                  -- local day of at
    place     text        NOT NULL,                  -- ward code of the venue or checkpoint
    why       text        NOT NULL,
    source    text        NOT NULL,                  -- CHECKIN:<venue> or PASSAGE:<id>
    UNIQUE (person_id, source, at)
);
-- Ward police's daily list.
CREATE INDEX shipper_violation_by_ward_day ON movement.shipper_violation (ward_path, day, at);
-- A shipper's own flags in the app.
CREATE INDEX shipper_violation_by_person ON movement.shipper_violation (person_id, at DESC);
