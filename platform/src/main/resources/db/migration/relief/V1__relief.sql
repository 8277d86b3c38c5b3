-- Relief programmes (Resolution 68/NQ-CP and provinces' own), their beneficiary lists and payments.

-- A programme: amount per person or household per period, eligibility rules as data (JSON, checked by the
-- application), defined for a province (area_path '01') or the whole country (area_path '').
CREATE TABLE relief.programme (
    id          uuid        PRIMARY KEY,
    name        text        NOT NULL,
    basis       text        NOT NULL,
    amount      bigint      NOT NULL CHECK (amount > 0),
    per         text        NOT NULL CHECK (per IN ('PERSON', 'HOUSEHOLD')),
    periods     text[]      NOT NULL,
    rules       jsonb       NOT NULL,
    area_path   text        COLLATE "C" NOT NULL,
    created_by  text        NOT NULL,
    created_at  timestamptz NOT NULL,
    position    bigint      GENERATED ALWAYS AS IDENTITY
);
-- Programmes a staff member may see: those of their area and above (by prefix of the caller's path).
CREATE INDEX programme_by_area ON relief.programme (area_path, position);

-- Facts about a person only the ward knows (freelance worker, suspended contract, household business), attested
-- by a local government officer; the registry's own flags (shipper, temporary resident, homeless) are not copied.
CREATE TABLE relief.attested_flag (
    citizen_id   uuid        NOT NULL,
    flag         text        NOT NULL,
    area_path    text        COLLATE "C" NOT NULL,
    attested_by  text        NOT NULL,
    attested_at  timestamptz NOT NULL,
    PRIMARY KEY (citizen_id, flag)
);

-- One line of a ward's list. payee_key is 'P:<citizen>' for a per-person programme and 'H:<household>' for a
-- per-household one (a homeless person is a household of one), so one household is listed once.
CREATE TABLE relief.beneficiary (
    programme_id  uuid        NOT NULL REFERENCES relief.programme (id),
    citizen_id    uuid        NOT NULL,
    payee_key     text        NOT NULL,
    masked_name   text        NOT NULL,
    birth_year    int         NOT NULL,
    area_path     text        COLLATE "C" NOT NULL,
    status        text        NOT NULL CHECK (status IN ('PROPOSED', 'APPROVED')),
    proposed_by   text        NOT NULL,
    proposed_at   timestamptz NOT NULL,
    approved_by   text,
    approved_at   timestamptz,
    position      bigint      GENERATED ALWAYS AS IDENTITY,
    PRIMARY KEY (programme_id, citizen_id)
);
CREATE UNIQUE INDEX beneficiary_one_per_payee ON relief.beneficiary (programme_id, payee_key);
-- The public list and the staff list of one ward (or a district/province by prefix), in the order proposed.
CREATE INDEX beneficiary_list_by_area ON relief.beneficiary (programme_id, area_path, position);
-- A citizen's entitlements in the app.
CREATE INDEX beneficiary_by_citizen ON relief.beneficiary (citizen_id);

-- A payment, recorded (not executed). The unique constraint is what makes "never paid twice" true under any
-- concurrency: writers insert with ON CONFLICT DO NOTHING and read the earlier payment when nothing was inserted.
CREATE TABLE relief.payment (
    id            uuid        PRIMARY KEY,
    programme_id  uuid        NOT NULL REFERENCES relief.programme (id),
    citizen_id    uuid        NOT NULL,
    payee_key     text        NOT NULL,
    period        text        NOT NULL,
    amount        bigint      NOT NULL,
    method        text        NOT NULL CHECK (method IN ('CASH', 'BANK', 'EWALLET')),
    area_path     text        COLLATE "C" NOT NULL,
    paid_by       text        NOT NULL,
    paid_at       timestamptz NOT NULL,
    CONSTRAINT payment_once_per_payee_and_period UNIQUE (programme_id, payee_key, period)
);
-- A ward's bank export and payment list.
CREATE INDEX payment_by_area ON relief.payment (programme_id, area_path, period);
-- A citizen's payments in the app.
CREATE INDEX payment_by_citizen ON relief.payment (citizen_id);

-- "I was left out" / "this was not paid to me", filed from the app, seen by the ward.
CREATE TABLE relief.complaint (
    id            uuid        PRIMARY KEY,
    citizen_id    uuid        NOT NULL,
    programme_id  uuid        REFERENCES relief.programme (id),
    kind          text        NOT NULL CHECK (kind IN ('LEFT_OUT', 'NOT_PAID')),
    message       text        NOT NULL,
    area_path     text        COLLATE "C" NOT NULL,
    filed_by      text        NOT NULL,
    filed_at      timestamptz NOT NULL,
    position      bigint      GENERATED ALWAYS AS IDENTITY
);
CREATE INDEX complaint_by_area ON relief.complaint (area_path, position);
