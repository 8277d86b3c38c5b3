-- Health declarations (Tờ khai y tế): symptoms and exposures of one person on one day. Append-only: a person
-- declares again rather than editing. Codes are those of GET /api/v1/declarations/symptoms.
CREATE TABLE declaration.health_declaration (
    id           uuid        PRIMARY KEY,
    -- insertion order: the keyset of every list (newest first), unique even when two rows share a timestamp
    seq          bigint      GENERATED ALWAYS AS IDENTITY UNIQUE,
    person_id    uuid        NOT NULL,
    -- the person's ward when filed, "01.001.00001": staff see the declarations of their area by prefix
    area_path    text COLLATE "C" NOT NULL,
    declared_on  date        NOT NULL,
    symptoms     text[]      NOT NULL,
    exposures    text[]      NOT NULL,
    suspicious   boolean     GENERATED ALWAYS AS (cardinality(symptoms) > 0 OR cardinality(exposures) > 0) STORED,
    filed_by     text        NOT NULL CHECK (filed_by IN ('CITIZEN', 'STAFF', 'DEMO')),
    -- the phone (citizen) or staff account id that filed it
    filer        text        NOT NULL,
    filed_at     timestamptz NOT NULL
);
-- A citizen's history, newest first.
CREATE INDEX health_by_person_newest ON declaration.health_declaration (person_id, seq DESC);
-- Staff list of an area, newest first (area_path LIKE prefix || '%', then seq < after).
CREATE INDEX health_by_area_newest ON declaration.health_declaration (area_path, seq DESC);
-- The same list limited to declarations that raise suspicion (the ones staff act on).
CREATE INDEX health_suspicious_by_area_newest ON declaration.health_declaration (area_path, seq DESC) WHERE suspicious;
-- The home card: the person's latest suspicious declaration.
CREATE INDEX health_suspicious_by_person ON declaration.health_declaration (person_id, declared_on DESC) WHERE suspicious;

-- Domestic movement declarations (H1): from ward to ward on a day, by which vehicle. The signed QR carries only the
-- id, the date and the kind; checkpoints look the row up by id.
CREATE TABLE declaration.movement_declaration (
    id            uuid        PRIMARY KEY,
    seq           bigint      GENERATED ALWAYS AS IDENTITY UNIQUE,
    person_id     uuid        NOT NULL,
    -- the traveller's ward of residence when filed
    area_path     text COLLATE "C" NOT NULL,
    from_path     text COLLATE "C" NOT NULL,
    to_path       text COLLATE "C" NOT NULL,
    travel_on     date        NOT NULL,
    purpose       text        NOT NULL,
    vehicle_type  text        NOT NULL CHECK (vehicle_type IN ('PRIVATE_CAR', 'MOTORBIKE', 'BUS', 'TRAIN', 'PLANE', 'BOAT')),
    plate         text,
    trip          text,
    seat          text,
    filed_by      text        NOT NULL CHECK (filed_by IN ('CITIZEN', 'STAFF', 'DEMO')),
    filer         text        NOT NULL,
    filed_at      timestamptz NOT NULL
);
CREATE INDEX movement_by_person_newest ON declaration.movement_declaration (person_id, seq DESC);
-- Staff list of an area: journeys of its residents and journeys into it (two indexed prefix scans, OR-ed).
CREATE INDEX movement_by_area_newest ON declaration.movement_declaration (area_path, seq DESC);
CREATE INDEX movement_by_destination_newest ON declaration.movement_declaration (to_path, seq DESC);
-- Tracing: people on the same vehicle or trip on the same day.
CREATE INDEX movement_by_trip ON declaration.movement_declaration (travel_on, vehicle_type, trip) WHERE trip IS NOT NULL;
CREATE INDEX movement_by_plate ON declaration.movement_declaration (travel_on, plate) WHERE plate IS NOT NULL;
