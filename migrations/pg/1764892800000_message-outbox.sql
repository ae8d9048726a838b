-- The queue of notification messages for the real channels (email over SMTP, push and SMS through
-- an HTTP provider): one row per message to send. A row is claimed by one gateway instance at a
-- time (FOR UPDATE SKIP LOCKED, then a lease: its next_attempt_at is moved past the send's
-- timeout), sent, and closed as sent or failed, with the outcome; a transient failure moves
-- next_attempt_at on by the backoff. The record of what was sent is MongoDB's email_communication,
-- push_notification_log and sms_delivery_log, with the notification's new status: a closed row
-- stays due (next_attempt_at) until its record is written (recorded_at), so a MongoDB outage, or a
-- sender that stops between the two, delays the record and never loses it.
--
-- In PostgreSQL rather than a status on those documents: claiming across tenants needs an index
-- that does not start with the tenant (every catalogue index does, because every request filters
-- by tenant first), and a row lock with SKIP LOCKED lets many senders share the queue without
-- ever taking the same message, as the entity outbox already does for its relay.

-- Up Migration

CREATE TABLE message_outbox (
  id              bigserial PRIMARY KEY,
  tenant_id       uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  channel         text NOT NULL CHECK (channel IN ('email', 'push', 'sms')),
  notification_id text NOT NULL CHECK (notification_id ~ '^[0-9a-f]{24}$'),
  user_id         uuid NOT NULL,
  -- Where it goes and what it says, resolved when it was queued: {to, platform?, subject, text}.
  message         jsonb NOT NULL,
  status          text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sent', 'failed')),
  attempts        integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  last_error      text,
  -- How the send ended, for the record: {provider, providerMessageId?, error?, code?}.
  outcome         jsonb,
  recorded_at     timestamptz,
  -- A notification that has expired is not worth sending any more.
  expires_at      timestamptz,
  created_at      timestamptz NOT NULL DEFAULT now(),
  finished_at     timestamptz
);
-- What the senders poll: the rows to send, and the closed ones still to record, oldest due first.
CREATE INDEX message_outbox_due ON message_outbox (next_attempt_at) WHERE status = 'queued';
CREATE INDEX message_outbox_unrecorded ON message_outbox (next_attempt_at) WHERE status <> 'queued' AND recorded_at IS NULL;
CREATE INDEX message_outbox_recorded ON message_outbox (recorded_at) WHERE recorded_at IS NOT NULL;

-- Down Migration

DROP TABLE message_outbox;
