-- Every personal QR the platform issued. The QR itself carries only jti, exp and kind, signed (ES256); a scan looks
-- the jti up here and compares the SHA-256 of the whole payload in constant time.
CREATE TABLE personalqr.token (
    jti          text        PRIMARY KEY,
    person_id    uuid        NOT NULL,
    kind         text        NOT NULL CHECK (kind IN ('APP', 'PAPER')),
    kid          text        NOT NULL,
    issued_at    timestamptz NOT NULL,
    expires_at   timestamptz NOT NULL,
    revoked_at   timestamptz,
    payload_hash bytea       NOT NULL,
    -- App codes only: served again to the phone until near expiry. Holds no personal data.
    payload      text
);
CREATE INDEX token_by_person ON personalqr.token (person_id, kind, expires_at);
CREATE INDEX token_by_key ON personalqr.token (kid, expires_at);
