-- Certificates the platform issued (EU DCC / HCERT). One per dose, negative test or recovery: (kind, source) is
-- unique, so a redelivered event issues nothing twice. hc1 is the whole QR content (name and date of birth inside).
CREATE TABLE certificate.issued (
    id          uuid        PRIMARY KEY,
    person_id   uuid        NOT NULL,
    province    char(2)     NOT NULL,
    kind        text        NOT NULL CHECK (kind IN ('VACCINATION', 'TEST', 'RECOVERY')),
    source_id   uuid        NOT NULL,
    uvci        text        NOT NULL UNIQUE,
    kid         text        NOT NULL,
    hc1         text        NOT NULL,
    issued_at   timestamptz NOT NULL,
    expires_at  timestamptz NOT NULL,
    UNIQUE (kind, source_id)
);
-- "the certificates of this person, newest first" (app list, card)
CREATE INDEX issued_by_person ON certificate.issued (person_id, issued_at DESC);

-- The facts the COVID card is computed from, kept here as the events report them (the modules that own them may
-- run elsewhere). Person-keyed; none is listed by area.
CREATE TABLE certificate.dose (
    dose_id          uuid    PRIMARY KEY,
    person_id        uuid    NOT NULL,
    province         char(2) NOT NULL,
    product          text    NOT NULL,
    dose_number      int     NOT NULL CHECK (dose_number > 0),
    series_doses     int     NOT NULL CHECK (series_doses > 0),
    administered_on  date    NOT NULL
);
CREATE INDEX dose_by_person ON certificate.dose (person_id);

CREATE TABLE certificate.negative_test (
    sample_id   uuid        PRIMARY KEY,
    person_id   uuid        NOT NULL,
    province    char(2)     NOT NULL,
    test_type   text        NOT NULL CHECK (test_type IN ('RT_PCR', 'RAPID_ANTIGEN')),
    taken_at    timestamptz NOT NULL,
    resulted_at timestamptz NOT NULL,
    site        text        NOT NULL
);
CREATE INDEX negative_test_by_person ON certificate.negative_test (person_id, taken_at DESC);

CREATE TABLE certificate.recovery (
    case_id           uuid    PRIMARY KEY,
    person_id         uuid    NOT NULL,
    province          char(2) NOT NULL,
    first_positive_on date    NOT NULL,
    recovered_on      date    NOT NULL
);
CREATE INDEX recovery_by_person ON certificate.recovery (person_id);

-- Foreign document signers imported by the system administrator, in the order of the imported list. An import
-- replaces the whole set in one transaction, and only when every entry was valid and the list was not empty.
CREATE TABLE certificate.foreign_signer (
    position     int         PRIMARY KEY,
    kid          text        NOT NULL,
    certificate  bytea       NOT NULL,
    country      char(2)     NOT NULL,
    imported_at  timestamptz NOT NULL,
    imported_by  text        NOT NULL
);
-- "every certificate listed under this kid" is answered from memory; this index serves the reload's order only
CREATE INDEX foreign_signer_by_kid ON certificate.foreign_signer (kid);

-- Each province's COVID card rule set (JSON list of rules, first match wins); a province without a row uses the
-- 2021 default of the Ministry of Health.
CREATE TABLE certificate.card_rules (
    province    char(2)     PRIMARY KEY,
    rules       jsonb       NOT NULL,
    updated_by  text        NOT NULL,
    updated_at  timestamptz NOT NULL
);
