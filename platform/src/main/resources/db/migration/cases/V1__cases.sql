-- Cases: F0 (confirmed), F1/F2 (contacts), suspected. One row per case with its current level and state; every
-- change is a row of case_transition, which is append-only (a trigger refuses updates and deletes).

CREATE TABLE cases.case_record (
    seq             bigint GENERATED ALWAYS AS IDENTITY UNIQUE,  -- keyset of the lists, newest first
    id              uuid PRIMARY KEY,
    person          uuid NOT NULL,                                -- registry id
    level           text NOT NULL CHECK (level IN ('SUSPECTED', 'F0', 'F1', 'F2')),
    state           text NOT NULL CHECK (state IN ('SUSPECTED', 'CONFIRMED', 'ISOLATING_HOME', 'ISOLATING_FACILITY',
                                                   'HOSPITALISED', 'QUARANTINED', 'RECOVERED', 'DECEASED', 'CLEARED')),
    since           timestamptz NOT NULL,                         -- when it reached the current state
    opened_at       timestamptz NOT NULL,
    ward_path       text COLLATE "C" NOT NULL,                    -- "01.001.00001": scope by prefix
    reference_date  date NOT NULL,                                -- onset or test day (F0), day of contact (F1/F2)
    first_positive_on date,                                       -- F0 only
    source_case     uuid                                          -- F1/F2: the traced F0's case
);

-- At most one active case per person: a positive result, a declaration or a trace updates it instead of adding one.
CREATE UNIQUE INDEX case_record_one_active_per_person ON cases.case_record (person)
    WHERE state NOT IN ('RECOVERED', 'DECEASED', 'CLEARED');
-- A person's cases, newest last (status endpoint, home card, history).
CREATE INDEX case_record_of_person ON cases.case_record (person, seq);
-- Lists: by area prefix, newest first; by level or state, newest first.
CREATE INDEX case_record_list_by_area ON cases.case_record (ward_path, seq);
CREATE INDEX case_record_list_by_level ON cases.case_record (level, seq);
CREATE INDEX case_record_list_by_state ON cases.case_record (state, seq);
-- Quarantine that ends after its period: active F1/F2 by the day of contact.
CREATE INDEX case_record_quarantine_ends ON cases.case_record (reference_date)
    WHERE state = 'QUARANTINED';

CREATE TABLE cases.case_transition (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id     uuid NOT NULL REFERENCES cases.case_record (id),
    from_level  text,                  -- null for the opening row
    from_state  text,
    to_level    text NOT NULL,
    to_state    text NOT NULL,
    at          timestamptz NOT NULL,
    actor       text NOT NULL,         -- username, or the system path ("testing", "declaration", "tracing", "period")
    reason      text NOT NULL
);
CREATE INDEX case_transition_history_of_case ON cases.case_transition (case_id, id);

CREATE FUNCTION cases.refuse_history_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'case history is append-only';
END $$;

CREATE TRIGGER case_transition_append_only BEFORE UPDATE OR DELETE ON cases.case_transition
    FOR EACH ROW EXECUTE FUNCTION cases.refuse_history_change();
