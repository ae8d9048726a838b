import type {
  AssetRow, ProjectRow, PurchaseOrderRow, TaskRow, TenantRow, UserRow, VendorRow,
} from './rows';

/**
 * The relational storage model, declared once as data: which table backs each entity type, its
 * key and tenant columns, the GraphQL type it becomes, and how its columns map onto row
 * properties. Stores build every statement from this; documents name entities by `entityType`.
 */
export interface EntitySpec<Row> {
  /** The `entity_type` string stored in documents. */
  readonly entityType: string;
  readonly graphqlType: string;
  readonly table: string;
  readonly key: 'id';
  readonly tenantColumn: 'tenant_id';
  /** row property → column; every property of the row type, no more, no less. */
  readonly columns: { readonly [P in keyof Row]-?: string };
  /** Sensitive properties: each change also gets its own field_audit_log document. */
  readonly auditedFields?: readonly (keyof Row)[];
  /**
   * What `search` finds rows of this kind by (search_index_cache): the title shown and ranked first,
   * and the properties joined into the summary. Kinds without it are not searchable.
   */
  readonly search?: { readonly title: keyof Row; readonly summary?: readonly (keyof Row)[] };
}

const define = <Row>(spec: EntitySpec<Row>) => spec;

/** Every table has them; `version` rises by one with each update (optimistic concurrency). */
const timestamps = { version: 'version', createdAt: 'created_at', updatedAt: 'updated_at' } as const;

export const entityRegistry = {
  TENANT: define<TenantRow>({
    entityType: 'tenant', graphqlType: 'Tenant', table: 'tenants', key: 'id', tenantColumn: 'tenant_id',
    columns: { id: 'id', tenantId: 'tenant_id', slug: 'slug', name: 'name', ...timestamps },
  }),
  USER: define<UserRow>({
    entityType: 'user', graphqlType: 'User', table: 'users', key: 'id', tenantColumn: 'tenant_id',
    columns: { id: 'id', tenantId: 'tenant_id', email: 'email', name: 'name', roles: 'roles', ...timestamps },
    auditedFields: ['roles', 'email'],
    search: { title: 'name', summary: ['email'] },
  }),
  PROJECT: define<ProjectRow>({
    entityType: 'project', graphqlType: 'Project', table: 'projects', key: 'id', tenantColumn: 'tenant_id',
    columns: {
      id: 'id', tenantId: 'tenant_id', ownerId: 'owner_id', code: 'code', name: 'name', status: 'status',
      budget: 'budget', startsOn: 'starts_on', dueOn: 'due_on', coverAttachmentId: 'cover_attachment_id', ...timestamps,
    },
    auditedFields: ['status', 'budget', 'ownerId'],
    search: { title: 'name', summary: ['code'] },
  }),
  TASK: define<TaskRow>({
    entityType: 'task', graphqlType: 'Task', table: 'tasks', key: 'id', tenantColumn: 'tenant_id',
    columns: {
      id: 'id', tenantId: 'tenant_id', projectId: 'project_id', assigneeId: 'assignee_id', title: 'title',
      status: 'status', priority: 'priority', estimateHours: 'estimate_hours', dueOn: 'due_on', ...timestamps,
    },
    auditedFields: ['status', 'assigneeId'],
    search: { title: 'title' },
  }),
  ASSET: define<AssetRow>({
    entityType: 'asset', graphqlType: 'Asset', table: 'assets', key: 'id', tenantColumn: 'tenant_id',
    columns: {
      id: 'id', tenantId: 'tenant_id', projectId: 'project_id', tag: 'tag', name: 'name', category: 'category',
      status: 'status', purchaseCost: 'purchase_cost', acquiredOn: 'acquired_on', ...timestamps,
    },
    search: { title: 'name', summary: ['tag', 'category'] },
  }),
  VENDOR: define<VendorRow>({
    entityType: 'vendor', graphqlType: 'Vendor', table: 'vendors', key: 'id', tenantColumn: 'tenant_id',
    columns: { id: 'id', tenantId: 'tenant_id', name: 'name', email: 'email', rating: 'rating', ...timestamps },
    search: { title: 'name', summary: ['email'] },
  }),
  PURCHASE_ORDER: define<PurchaseOrderRow>({
    entityType: 'purchase_order', graphqlType: 'PurchaseOrder', table: 'purchase_orders', key: 'id',
    tenantColumn: 'tenant_id',
    columns: {
      id: 'id', tenantId: 'tenant_id', vendorId: 'vendor_id', projectId: 'project_id', createdBy: 'created_by',
      number: 'number', status: 'status', totalAmount: 'total_amount', currency: 'currency',
      orderedOn: 'ordered_on', ...timestamps,
    },
    auditedFields: ['status', 'totalAmount', 'vendorId'],
    search: { title: 'number' },
  }),
} as const;

/** Named like the GraphQL `EntityType` enum; a test keeps the two identical. */
export type EntityKind = keyof typeof entityRegistry;
export type RowOf<K extends EntityKind> = (typeof entityRegistry)[K] extends EntitySpec<infer R> ? R : never;

export const entityKinds = Object.keys(entityRegistry) as EntityKind[];

const byEntityType = new Map<string, EntityKind>(entityKinds.map((kind) => [entityRegistry[kind].entityType, kind]));
const byGraphqlType = new Map<string, EntityKind>(entityKinds.map((kind) => [entityRegistry[kind].graphqlType, kind]));

/** The kind for an `entity_type` string read from a document; undefined for anything unknown. */
export const kindOfEntityType = (entityType: string): EntityKind | undefined => byEntityType.get(entityType);
export const kindOfGraphqlType = (typename: string): EntityKind | undefined => byGraphqlType.get(typename);
