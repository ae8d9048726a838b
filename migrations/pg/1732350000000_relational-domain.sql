-- The relational source of truth: tenants and the entities that need foreign keys, ACID and money.
-- Every row carries tenant_id, and every reference is a composite (tenant_id, id) foreign key, so a
-- row can never point at another tenant's row even if application code is wrong. Enumerated
-- columns hold the GraphQL enum value names, so no resolver has to translate them.

-- Up Migration

CREATE FUNCTION touch_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END $$;

CREATE TABLE tenants (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  slug        text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9][a-z0-9-]*$'),
  name        text NOT NULL CHECK (name <> ''),
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now(),
  -- A tenant is its own tenant: lets the entity registry treat every table alike.
  tenant_id   uuid GENERATED ALWAYS AS (id) STORED
);

CREATE TABLE users (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id   uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  email       text NOT NULL CHECK (email ~ '^[^@\s]+@[^@\s]+$'),
  name        text NOT NULL CHECK (name <> ''),
  roles       text[] NOT NULL DEFAULT '{member}',
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now(),
  UNIQUE (tenant_id, id)
);
CREATE UNIQUE INDEX users_email_key ON users (lower(email));
CREATE INDEX users_tenant_created ON users (tenant_id, created_at DESC, id DESC);

CREATE TABLE projects (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id   uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  owner_id    uuid NOT NULL,
  code        text NOT NULL,
  name        text NOT NULL CHECK (name <> ''),
  status      text NOT NULL DEFAULT 'PLANNED'
              CHECK (status IN ('PLANNED', 'ACTIVE', 'ON_HOLD', 'COMPLETED', 'CANCELLED')),
  budget      numeric(14, 2) NOT NULL DEFAULT 0 CHECK (budget >= 0),
  starts_on   date,
  due_on      date,
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now(),
  UNIQUE (tenant_id, id),
  UNIQUE (tenant_id, code),
  FOREIGN KEY (tenant_id, owner_id) REFERENCES users (tenant_id, id)
);
CREATE INDEX projects_tenant_created ON projects (tenant_id, created_at DESC, id DESC);
CREATE INDEX projects_tenant_owner ON projects (tenant_id, owner_id);
CREATE INDEX projects_tenant_status ON projects (tenant_id, status);

CREATE TABLE tasks (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id       uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  project_id      uuid NOT NULL,
  assignee_id     uuid,
  title           text NOT NULL CHECK (title <> ''),
  status          text NOT NULL DEFAULT 'TODO' CHECK (status IN ('TODO', 'IN_PROGRESS', 'BLOCKED', 'DONE')),
  priority        text NOT NULL DEFAULT 'MEDIUM' CHECK (priority IN ('LOW', 'MEDIUM', 'HIGH', 'URGENT')),
  estimate_hours  numeric(6, 1) CHECK (estimate_hours >= 0),
  due_on          date,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  UNIQUE (tenant_id, id),
  FOREIGN KEY (tenant_id, project_id) REFERENCES projects (tenant_id, id) ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, assignee_id) REFERENCES users (tenant_id, id)
);
CREATE INDEX tasks_tenant_project ON tasks (tenant_id, project_id, created_at DESC, id DESC);
CREATE INDEX tasks_tenant_assignee ON tasks (tenant_id, assignee_id, status) WHERE assignee_id IS NOT NULL;
CREATE INDEX tasks_tenant_status ON tasks (tenant_id, status);

CREATE TABLE assets (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id       uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  project_id      uuid,
  tag             text NOT NULL,
  name            text NOT NULL CHECK (name <> ''),
  category        text NOT NULL,
  status          text NOT NULL DEFAULT 'IN_SERVICE' CHECK (status IN ('IN_SERVICE', 'MAINTENANCE', 'RETIRED')),
  purchase_cost   numeric(14, 2) NOT NULL DEFAULT 0 CHECK (purchase_cost >= 0),
  acquired_on     date,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  UNIQUE (tenant_id, id),
  UNIQUE (tenant_id, tag),
  FOREIGN KEY (tenant_id, project_id) REFERENCES projects (tenant_id, id) ON DELETE SET NULL (project_id)
);
CREATE INDEX assets_tenant_project ON assets (tenant_id, project_id) WHERE project_id IS NOT NULL;
CREATE INDEX assets_tenant_created ON assets (tenant_id, created_at DESC, id DESC);

CREATE TABLE vendors (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id   uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  name        text NOT NULL CHECK (name <> ''),
  email       text,
  rating      smallint CHECK (rating BETWEEN 1 AND 5),
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now(),
  UNIQUE (tenant_id, id),
  UNIQUE (tenant_id, name)
);
CREATE INDEX vendors_tenant_created ON vendors (tenant_id, created_at DESC, id DESC);

CREATE TABLE purchase_orders (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id     uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  vendor_id     uuid NOT NULL,
  project_id    uuid,
  created_by    uuid,
  number        text NOT NULL,
  status        text NOT NULL DEFAULT 'DRAFT'
                CHECK (status IN ('DRAFT', 'SUBMITTED', 'APPROVED', 'RECEIVED', 'CANCELLED')),
  total_amount  numeric(14, 2) NOT NULL CHECK (total_amount >= 0),
  currency      char(3) NOT NULL DEFAULT 'USD' CHECK (currency ~ '^[A-Z]{3}$'),
  ordered_on    date,
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now(),
  UNIQUE (tenant_id, id),
  UNIQUE (tenant_id, number),
  FOREIGN KEY (tenant_id, vendor_id) REFERENCES vendors (tenant_id, id),
  FOREIGN KEY (tenant_id, project_id) REFERENCES projects (tenant_id, id) ON DELETE SET NULL (project_id),
  FOREIGN KEY (tenant_id, created_by) REFERENCES users (tenant_id, id) ON DELETE SET NULL (created_by)
);
CREATE INDEX purchase_orders_tenant_vendor ON purchase_orders (tenant_id, vendor_id, created_at DESC);
CREATE INDEX purchase_orders_tenant_project ON purchase_orders (tenant_id, project_id) WHERE project_id IS NOT NULL;
CREATE INDEX purchase_orders_tenant_created ON purchase_orders (tenant_id, created_at DESC, id DESC);

CREATE TRIGGER tenants_touch BEFORE UPDATE ON tenants FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
CREATE TRIGGER users_touch BEFORE UPDATE ON users FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
CREATE TRIGGER projects_touch BEFORE UPDATE ON projects FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
CREATE TRIGGER tasks_touch BEFORE UPDATE ON tasks FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
CREATE TRIGGER assets_touch BEFORE UPDATE ON assets FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
CREATE TRIGGER vendors_touch BEFORE UPDATE ON vendors FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
CREATE TRIGGER purchase_orders_touch BEFORE UPDATE ON purchase_orders FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

-- Down Migration

DROP TABLE purchase_orders, vendors, assets, tasks, projects, users, tenants;
DROP FUNCTION touch_updated_at();
