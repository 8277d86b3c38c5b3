-- Staff accounts: roles within an area scope ('VN' = national, else an area path such as '01.001').
CREATE TABLE access.staff_account (
    id              uuid PRIMARY KEY,
    username        text NOT NULL UNIQUE,
    display_name    text NOT NULL,
    password_hash   text NOT NULL,
    roles           text[] NOT NULL,
    scope_path      text COLLATE "C" NOT NULL,
    failed_attempts integer NOT NULL DEFAULT 0,
    locked_until    timestamptz,
    created_at      timestamptz NOT NULL,
    created_by      text NOT NULL
);
CREATE INDEX staff_accounts_within_scope ON access.staff_account (scope_path, username);

-- Refresh tokens: only their SHA-256 is stored; rotated on every use.
CREATE TABLE access.refresh_token (
    token_hash  text PRIMARY KEY,
    subject     text NOT NULL,
    expires_at  timestamptz NOT NULL
);
CREATE INDEX refresh_tokens_by_expiry ON access.refresh_token (expires_at);

-- Citizens' one-time sign-in codes: one live challenge per phone, the code kept only as an HMAC.
CREATE TABLE access.otp_challenge (
    phone       text PRIMARY KEY,
    code_hmac   text NOT NULL,
    expires_at  timestamptz NOT NULL,
    attempts    integer NOT NULL DEFAULT 0
);

-- Events counted by rate limits (codes sent per phone and per IP, failed verifications per IP).
CREATE TABLE access.rate_event (
    key  text NOT NULL,
    at   timestamptz NOT NULL
);
CREATE INDEX rate_events_by_key_and_time ON access.rate_event (key, at);

-- Append-only audit log of every read or change of a citizen's personal data.
CREATE TABLE access.audit_entry (
    id            bigserial PRIMARY KEY,
    at            timestamptz NOT NULL,
    actor_kind    text NOT NULL,
    actor_id      text NOT NULL,
    actor_name    text NOT NULL,
    roles         text NOT NULL,
    actor_scope   text NOT NULL,
    action        text NOT NULL,
    purpose       text NOT NULL,
    what          text NOT NULL,
    citizen_id    uuid NOT NULL,
    citizen_area  text COLLATE "C"
);
CREATE INDEX audit_entries_about_citizen ON access.audit_entry (citizen_id, id DESC);
CREATE INDEX audit_entries_in_area ON access.audit_entry (citizen_area, id DESC);
CREATE INDEX audit_entries_by_actor ON access.audit_entry (actor_name, id DESC);

CREATE FUNCTION access.refuse_audit_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only';
END $$;
CREATE TRIGGER audit_entries_are_append_only BEFORE UPDATE ON access.audit_entry
    FOR EACH ROW EXECUTE FUNCTION access.refuse_audit_update();
