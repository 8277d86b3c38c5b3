-- Population registry: households and citizens, and the import jobs that load population extracts.
-- Distribution column for Citus: registry.citizen and registry.household by id (lookups by cccd go through the
-- unique index, which Citus would need as a reference/lookup table: see README).

-- Trigram search over folded names. The extension lives in public so that every module can share it.
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;

CREATE TABLE registry.household (
    id          uuid PRIMARY KEY,
    ward_code   text NOT NULL,                       -- 5-digit GSO ward code
    area_path   text COLLATE "C" NOT NULL,           -- "01.001.00001": scope by prefix
    address     text,                                -- NFC address line
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX household_by_area ON registry.household (area_path);

CREATE TABLE registry.citizen (
    id                  uuid PRIMARY KEY,
    cccd                text NOT NULL CHECK (cccd ~ '^[0-9]{12}$'),
    cmnd                text CHECK (cmnd ~ '^[0-9]{9}$'),
    full_name           text NOT NULL,               -- NFC
    name_key            text COLLATE "C" NOT NULL,   -- folded: no diacritics, lower case, single spaces
    date_of_birth       date NOT NULL,
    sex                 text NOT NULL CHECK (sex IN ('MALE', 'FEMALE')),
    phone               text CHECK (phone ~ '^0[0-9]{9}$'),
    permanent_ward      text NOT NULL,
    permanent_address   text,
    current_ward        text NOT NULL,
    current_address     text,
    area_path           text COLLATE "C" NOT NULL,   -- current residence's ward path "01.001.00001"
    household_id        uuid,                        -- registry.household; no FK: bulk loads COPY members first, and Citus cannot enforce it across distribution keys
    temporary_resident  boolean NOT NULL DEFAULT false,
    homeless            boolean NOT NULL DEFAULT false,
    shipper             boolean NOT NULL DEFAULT false,
    created_at          timestamptz NOT NULL DEFAULT now()
);

-- Identity verification and duplicate detection: one unique lookup.
CREATE UNIQUE INDEX citizen_by_cccd ON registry.citizen (cccd);
-- Accent-insensitive name search: name_key LIKE '%q%'.
CREATE INDEX citizen_name_trgm ON registry.citizen USING gin (name_key public.gin_trgm_ops);
-- Keyset-paged lists by name, national or province-wide scopes.
CREATE INDEX citizen_by_name ON registry.citizen (name_key, id);
-- Keyset-paged lists of one ward or district (area_path = / LIKE prefix, then name order).
CREATE INDEX citizen_by_area_name ON registry.citizen (area_path, name_key, id);
-- A citizen signed in by phone finds their own records.
CREATE INDEX citizen_by_phone ON registry.citizen (phone) WHERE phone IS NOT NULL;
-- Household members.
CREATE INDEX citizen_by_household ON registry.citizen (household_id) WHERE household_id IS NOT NULL;

COMMENT ON TABLE registry.citizen IS 'Registered people: identity, residence, household; personal data, every read audited';

CREATE TABLE registry.import_job (
    id           uuid PRIMARY KEY,
    status       text NOT NULL CHECK (status IN ('VALIDATING', 'IMPORTING', 'DONE', 'REJECTED')),
    actor_id     text NOT NULL,
    actor_name   text NOT NULL,
    actor_roles  text NOT NULL,                      -- comma-separated roles of the importing staff member
    actor_scope  text NOT NULL,                      -- "VN" or an area path
    content      bytea,                              -- the uploaded CSV, dropped once the job ends
    total        integer NOT NULL DEFAULT 0,
    processed    integer NOT NULL DEFAULT 0,
    imported     integer NOT NULL DEFAULT 0,
    errors       jsonb NOT NULL DEFAULT '[]',        -- [{row, field, key, args}]
    created_at   timestamptz NOT NULL DEFAULT now(),
    finished_at  timestamptz
);

CREATE INDEX import_job_unfinished ON registry.import_job (created_at) WHERE status IN ('VALIDATING', 'IMPORTING');
