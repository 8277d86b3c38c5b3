-- People a phone acts for beyond its own registry records: household members, children, consenting adults.
CREATE TABLE people.link (
    phone      text        NOT NULL,
    person_id  uuid        NOT NULL,
    relation   text        NOT NULL CHECK (relation IN ('HOUSEHOLD', 'CHILD', 'DEPENDANT')),
    added_at   timestamptz NOT NULL,
    -- insertion order, for a stable list even when two links share a timestamp
    position   bigint      GENERATED ALWAYS AS IDENTITY,
    PRIMARY KEY (phone, person_id)
);
CREATE INDEX link_by_person ON people.link (person_id);

-- A phone's request to act for an adult who has a phone of their own; nothing is shared until accepted.
CREATE TABLE people.consent_request (
    id              uuid        PRIMARY KEY,
    requester_phone text        NOT NULL,
    person_id       uuid        NOT NULL,
    status          text        NOT NULL CHECK (status IN ('PENDING', 'ACCEPTED', 'DECLINED')),
    created_at      timestamptz NOT NULL,
    decided_at      timestamptz
);
CREATE UNIQUE INDEX consent_request_one_pending ON people.consent_request (requester_phone, person_id) WHERE status = 'PENDING';
CREATE INDEX consent_request_by_person ON people.consent_request (person_id, status);
