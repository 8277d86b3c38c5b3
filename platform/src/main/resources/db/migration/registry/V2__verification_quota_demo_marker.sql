-- Failed identity verifications per caller and claimed CCCD, in fixed windows: shared by every node, so the quota
-- holds behind a load balancer. The CCCD is kept only as a SHA-256 hex (the caller may have sent a number nobody
-- holds). Rows whose window has passed are deleted by the hourly retention job.
CREATE TABLE registry.verification_failure (
    caller       text NOT NULL,
    cccd_hash    text NOT NULL,
    window_start timestamptz NOT NULL,
    failures     integer NOT NULL,
    PRIMARY KEY (caller, cccd_hash)
);
CREATE INDEX verification_failure_by_window ON registry.verification_failure (window_start);

-- What the demo switch generated on this database (one row at most): its presence is what allows the demo to
-- start again here; a database with citizens or accounts and no such row is refused by the demo.
CREATE TABLE registry.demo_install (
    singleton    boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    province     text NOT NULL,
    seed         bigint NOT NULL,
    citizens     bigint NOT NULL,
    accounts     text[] NOT NULL,
    installed_at timestamptz NOT NULL
);
