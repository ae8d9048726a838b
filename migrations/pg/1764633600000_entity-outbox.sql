-- The transactional outbox (seed 000: "RDBMS writes trigger CDC events that create entity_changelog
-- documents"). Every insert, update and delete of an entity row, by this gateway or by any other
-- writer, adds one entity_outbox row in the same transaction, from a trigger: the change record
-- commits exactly when the change does. A relay moves the rows to MongoDB's entity_changelog and
-- field_audit_log and marks them relayed.
--
-- Triggers rather than logical decoding: they need no wal_level=logical, no replication slot to
-- watch (an abandoned slot keeps WAL forever), work on any managed PostgreSQL, and can read who is
-- acting from the transaction (SET LOCAL gateway.actor_id …), which a WAL decoder cannot.
--
-- Every entity row gets a version, raised on each update, for optimistic concurrency.

-- Up Migration

ALTER TABLE tenants ADD COLUMN version integer NOT NULL DEFAULT 1;
ALTER TABLE users ADD COLUMN version integer NOT NULL DEFAULT 1;
ALTER TABLE projects ADD COLUMN version integer NOT NULL DEFAULT 1;
ALTER TABLE tasks ADD COLUMN version integer NOT NULL DEFAULT 1;
ALTER TABLE assets ADD COLUMN version integer NOT NULL DEFAULT 1;
ALTER TABLE vendors ADD COLUMN version integer NOT NULL DEFAULT 1;
ALTER TABLE purchase_orders ADD COLUMN version integer NOT NULL DEFAULT 1;

-- An update that changes nothing leaves the row as it was, version and time included.
CREATE OR REPLACE FUNCTION touch_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW IS NOT DISTINCT FROM OLD THEN
    RETURN NEW;
  END IF;
  NEW.updated_at := now();
  NEW.version := OLD.version + 1;
  RETURN NEW;
END $$;

CREATE TABLE entity_outbox (
  id              bigserial PRIMARY KEY,
  tenant_id       uuid NOT NULL,
  entity_type     text NOT NULL,
  entity_id       uuid NOT NULL,
  operation       text NOT NULL CHECK (operation IN ('INSERT', 'UPDATE', 'DELETE')),
  before          jsonb,
  after           jsonb,
  changed_fields  text[] NOT NULL DEFAULT '{}',
  version         integer,
  actor_id        uuid,
  request_id      text,
  ip_address      text,
  session_id      text,
  changed_at      timestamptz NOT NULL DEFAULT now(),
  relayed_at      timestamptz
);
-- What the relay reads: the pending rows, in commit order of their ids.
CREATE INDEX entity_outbox_pending ON entity_outbox (id) WHERE relayed_at IS NULL;
-- What pruning deletes.
CREATE INDEX entity_outbox_relayed ON entity_outbox (relayed_at) WHERE relayed_at IS NOT NULL;

-- TG_ARGV[0] is the entity type as documents store it; the rest name numeric columns, which are
-- kept as strings so that money is never rounded through a float on its way to MongoDB.
CREATE FUNCTION record_entity_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  old_row  jsonb := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END;
  new_row  jsonb := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END;
  changed  text[] := '{}';
  numeric_column text;
BEGIN
  -- Bulk loads (the demo seed, test clean-up) may opt out for their own transaction only.
  IF current_setting('gateway.capture', true) = 'off' THEN
    RETURN NULL;
  END IF;
  FOREACH numeric_column IN ARRAY TG_ARGV[1:] LOOP
    IF old_row ->> numeric_column IS NOT NULL THEN
      old_row := jsonb_set(old_row, ARRAY[numeric_column], to_jsonb(old_row ->> numeric_column));
    END IF;
    IF new_row ->> numeric_column IS NOT NULL THEN
      new_row := jsonb_set(new_row, ARRAY[numeric_column], to_jsonb(new_row ->> numeric_column));
    END IF;
  END LOOP;
  IF TG_OP = 'UPDATE' THEN
    SELECT coalesce(array_agg(n.key ORDER BY n.key), '{}') INTO changed
      FROM jsonb_each(new_row) n
     WHERE n.value IS DISTINCT FROM old_row -> n.key AND n.key NOT IN ('updated_at', 'version');
    -- An update that changes nothing is not a change.
    IF cardinality(changed) = 0 THEN
      RETURN NULL;
    END IF;
  END IF;
  INSERT INTO entity_outbox (tenant_id, entity_type, entity_id, operation, before, after, changed_fields, version,
                             actor_id, request_id, ip_address, session_id)
  VALUES ((coalesce(new_row, old_row) ->> 'tenant_id')::uuid, TG_ARGV[0], (coalesce(new_row, old_row) ->> 'id')::uuid,
          TG_OP, old_row, new_row, changed, (coalesce(new_row, old_row) ->> 'version')::integer,
          nullif(current_setting('gateway.actor_id', true), '')::uuid,
          nullif(current_setting('gateway.request_id', true), ''),
          nullif(current_setting('gateway.ip_address', true), ''),
          nullif(current_setting('gateway.session_id', true), ''));
  -- Wakes the relay at once; notifications of one transaction are delivered once, at commit.
  PERFORM pg_notify('entity_outbox', '');
  RETURN NULL;
END $$;

CREATE TRIGGER tenants_outbox AFTER INSERT OR UPDATE OR DELETE ON tenants
  FOR EACH ROW EXECUTE FUNCTION record_entity_change('tenant');
CREATE TRIGGER users_outbox AFTER INSERT OR UPDATE OR DELETE ON users
  FOR EACH ROW EXECUTE FUNCTION record_entity_change('user');
CREATE TRIGGER projects_outbox AFTER INSERT OR UPDATE OR DELETE ON projects
  FOR EACH ROW EXECUTE FUNCTION record_entity_change('project', 'budget');
CREATE TRIGGER tasks_outbox AFTER INSERT OR UPDATE OR DELETE ON tasks
  FOR EACH ROW EXECUTE FUNCTION record_entity_change('task', 'estimate_hours');
CREATE TRIGGER assets_outbox AFTER INSERT OR UPDATE OR DELETE ON assets
  FOR EACH ROW EXECUTE FUNCTION record_entity_change('asset', 'purchase_cost');
CREATE TRIGGER vendors_outbox AFTER INSERT OR UPDATE OR DELETE ON vendors
  FOR EACH ROW EXECUTE FUNCTION record_entity_change('vendor');
CREATE TRIGGER purchase_orders_outbox AFTER INSERT OR UPDATE OR DELETE ON purchase_orders
  FOR EACH ROW EXECUTE FUNCTION record_entity_change('purchase_order', 'total_amount');

-- A create retried with the same key creates once: the key and the row it made commit together.
CREATE TABLE idempotency_keys (
  tenant_id    uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  key          text NOT NULL CHECK (length(key) BETWEEN 1 AND 200),
  entity_type  text NOT NULL,
  entity_id    uuid NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, key)
);

-- Down Migration

DROP TABLE idempotency_keys;
DROP TRIGGER purchase_orders_outbox ON purchase_orders;
DROP TRIGGER vendors_outbox ON vendors;
DROP TRIGGER assets_outbox ON assets;
DROP TRIGGER tasks_outbox ON tasks;
DROP TRIGGER projects_outbox ON projects;
DROP TRIGGER users_outbox ON users;
DROP TRIGGER tenants_outbox ON tenants;
DROP FUNCTION record_entity_change();
DROP TABLE entity_outbox;
CREATE OR REPLACE FUNCTION touch_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END $$;
ALTER TABLE purchase_orders DROP COLUMN version;
ALTER TABLE vendors DROP COLUMN version;
ALTER TABLE assets DROP COLUMN version;
ALTER TABLE tasks DROP COLUMN version;
ALTER TABLE projects DROP COLUMN version;
ALTER TABLE users DROP COLUMN version;
ALTER TABLE tenants DROP COLUMN version;
