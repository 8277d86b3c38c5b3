-- The audit log is append-only: besides UPDATE (V1), refuse DELETE row by row and TRUNCATE as a statement.
CREATE OR REPLACE FUNCTION access.refuse_audit_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only (% refused)', TG_OP;
END $$;
CREATE TRIGGER audit_entries_are_never_deleted BEFORE DELETE ON access.audit_entry
    FOR EACH ROW EXECUTE FUNCTION access.refuse_audit_update();
CREATE TRIGGER audit_entries_are_never_truncated BEFORE TRUNCATE ON access.audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION access.refuse_audit_update();

-- Refresh tokens belong to a family (one sign-in and its rotations). A used token is kept, marked, until it
-- expires: presenting it again revokes the whole family.
ALTER TABLE access.refresh_token ADD COLUMN family uuid;
UPDATE access.refresh_token SET family = gen_random_uuid();
ALTER TABLE access.refresh_token ALTER COLUMN family SET NOT NULL;
ALTER TABLE access.refresh_token ADD COLUMN used_at timestamptz;
CREATE INDEX refresh_tokens_by_family ON access.refresh_token (family);

-- Staff sign-in is throttled per account, per account and IP, and per IP (growing delays), not locked by a
-- counter on the account that anyone could fill. locked_until now only records an administrator's lock.
ALTER TABLE access.staff_account DROP COLUMN failed_attempts;
UPDATE access.staff_account SET locked_until = NULL WHERE locked_until <> 'infinity';
CREATE TABLE access.sign_in_throttle (
    key              text PRIMARY KEY,
    failures         integer NOT NULL,
    delays           integer NOT NULL,
    blocked_until    timestamptz,
    last_attempt_at  timestamptz NOT NULL
);
CREATE INDEX sign_in_throttles_by_last_attempt ON access.sign_in_throttle (last_attempt_at);
