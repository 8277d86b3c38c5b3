-- One row per notification a module asked for. The unique idempotency key makes a repeated request (an event
-- handled twice, a retried transaction) change nothing: inserts use ON CONFLICT DO NOTHING.
-- Rows with a person are that person's inbox; the text is rendered at read time from kind + params, in the
-- reader's language. Bare-phone notifications (sign-in codes) keep no params: nothing to show, nothing to leak.
CREATE TABLE notification.notification (
    id               bigserial PRIMARY KEY,
    idempotency_key  text NOT NULL,
    person_id        uuid,
    kind             text NOT NULL,
    params           jsonb NOT NULL,
    created_at       timestamptz NOT NULL,
    read_at          timestamptz
);
CREATE UNIQUE INDEX notifications_by_key ON notification.notification (idempotency_key);
CREATE INDEX inbox_by_person ON notification.notification (person_id, id DESC) WHERE person_id IS NOT NULL;
CREATE INDEX inbox_unread_by_person ON notification.notification (person_id) WHERE person_id IS NOT NULL AND read_at IS NULL;
CREATE INDEX notifications_by_age ON notification.notification (created_at);

-- One row per message to send (an SMS to one phone). Claimed by a worker with FOR UPDATE SKIP LOCKED and a lease:
-- a node that dies mid-delivery leaves an expired lease, and another node retries. The text is erased once the
-- row is final (SENT or FAILED), so sign-in codes and results do not outlive their delivery.
CREATE TABLE notification.delivery (
    id               bigserial PRIMARY KEY,
    notification_id  bigint NOT NULL REFERENCES notification.notification (id) ON DELETE CASCADE,
    person_id        uuid,
    area_path        text COLLATE "C",
    kind             text NOT NULL,
    channel          text NOT NULL,
    recipient        text NOT NULL,
    subject          text,
    body             text,
    status           text NOT NULL CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
    attempts         int NOT NULL DEFAULT 0,
    last_error       text,
    next_attempt_at  timestamptz NOT NULL,
    give_up_at       timestamptz,          -- no use after this (a sign-in code that expired): FAILED, not sent
    lease_until      timestamptz,
    created_at       timestamptz NOT NULL,
    sent_at          timestamptz,
    UNIQUE (notification_id, channel, recipient)
);
CREATE INDEX deliveries_due ON notification.delivery (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX deliveries_by_area ON notification.delivery (area_path, id DESC);
CREATE INDEX deliveries_by_age ON notification.delivery (created_at);
