-- CSV uploads (an organisation's registration list, the old platform's records) run as background jobs: the
-- request stores the file and answers at once; a job works through the rows and writes its progress here, so any
-- node can answer the progress page. The file is dropped when the job ends; the report stays.
CREATE TABLE vaccination.upload_job (
    id          uuid PRIMARY KEY,
    kind        text        NOT NULL CHECK (kind IN ('REGISTRATION_LIST', 'LEGACY_IMPORT')),
    status      text        NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    actor_kind  text        NOT NULL,
    actor_id    text        NOT NULL,
    actor_name  text        NOT NULL,
    actor_roles text        NOT NULL,
    actor_scope text        NOT NULL,
    locale      text        NOT NULL,
    content     text,
    total       int         NOT NULL DEFAULT 0,
    processed   int         NOT NULL DEFAULT 0,
    counts      jsonb       NOT NULL DEFAULT '{}',
    report      jsonb       NOT NULL DEFAULT '[]',
    created_at  timestamptz NOT NULL,
    finished_at timestamptz
);
-- The uploader's recent jobs, newest first (the console's upload page).
CREATE INDEX upload_job_by_actor ON vaccination.upload_job (actor_id, created_at DESC);
