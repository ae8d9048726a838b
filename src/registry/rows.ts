/**
 * The relational rows as the stores return them (camelCase, one property per column). They are
 * the codegen mappers of the relational GraphQL types, so resolvers receive exactly these.
 * numeric columns arrive as strings: money is never rounded through a float.
 */
export interface TenantRow {
  id: string;
  tenantId: string;
  slug: string;
  name: string;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface UserRow {
  id: string;
  tenantId: string;
  email: string;
  name: string;
  roles: string[];
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface ProjectRow {
  id: string;
  tenantId: string;
  ownerId: string;
  code: string;
  name: string;
  status: string;
  budget: string;
  startsOn: string | null;
  dueOn: string | null;
  /** An attachment_metadata ObjectId (seed 004: PostgreSQL → MongoDB pointers are VARCHAR(24)). */
  coverAttachmentId: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface TaskRow {
  id: string;
  tenantId: string;
  projectId: string;
  assigneeId: string | null;
  title: string;
  status: string;
  priority: string;
  estimateHours: string | null;
  dueOn: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface AssetRow {
  id: string;
  tenantId: string;
  projectId: string | null;
  tag: string;
  name: string;
  category: string;
  status: string;
  purchaseCost: string;
  acquiredOn: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface VendorRow {
  id: string;
  tenantId: string;
  name: string;
  email: string | null;
  rating: number | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface PurchaseOrderRow {
  id: string;
  tenantId: string;
  vendorId: string;
  projectId: string | null;
  createdBy: string | null;
  number: string;
  status: string;
  totalAmount: string;
  currency: string;
  orderedOn: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}
