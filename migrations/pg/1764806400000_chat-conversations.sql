-- Chat conversations and who is in them. The messages are documents (chat_message, seed 000
-- category 4); membership is relational because it is what every read of them is checked
-- against: composite (tenant_id, …) foreign keys keep a member, a conversation and a user in one
-- tenant whatever the code does, a removed user leaves every conversation with them (cascade),
-- and "is this user in this conversation" is one primary-key lookup inside the same statement
-- that changes the conversation, so a check and a write cannot interleave.
--
-- A conversation is a CHANNEL (named, public or private, with admins) or DIRECT (a fixed set of
-- people, found again by direct_key, the sorted member ids: one conversation per set of people).
-- last_message_id / last_activity_at order a member's conversations by activity in the same
-- statement that pages them. A member's read position is the (sent_at, _id) of the last message
-- they read: 'ffff…' after a time means "everything sent by then". Times are kept to the
-- millisecond, as JavaScript and MongoDB have them, so a cursor made from one is exact.

-- Up Migration

CREATE TABLE chat_conversations (
  id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id         uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  kind              text NOT NULL CHECK (kind IN ('CHANNEL', 'DIRECT')),
  name              text CHECK (name ~ '^[a-z0-9][a-z0-9_-]{0,79}$'),
  topic             text CHECK (char_length(topic) <= 250),
  private           boolean NOT NULL DEFAULT false,
  direct_key        text,
  created_by        uuid,
  created_at        timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
  archived_at       timestamptz,
  last_message_id   text CHECK (last_message_id ~ '^[0-9a-f]{24}$'),
  last_activity_at  timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
  UNIQUE (tenant_id, id),
  FOREIGN KEY (tenant_id, created_by) REFERENCES users (tenant_id, id) ON DELETE SET NULL (created_by),
  CHECK ((kind = 'CHANNEL') = (name IS NOT NULL)),
  CHECK ((kind = 'DIRECT') = (direct_key IS NOT NULL)),
  CHECK (kind = 'CHANNEL' OR (NOT private AND archived_at IS NULL))
);
-- Archived channels keep their name: a new channel cannot take it while the history says otherwise.
CREATE UNIQUE INDEX chat_conversations_channel_name ON chat_conversations (tenant_id, name) WHERE kind = 'CHANNEL';
CREATE UNIQUE INDEX chat_conversations_direct_key ON chat_conversations (tenant_id, direct_key) WHERE kind = 'DIRECT';
-- The directory of channels anyone of the tenant may join.
CREATE INDEX chat_conversations_public ON chat_conversations (tenant_id, last_activity_at DESC, id DESC)
  WHERE kind = 'CHANNEL' AND NOT private;

CREATE TABLE chat_members (
  tenant_id        uuid NOT NULL,
  conversation_id  uuid NOT NULL,
  user_id          uuid NOT NULL,
  role             text NOT NULL DEFAULT 'MEMBER' CHECK (role IN ('ADMIN', 'MEMBER')),
  joined_at        timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
  last_read_at     timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
  last_read_id     text NOT NULL DEFAULT 'ffffffffffffffffffffffff' CHECK (last_read_id ~ '^[0-9a-f]{24}$'),
  PRIMARY KEY (tenant_id, conversation_id, user_id),
  FOREIGN KEY (tenant_id, conversation_id) REFERENCES chat_conversations (tenant_id, id) ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, user_id) REFERENCES users (tenant_id, id) ON DELETE CASCADE
);
-- A user's conversations: every page of `conversations` and every membership check of a read.
CREATE INDEX chat_members_user ON chat_members (tenant_id, user_id);

-- Down Migration

DROP TABLE chat_members;
DROP TABLE chat_conversations;
