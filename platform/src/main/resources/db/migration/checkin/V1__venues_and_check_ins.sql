-- Venues that display a signed check-in poster. A venue is registered by its owner (a VENUE_OWNER staff account)
-- and approved or suspended by health staff of its area.
CREATE TABLE checkin.venue (
    id            uuid             PRIMARY KEY,
    name          text             NOT NULL,
    type          text             NOT NULL,
    ward_code     text             NOT NULL,
    -- 01.001.00001: staff lists filter by prefix of their scope
    area_path     text COLLATE "C" NOT NULL,
    address       text             NOT NULL,
    latitude      double precision,
    longitude     double precision,
    owner_id      text             NOT NULL,
    status        text             NOT NULL CHECK (status IN ('PENDING', 'APPROVED', 'SUSPENDED')),
    status_reason text,
    status_by     text,
    status_at     timestamptz,
    -- the signed venue QR (compact JWS); a scan equal to it needs no signature check
    qr            text             NOT NULL,
    created_at    timestamptz      NOT NULL
);
CREATE INDEX venue_list_of_area ON checkin.venue (area_path, created_at, id);
CREATE INDEX venue_list_of_owner ON checkin.venue (owner_id, created_at, id);

-- Every check-in, append-only, one partition per UTC day (checkin.checkin_YYYYMMDD), created ahead by the
-- partition job and dropped whole after pccovid.checkin.retention-days.
-- Idempotency: the client's event id is unique per day (the key must hold the partition column); a replayed item
-- carries the same event id and time, so it lands on the same day and is left out by ON CONFLICT DO NOTHING.
CREATE TABLE checkin.checkin (
    event_id    uuid        NOT NULL,
    day         date        NOT NULL,
    at          timestamptz NOT NULL,
    venue_id    uuid        NOT NULL,
    person_id   uuid        NOT NULL,
    via         text        NOT NULL CHECK (via IN ('APP', 'VENUE_SCAN', 'GATEWAY')),
    PRIMARY KEY (event_id, day)
) PARTITION BY RANGE (day);

-- GET /api/v1/venues/{id}/visitors?from=&to=&after= : a venue's visits in a time window, keyset by (at, event_id)
CREATE INDEX checkin_visitor_log ON checkin.checkin (venue_id, at, event_id);
-- GET /api/v1/me/people/{id}/checkins : a person's own visits, newest first
CREATE INDEX checkin_history_of_person ON checkin.checkin (person_id, at);
