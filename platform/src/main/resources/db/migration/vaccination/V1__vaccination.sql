-- Vaccination: rules as data (products, mixing, priority groups, screening), campaign plans, sites and slots,
-- registrations, bookings, the site workflow (visits), doses, adverse events and stock.
-- Area-scoped tables carry the area path ('01.001.00001') in C collation, so scope filters are indexed prefixes.

-- Products and their dose rules. interval_days: the least days between two doses of the primary series;
-- booster_after_days: the least days after the series' last dose before a booster (NULL: no booster with it).
CREATE TABLE vaccination.product (
    code               text PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9_]{1,31}$'),
    name               text    NOT NULL,
    series_doses       int     NOT NULL CHECK (series_doses BETWEEN 1 AND 5),
    interval_days      int     NOT NULL CHECK (interval_days >= 0),
    booster_after_days int     CHECK (booster_after_days >= 0),
    doses_per_vial     int     NOT NULL CHECK (doses_per_vial >= 1)
);
INSERT INTO vaccination.product VALUES
    ('ASTRAZENECA', 'AstraZeneca (Vaxzevria)', 2, 56, 90, 10),
    ('PFIZER',      'Pfizer-BioNTech (Comirnaty)', 2, 21, 90, 6),
    ('MODERNA',     'Moderna (Spikevax)', 2, 28, 90, 10),
    ('SINOPHARM',   'Sinopharm (Vero Cell)', 2, 21, 90, 1),
    ('SPUTNIK_V',   'Sputnik V (Gam-COVID-Vac)', 2, 21, 90, 5),
    ('ABDALA',      'Abdala (CIGB-66)', 3, 14, 90, 10),
    ('JANSSEN',     'Janssen (Ad26.COV2.S)', 1, 0, 60, 5);

-- Which product may follow which, besides the same product (always allowed): within the primary series
-- (kind SERIES) or as a booster (kind BOOSTER). The 2021 Ministry of Health guidance: AstraZeneca's second dose
-- may be Pfizer or Moderna; boosters of Pfizer, Moderna or AstraZeneca after any series.
CREATE TABLE vaccination.mixing_rule (
    previous text NOT NULL REFERENCES vaccination.product,
    next     text NOT NULL REFERENCES vaccination.product,
    kind     text NOT NULL CHECK (kind IN ('SERIES', 'BOOSTER')),
    PRIMARY KEY (previous, next, kind)
);
INSERT INTO vaccination.mixing_rule
SELECT 'ASTRAZENECA', n, 'SERIES' FROM (VALUES ('PFIZER'), ('MODERNA')) AS t(n)
UNION ALL
SELECT p.code, b.n, 'BOOSTER' FROM vaccination.product p, (VALUES ('PFIZER'), ('MODERNA'), ('ASTRAZENECA')) AS b(n)
WHERE p.code <> b.n;

-- Priority groups as data (the 2021 list; a province adds its own with province set). The registry decides
-- membership where it can (min_age, area_prefix); needs_document: staff check a document at the site.
CREATE TABLE vaccination.priority_group (
    code           text PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
    rank           int     NOT NULL,
    name_vi        text    NOT NULL,
    name_en        text    NOT NULL,
    province       text    CHECK (province ~ '^\d{2}$'),
    min_age        int,
    area_prefix    text COLLATE "C",
    needs_document boolean NOT NULL
);
INSERT INTO vaccination.priority_group VALUES
    ('HEALTH_WORKER',    1, 'Người làm việc trong cơ sở y tế', 'Health workers', NULL, NULL, NULL, true),
    ('FRONTLINE',        2, 'Lực lượng tuyến đầu phòng, chống dịch', 'Frontline forces', NULL, NULL, NULL, true),
    ('ESSENTIAL_SERVICE',3, 'Người cung cấp dịch vụ thiết yếu', 'Essential service workers', NULL, NULL, NULL, true),
    ('TEACHER',          4, 'Giáo viên, người làm việc tại cơ sở giáo dục', 'Teachers and school staff', NULL, NULL, NULL, true),
    ('AGE_65',           5, 'Người từ 65 tuổi trở lên', 'People aged 65 and over', NULL, 65, NULL, false),
    ('CHRONIC_DISEASE',  6, 'Người mắc bệnh mạn tính', 'People with chronic disease', NULL, NULL, NULL, true),
    ('GENERAL',          9, 'Người từ 18 tuổi trở lên', 'Adults 18 and over', NULL, 18, NULL, false);

-- The screening checklist before a dose; an answer "yes" to a deferring question defers the person.
CREATE TABLE vaccination.screening_question (
    code     text PRIMARY KEY,
    position int     NOT NULL,
    text_vi  text    NOT NULL,
    text_en  text    NOT NULL,
    defers   boolean NOT NULL
);
INSERT INTO vaccination.screening_question VALUES
    ('ANAPHYLAXIS',   1, 'Tiền sử phản vệ độ 3 trở lên với vắc xin hoặc thuốc', 'History of severe anaphylaxis to a vaccine or drug', true),
    ('ACUTE_ILLNESS', 2, 'Đang mắc bệnh cấp tính hoặc sốt trên 37,5 °C', 'Acute illness or fever above 37.5 °C', true),
    ('RECENT_COVID',  3, 'Mắc COVID-19 trong vòng 3 tháng', 'COVID-19 within the last 3 months', true),
    ('PREGNANT_U13W', 4, 'Mang thai dưới 13 tuần', 'Pregnant, under 13 weeks', true),
    ('CHRONIC',       5, 'Bệnh mạn tính (tiêm tại bệnh viện nếu đang tiến triển)', 'Chronic disease (at a hospital if progressing)', false),
    ('ALLERGY',       6, 'Tiền sử dị ứng khác', 'Other allergies', false);

-- Campaign plans per locality, with the target population per ward (from the registry's figures).
CREATE TABLE vaccination.plan (
    id              uuid PRIMARY KEY,
    name            text        NOT NULL,
    area_path       text COLLATE "C" NOT NULL,
    starts_on       date        NOT NULL,
    ends_on         date        NOT NULL CHECK (ends_on >= starts_on),
    doses_per_week  int         NOT NULL CHECK (doses_per_week >= 0),
    created_at      timestamptz NOT NULL
);
CREATE INDEX plan_by_area ON vaccination.plan (area_path, starts_on);

CREATE TABLE vaccination.plan_target (
    plan_id    uuid NOT NULL REFERENCES vaccination.plan ON DELETE CASCADE,
    ward_path  text COLLATE "C" NOT NULL,
    population int  NOT NULL CHECK (population >= 0),
    PRIMARY KEY (plan_id, ward_path)
);

-- Vaccination sites and their slots. booked never passes capacity: the booking code only ever adds under that
-- condition, and the CHECK makes the database refuse anything else.
CREATE TABLE vaccination.site (
    id         uuid PRIMARY KEY,
    name       text        NOT NULL,
    area_path  text COLLATE "C" NOT NULL,
    created_at timestamptz NOT NULL
);
CREATE INDEX site_by_area ON vaccination.site (area_path);

CREATE TABLE vaccination.slot (
    id       uuid PRIMARY KEY,
    site_id  uuid NOT NULL REFERENCES vaccination.site,
    day      date NOT NULL,
    starts   time NOT NULL,
    ends     time NOT NULL CHECK (ends > starts),
    capacity int  NOT NULL CHECK (capacity BETWEEN 1 AND 10000),
    booked   int  NOT NULL DEFAULT 0,
    CONSTRAINT slot_never_overbooked CHECK (booked BETWEEN 0 AND capacity)
);
CREATE INDEX slot_by_site_and_day ON vaccination.slot (site_id, day, starts);
CREATE INDEX slot_by_day ON vaccination.slot (day);

-- Who registered for vaccination, how (APP, LIST, WALK_IN) and in which priority group.
CREATE TABLE vaccination.registration (
    person_id      uuid PRIMARY KEY,
    area_path      text COLLATE "C" NOT NULL,
    priority_group text        NOT NULL REFERENCES vaccination.priority_group,
    channel        text        NOT NULL CHECK (channel IN ('APP', 'LIST', 'WALK_IN')),
    registered_by  text        NOT NULL,
    registered_at  timestamptz NOT NULL
);
CREATE INDEX registration_by_area ON vaccination.registration (area_path);

-- Bookings: at most one ACTIVE booking per person and dose, enforced by the unique partial index.
CREATE TABLE vaccination.booking (
    id           uuid PRIMARY KEY,
    person_id    uuid        NOT NULL,
    slot_id      uuid        NOT NULL REFERENCES vaccination.slot,
    dose_number  int         NOT NULL CHECK (dose_number >= 1),
    status       text        NOT NULL CHECK (status IN ('ACTIVE', 'CANCELLED', 'USED')),
    created_at   timestamptz NOT NULL,
    ended_at     timestamptz
);
CREATE UNIQUE INDEX booking_one_active_per_person_and_dose ON vaccination.booking (person_id, dose_number) WHERE status = 'ACTIVE';
CREATE INDEX booking_by_slot ON vaccination.booking (slot_id) WHERE status = 'ACTIVE';

-- The doses given, at a site or imported from the old platform. One row per person and dose number.
CREATE TABLE vaccination.dose (
    id              uuid PRIMARY KEY,
    person_id       uuid        NOT NULL,
    area_path       text COLLATE "C" NOT NULL,
    birth_year      int         NOT NULL,
    product         text        NOT NULL REFERENCES vaccination.product,
    lot             text        NOT NULL,
    dose_number     int         NOT NULL CHECK (dose_number >= 1),
    series_doses    int         NOT NULL,
    administered_on date        NOT NULL,
    site_id         uuid        REFERENCES vaccination.site,
    site_name       text        NOT NULL,
    vaccinator      text        NOT NULL,
    source          text        NOT NULL CHECK (source IN ('SITE', 'LEGACY', 'DEMO')),
    recorded_at     timestamptz NOT NULL,
    UNIQUE (person_id, dose_number)
);
CREATE INDEX dose_by_area ON vaccination.dose (area_path);

-- A person's visit to a site on one day: checked in, screened (cleared or deferred with reasons), vaccinated,
-- then observed for 30 minutes.
CREATE TABLE vaccination.visit (
    id              uuid PRIMARY KEY,
    person_id       uuid        NOT NULL,
    site_id         uuid        NOT NULL REFERENCES vaccination.site,
    day             date        NOT NULL,
    status          text        NOT NULL CHECK (status IN ('CHECKED_IN', 'CLEARED', 'DEFERRED', 'VACCINATED')),
    deferral        text,
    booking_id      uuid,
    dose_id         uuid REFERENCES vaccination.dose,
    checked_in_at   timestamptz NOT NULL,
    screened_at     timestamptz,
    observe_until   timestamptz,
    UNIQUE (person_id, site_id, day)
);
CREATE INDEX visit_under_observation ON vaccination.visit (site_id, observe_until) WHERE status = 'VACCINATED';

-- Adverse events following immunization (AEFI).
CREATE TABLE vaccination.adverse_event (
    id          uuid PRIMARY KEY,
    dose_id     uuid        NOT NULL REFERENCES vaccination.dose,
    severity    text        NOT NULL CHECK (severity IN ('MILD', 'MODERATE', 'SEVERE')),
    description text        NOT NULL,
    observed_at timestamptz NOT NULL,
    recorded_by text        NOT NULL
);
CREATE INDEX adverse_event_by_dose ON vaccination.adverse_event (dose_id);

-- Stock per site and lot. balance never goes below zero (the CHECK backs the conditional updates);
-- opened_left: doses left in the vial that is open, so vials_opened counts vials as doses are drawn.
CREATE TABLE vaccination.stock_lot (
    site_id         uuid NOT NULL REFERENCES vaccination.site,
    product         text NOT NULL REFERENCES vaccination.product,
    lot             text NOT NULL,
    expires_on      date NOT NULL,
    received        int  NOT NULL DEFAULT 0,
    administered    int  NOT NULL DEFAULT 0,
    wasted          int  NOT NULL DEFAULT 0,
    transferred_in  int  NOT NULL DEFAULT 0,
    transferred_out int  NOT NULL DEFAULT 0,
    vials_opened    int  NOT NULL DEFAULT 0,
    opened_left     int  NOT NULL DEFAULT 0,
    balance         int  NOT NULL DEFAULT 0,
    CONSTRAINT stock_never_negative CHECK (balance >= 0),
    PRIMARY KEY (site_id, product, lot)
);

CREATE TABLE vaccination.stock_movement (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    site_id    uuid        NOT NULL,
    product    text        NOT NULL,
    lot        text        NOT NULL,
    kind       text        NOT NULL CHECK (kind IN ('RECEIPT', 'WASTED', 'TRANSFER_IN', 'TRANSFER_OUT')),
    doses      int         NOT NULL CHECK (doses > 0),
    note       text,
    at         timestamptz NOT NULL,
    by_actor   text        NOT NULL
);
CREATE INDEX stock_movement_by_site ON vaccination.stock_movement (site_id, id DESC);


-- The reminder the day before is sent once per booking (the notification's idempotency key says so too).
ALTER TABLE vaccination.booking ADD COLUMN reminded_at timestamptz;
