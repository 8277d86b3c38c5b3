-- Messages handed to the log-and-outbox channel (development and demo installs), kept 7 days.
CREATE TABLE notification.outbox_message (
    id          bigserial PRIMARY KEY,
    recipient   text NOT NULL,
    channel     text NOT NULL,
    subject     text NOT NULL,
    body        text NOT NULL,
    created_at  timestamptz NOT NULL
);
CREATE INDEX outbox_messages_by_recipient ON notification.outbox_message (recipient, id DESC);
CREATE INDEX outbox_messages_by_age ON notification.outbox_message (created_at);
