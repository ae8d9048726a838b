-- Seed 004's other direction: PostgreSQL keeps a MongoDB ObjectId as a VARCHAR(24) pointer. A
-- project's cover picture is an attachment_metadata document. MongoDB enforces nothing, so the
-- pointer may dangle (the document deleted); the graph then answers null.

-- Up Migration

ALTER TABLE projects ADD COLUMN cover_attachment_id varchar(24) CHECK (cover_attachment_id ~ '^[0-9a-f]{24}$');

-- Down Migration

ALTER TABLE projects DROP COLUMN cover_attachment_id;
