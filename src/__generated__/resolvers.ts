import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { TenantRow, UserRow, ProjectRow, TaskRow, AssetRow, VendorRow, PurchaseOrderRow } from '../registry/rows';
import { EntityChangeDoc, FieldAuditDoc, CommentDoc, AttachmentDoc, ActivityEventDoc } from '../documents/types';
import { NotificationDoc } from '../documents/notifications';
import { UserPreferencesView } from '../documents/preferences';
import { DashboardModel, TileModel } from '../dashboards/models';
import { CachedValue } from '../cache/read-through';
import { ReportModel, ReportTypeModel } from '../reports/models';
import { Connection } from '../pagination';
import { GatewayContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar day, YYYY-MM-DD. */
  Date: { input: string; output: string; }
  /** An instant, ISO 8601 with time zone. */
  DateTime: { input: Date; output: Date; }
  /** An exact decimal number (money, quantities), serialized as a string so nothing is rounded. */
  Decimal: { input: string; output: string; }
  /** Any JSON value. */
  JSON: { input: unknown; output: unknown; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** A user's interaction with an entity (user_activity_event). */
export type ActivityEvent = EntityDocument & {
  __typename?: 'ActivityEvent';
  action: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  durationMs?: Maybe<Scalars['Int']['output']>;
  entity?: Maybe<Entity>;
  entityId: Scalars['ID']['output'];
  entityType?: Maybe<EntityType>;
  id: Scalars['ID']['output'];
  page?: Maybe<Scalars['String']['output']>;
  user?: Maybe<User>;
};

export type ActivityEventConnection = {
  __typename?: 'ActivityEventConnection';
  edges: Array<ActivityEventEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ActivityEventEdge = {
  __typename?: 'ActivityEventEdge';
  cursor: Scalars['String']['output'];
  node: ActivityEvent;
};

export type Asset = Entity & {
  __typename?: 'Asset';
  acquiredOn?: Maybe<Scalars['Date']['output']>;
  activity: ActivityEventConnection;
  attachments: AttachmentConnection;
  category: Scalars['String']['output'];
  changelog: EntityChangeConnection;
  comments: CommentConnection;
  createdAt: Scalars['DateTime']['output'];
  entityType: EntityType;
  fieldAudits: FieldAuditConnection;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  project?: Maybe<Project>;
  purchaseCost: Scalars['Decimal']['output'];
  status: AssetStatus;
  tag: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};


export type AssetActivityArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type AssetAttachmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type AssetChangelogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type AssetCommentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type AssetFieldAuditsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type AssetConnection = {
  __typename?: 'AssetConnection';
  edges: Array<AssetEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AssetEdge = {
  __typename?: 'AssetEdge';
  cursor: Scalars['String']['output'];
  node: Asset;
};

export type AssetStatus =
  | 'IN_SERVICE'
  | 'MAINTENANCE'
  | 'RETIRED';

/** A file attached to any entity (attachment_metadata); the bytes live in object storage. */
export type Attachment = EntityDocument & {
  __typename?: 'Attachment';
  contentType: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  entity?: Maybe<Entity>;
  entityId: Scalars['ID']['output'];
  entityType?: Maybe<EntityType>;
  fileName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  sizeBytes: Scalars['Int']['output'];
  storageKey: Scalars['String']['output'];
  uploadedBy?: Maybe<User>;
};

export type AttachmentConnection = {
  __typename?: 'AttachmentConnection';
  edges: Array<AttachmentEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AttachmentEdge = {
  __typename?: 'AttachmentEdge';
  cursor: Scalars['String']['output'];
  node: Attachment;
};

/** Which layer answered a cached read. */
export type CacheSource =
  /** Computed from PostgreSQL after a miss in both layers; both were filled. */
  | 'COMPUTED'
  /** MongoDB (dashboard_snapshot / report_cache), after a Redis miss; Redis was refilled. */
  | 'MONGO'
  /** Redis, the hot layer. */
  | 'REDIS';

export type ChangeOperation =
  | 'DELETE'
  | 'INSERT'
  | 'UPDATE';

/** A comment on any entity (comment_thread). */
export type Comment = EntityDocument & {
  __typename?: 'Comment';
  author?: Maybe<User>;
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  entity?: Maybe<Entity>;
  entityId: Scalars['ID']['output'];
  entityType?: Maybe<EntityType>;
  id: Scalars['ID']['output'];
};

export type CommentConnection = {
  __typename?: 'CommentConnection';
  edges: Array<CommentEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CommentEdge = {
  __typename?: 'CommentEdge';
  cursor: Scalars['String']['output'];
  node: Comment;
};

export type CreatePurchaseOrderInput = {
  currency?: InputMaybe<Scalars['String']['input']>;
  number: Scalars['String']['input'];
  orderedOn?: InputMaybe<Scalars['Date']['input']>;
  projectId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<PurchaseOrderStatus>;
  totalAmount: Scalars['Decimal']['input'];
  vendorId: Scalars['ID']['input'];
};

export type CreateTaskInput = {
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  dueOn?: InputMaybe<Scalars['Date']['input']>;
  estimateHours?: InputMaybe<Scalars['Decimal']['input']>;
  priority?: InputMaybe<TaskPriority>;
  projectId: Scalars['ID']['input'];
  title: Scalars['String']['input'];
};

export type Dashboard = {
  __typename?: 'Dashboard';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  tiles: Array<DashboardTile>;
};

export type DashboardTile = {
  __typename?: 'DashboardTile';
  id: Scalars['ID']['output'];
  kind: TileKind;
  snapshot: Snapshot;
  title: Scalars['String']['output'];
};

/**
 * A PostgreSQL row that documents can refer to. Its documents are newest-first connections,
 * batched across parents: asking for the comments of 50 projects is one MongoDB command.
 */
export type Entity = {
  activity: ActivityEventConnection;
  attachments: AttachmentConnection;
  changelog: EntityChangeConnection;
  comments: CommentConnection;
  entityType: EntityType;
  fieldAudits: FieldAuditConnection;
  id: Scalars['ID']['output'];
};


/**
 * A PostgreSQL row that documents can refer to. Its documents are newest-first connections,
 * batched across parents: asking for the comments of 50 projects is one MongoDB command.
 */
export type EntityActivityArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A PostgreSQL row that documents can refer to. Its documents are newest-first connections,
 * batched across parents: asking for the comments of 50 projects is one MongoDB command.
 */
export type EntityAttachmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A PostgreSQL row that documents can refer to. Its documents are newest-first connections,
 * batched across parents: asking for the comments of 50 projects is one MongoDB command.
 */
export type EntityChangelogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A PostgreSQL row that documents can refer to. Its documents are newest-first connections,
 * batched across parents: asking for the comments of 50 projects is one MongoDB command.
 */
export type EntityCommentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A PostgreSQL row that documents can refer to. Its documents are newest-first connections,
 * batched across parents: asking for the comments of 50 projects is one MongoDB command.
 */
export type EntityFieldAuditsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A full before/after snapshot of a relational write (entity_changelog). */
export type EntityChange = EntityDocument & {
  __typename?: 'EntityChange';
  changedAt: Scalars['DateTime']['output'];
  changedBy?: Maybe<User>;
  /** This change's position: pass it as entityChanged(after:) to continue after it. */
  cursor: Scalars['String']['output'];
  entity?: Maybe<Entity>;
  entityId: Scalars['ID']['output'];
  entityType?: Maybe<EntityType>;
  id: Scalars['ID']['output'];
  newValue?: Maybe<Scalars['JSON']['output']>;
  oldValue?: Maybe<Scalars['JSON']['output']>;
  operation: ChangeOperation;
};

export type EntityChangeConnection = {
  __typename?: 'EntityChangeConnection';
  edges: Array<EntityChangeEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type EntityChangeEdge = {
  __typename?: 'EntityChangeEdge';
  cursor: Scalars['String']['output'];
  node: EntityChange;
};

/**
 * A MongoDB document that points at a relational row through entity_type + entity_id.
 * `entity` is null when the row does not exist (or is not visible to the caller's tenant);
 * `entityType` is null when the stored type is unknown to this gateway.
 */
export type EntityDocument = {
  entity?: Maybe<Entity>;
  entityId: Scalars['ID']['output'];
  entityType?: Maybe<EntityType>;
  id: Scalars['ID']['output'];
};

/** Every relational entity type a document can point at through entity_type + entity_id. */
export type EntityType =
  | 'ASSET'
  | 'PROJECT'
  | 'PURCHASE_ORDER'
  | 'TASK'
  | 'TENANT'
  | 'USER'
  | 'VENDOR';

/** A change of one sensitive field (field_audit_log). */
export type FieldAudit = EntityDocument & {
  __typename?: 'FieldAudit';
  changedAt: Scalars['DateTime']['output'];
  changedBy?: Maybe<User>;
  entity?: Maybe<Entity>;
  entityId: Scalars['ID']['output'];
  entityType?: Maybe<EntityType>;
  field: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  newValue?: Maybe<Scalars['JSON']['output']>;
  oldValue?: Maybe<Scalars['JSON']['output']>;
};

export type FieldAuditConnection = {
  __typename?: 'FieldAuditConnection';
  edges: Array<FieldAuditEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type FieldAuditEdge = {
  __typename?: 'FieldAuditEdge';
  cursor: Scalars['String']['output'];
  node: FieldAudit;
};

export type Mutation = {
  __typename?: 'Mutation';
  createPurchaseOrder: PurchaseOrder;
  createTask: Task;
  /** Drops the cached report for these params; the next read recomputes it. */
  invalidateReport: Scalars['Boolean']['output'];
  /** Marks every unread notification of the signed-in user read; returns how many changed. */
  markAllNotificationsRead: Scalars['Int']['output'];
  /**
   * Marks the signed-in user's notifications among `ids` read and returns them, newest first. Ids
   * of notifications that are not the caller's (or do not exist) are ignored, never revealed.
   */
  markNotificationsRead: Array<Notification>;
  /** Recomputes every tile of the dashboard now. */
  refreshDashboard: Dashboard;
  /** Writes one notification per recipient and delivers it live. Requires the sender role. */
  sendNotification: Array<Notification>;
  /** Saves the signed-in user's preferences (MongoDB user_preference); omitted fields keep their value. */
  updatePreferences: UserPreferences;
  /** Null when the project does not exist in the caller's tenant. */
  updateProject?: Maybe<Project>;
  /** Null when the purchase order does not exist in the caller's tenant. */
  updatePurchaseOrder?: Maybe<PurchaseOrder>;
  /** Null when the task does not exist in the caller's tenant. */
  updateTask?: Maybe<Task>;
};


export type MutationCreatePurchaseOrderArgs = {
  input: CreatePurchaseOrderInput;
};


export type MutationCreateTaskArgs = {
  input: CreateTaskInput;
};


export type MutationInvalidateReportArgs = {
  params?: InputMaybe<Scalars['JSON']['input']>;
  type: Scalars['String']['input'];
};


export type MutationMarkNotificationsReadArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type MutationRefreshDashboardArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSendNotificationArgs = {
  input: SendNotificationInput;
};


export type MutationUpdatePreferencesArgs = {
  input: PreferencesInput;
};


export type MutationUpdateProjectArgs = {
  id: Scalars['ID']['input'];
  input: UpdateProjectInput;
};


export type MutationUpdatePurchaseOrderArgs = {
  id: Scalars['ID']['input'];
  input: UpdatePurchaseOrderInput;
};


export type MutationUpdateTaskArgs = {
  id: Scalars['ID']['input'];
  input: UpdateTaskInput;
};

/**
 * One recipient's copy of a notification (MongoDB notification_delivery). Only its recipient reads
 * it, over HTTP or a subscription. When it is about a row, entityType/entityId name it and `entity`
 * resolves it (null when the row is gone). It is not an EntityDocument: a notification need not be
 * about a row, so its entityId may be null.
 */
export type Notification = {
  __typename?: 'Notification';
  body: Scalars['String']['output'];
  channels: Array<NotificationChannel>;
  createdAt: Scalars['DateTime']['output'];
  /** This notification's position: pass it as notificationAdded(after:) to continue after it. */
  cursor: Scalars['String']['output'];
  deliveredAt?: Maybe<Scalars['DateTime']['output']>;
  entity?: Maybe<Entity>;
  entityId?: Maybe<Scalars['ID']['output']>;
  entityType?: Maybe<EntityType>;
  /** After this instant the notification is gone for its recipient. */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  priority: NotificationPriority;
  readAt?: Maybe<Scalars['DateTime']['output']>;
  recipient?: Maybe<User>;
  sender?: Maybe<User>;
  status: NotificationStatus;
  title: Scalars['String']['output'];
};

/** How a notification reaches its recipient. */
export type NotificationChannel =
  | 'EMAIL'
  | 'IN_APP'
  | 'PUSH'
  | 'SMS';

export type NotificationConnection = {
  __typename?: 'NotificationConnection';
  edges: Array<NotificationEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type NotificationEdge = {
  __typename?: 'NotificationEdge';
  cursor: Scalars['String']['output'];
  node: Notification;
};

export type NotificationPriority =
  | 'HIGH'
  | 'LOW'
  | 'NORMAL'
  | 'URGENT';

/** Where one recipient's copy of a notification stands. It only moves forward: SENT, then DELIVERED or FAILED, then READ. */
export type NotificationStatus =
  /** Reached the recipient: handed to a live subscription, or confirmed by a channel's provider. */
  | 'DELIVERED'
  /** A channel's provider reported that it could not be delivered. */
  | 'FAILED'
  /** The recipient marked it read. */
  | 'READ'
  /** Written, not yet known to have reached the recipient. */
  | 'SENT';

/** Relay pagination state of a connection. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

export type PreferencesInput = {
  /** A project of the caller's tenant, or null to clear. */
  defaultProjectId?: InputMaybe<Scalars['ID']['input']>;
  /** BCP 47 language tag, e.g. en-GB. */
  locale?: InputMaybe<Scalars['String']['input']>;
  theme?: InputMaybe<Theme>;
  /** IANA time zone, e.g. Europe/Berlin. */
  timezone?: InputMaybe<Scalars['String']['input']>;
};

export type Project = Entity & {
  __typename?: 'Project';
  activity: ActivityEventConnection;
  assets: AssetConnection;
  attachments: AttachmentConnection;
  budget: Scalars['Decimal']['output'];
  changelog: EntityChangeConnection;
  code: Scalars['String']['output'];
  comments: CommentConnection;
  createdAt: Scalars['DateTime']['output'];
  dueOn?: Maybe<Scalars['Date']['output']>;
  entityType: EntityType;
  fieldAudits: FieldAuditConnection;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  owner?: Maybe<User>;
  purchaseOrders: PurchaseOrderConnection;
  startsOn?: Maybe<Scalars['Date']['output']>;
  status: ProjectStatus;
  tasks: TaskConnection;
  updatedAt: Scalars['DateTime']['output'];
};


export type ProjectActivityArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type ProjectAssetsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type ProjectAttachmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type ProjectChangelogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type ProjectCommentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type ProjectFieldAuditsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type ProjectPurchaseOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type ProjectTasksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type ProjectConnection = {
  __typename?: 'ProjectConnection';
  edges: Array<ProjectEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ProjectEdge = {
  __typename?: 'ProjectEdge';
  cursor: Scalars['String']['output'];
  node: Project;
};

export type ProjectStatus =
  | 'ACTIVE'
  | 'CANCELLED'
  | 'COMPLETED'
  | 'ON_HOLD'
  | 'PLANNED';

export type PurchaseOrder = Entity & {
  __typename?: 'PurchaseOrder';
  activity: ActivityEventConnection;
  attachments: AttachmentConnection;
  changelog: EntityChangeConnection;
  comments: CommentConnection;
  createdAt: Scalars['DateTime']['output'];
  createdBy?: Maybe<User>;
  /** ISO 4217 code. */
  currency: Scalars['String']['output'];
  entityType: EntityType;
  fieldAudits: FieldAuditConnection;
  id: Scalars['ID']['output'];
  number: Scalars['String']['output'];
  orderedOn?: Maybe<Scalars['Date']['output']>;
  project?: Maybe<Project>;
  status: PurchaseOrderStatus;
  totalAmount: Scalars['Decimal']['output'];
  updatedAt: Scalars['DateTime']['output'];
  vendor: Vendor;
};


export type PurchaseOrderActivityArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type PurchaseOrderAttachmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type PurchaseOrderChangelogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type PurchaseOrderCommentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type PurchaseOrderFieldAuditsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type PurchaseOrderConnection = {
  __typename?: 'PurchaseOrderConnection';
  edges: Array<PurchaseOrderEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PurchaseOrderEdge = {
  __typename?: 'PurchaseOrderEdge';
  cursor: Scalars['String']['output'];
  node: PurchaseOrder;
};

export type PurchaseOrderStatus =
  | 'APPROVED'
  | 'CANCELLED'
  | 'DRAFT'
  | 'RECEIVED'
  | 'SUBMITTED';

export type Query = {
  __typename?: 'Query';
  /** The change log of one entity, or of every entity of a type when entityId is omitted; newest first. */
  changelog: EntityChangeConnection;
  /** A dashboard of the caller's tenant; null for an unknown id. */
  dashboard?: Maybe<Dashboard>;
  dashboards: Array<Dashboard>;
  /** Any entity of the caller's tenant by type and id; null when there is none. */
  entity?: Maybe<Entity>;
  /** The signed-in user. */
  me?: Maybe<User>;
  /** The signed-in user's notifications, newest first; expired ones are left out. */
  notifications: NotificationConnection;
  /** A project of the caller's tenant; null when it does not exist or belongs to another tenant. */
  project?: Maybe<Project>;
  /** The caller's tenant's projects, newest first. */
  projects: ProjectConnection;
  /** What the signed-in user did recently, on any kind of entity; newest first. */
  recentActivity: ActivityEventConnection;
  /** A report, from cache when fresh. Unknown types and invalid params are BAD_USER_INPUT. */
  report?: Maybe<Report>;
  reportTypes: Array<ReportType>;
  /** How many of the signed-in user's notifications are neither read nor expired. */
  unreadNotificationCount: Scalars['Int']['output'];
};


export type QueryChangelogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  entityId?: InputMaybe<Scalars['ID']['input']>;
  entityType: EntityType;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryDashboardArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEntityArgs = {
  id: Scalars['ID']['input'];
  type: EntityType;
};


export type QueryNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryProjectArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryRecentActivityArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryReportArgs = {
  params?: InputMaybe<Scalars['JSON']['input']>;
  type: Scalars['String']['input'];
};

export type Report = {
  __typename?: 'Report';
  data: Scalars['JSON']['output'];
  expiresAt: Scalars['DateTime']['output'];
  generatedAt: Scalars['DateTime']['output'];
  /** The params as understood: validated, with defaults, in canonical order. */
  params: Scalars['JSON']['output'];
  source: CacheSource;
  type: Scalars['String']['output'];
};

export type ReportType = {
  __typename?: 'ReportType';
  description: Scalars['String']['output'];
  name: Scalars['String']['output'];
  ttlSeconds: Scalars['Int']['output'];
};

export type SendNotificationInput = {
  /** At most 2000 characters. */
  body: Scalars['String']['input'];
  channels?: Array<NotificationChannel>;
  entityId?: InputMaybe<Scalars['ID']['input']>;
  /** The row the notification is about: entityType and entityId together, naming a row of the caller's tenant. */
  entityType?: InputMaybe<EntityType>;
  /** When the notification stops being shown; in the future and within the 90-day retention. */
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  priority?: NotificationPriority;
  /** Users of the caller's tenant, at most 500; repeated ids count once. */
  recipientIds: Array<Scalars['ID']['input']>;
  /** 1 to 200 characters. */
  title: Scalars['String']['input'];
};

/** Pre-aggregated KPI data for one tile, kept for 24 hours unless a write makes it stale. */
export type Snapshot = {
  __typename?: 'Snapshot';
  computedAt: Scalars['DateTime']['output'];
  data: Scalars['JSON']['output'];
  expiresAt: Scalars['DateTime']['output'];
  source: CacheSource;
};

export type Subscription = {
  __typename?: 'Subscription';
  /**
   * The changes of one row of the signed-in user's tenant, as they are written through this API
   * (who, when, before and after), oldest first. With `after` (the cursor of the last change
   * received), first every change since then, from entity_changelog, then live ones: none missed,
   * none twice. A row that does not exist in the caller's tenant is BAD_USER_INPUT.
   */
  entityChanged: EntityChange;
  /**
   * The signed-in user's new notifications, oldest first. With `after` (the cursor of the last one
   * received), first everything since then, from the record, then live ones: none missed, none twice.
   */
  notificationAdded: Notification;
  /** Status changes (delivered, read, failed) of the signed-in user's notifications. */
  notificationUpdated: Notification;
};


export type SubscriptionEntityChangedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  entityId: Scalars['ID']['input'];
  entityType: EntityType;
};


export type SubscriptionNotificationAddedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
};

export type Task = Entity & {
  __typename?: 'Task';
  activity: ActivityEventConnection;
  assignee?: Maybe<User>;
  attachments: AttachmentConnection;
  changelog: EntityChangeConnection;
  comments: CommentConnection;
  createdAt: Scalars['DateTime']['output'];
  dueOn?: Maybe<Scalars['Date']['output']>;
  entityType: EntityType;
  estimateHours?: Maybe<Scalars['Decimal']['output']>;
  fieldAudits: FieldAuditConnection;
  id: Scalars['ID']['output'];
  priority: TaskPriority;
  project: Project;
  status: TaskStatus;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};


export type TaskActivityArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type TaskAttachmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type TaskChangelogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type TaskCommentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type TaskFieldAuditsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type TaskConnection = {
  __typename?: 'TaskConnection';
  edges: Array<TaskEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TaskEdge = {
  __typename?: 'TaskEdge';
  cursor: Scalars['String']['output'];
  node: Task;
};

export type TaskPriority =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM'
  | 'URGENT';

export type TaskStatus =
  | 'BLOCKED'
  | 'DONE'
  | 'IN_PROGRESS'
  | 'TODO';

export type Tenant = Entity & {
  __typename?: 'Tenant';
  activity: ActivityEventConnection;
  attachments: AttachmentConnection;
  changelog: EntityChangeConnection;
  comments: CommentConnection;
  createdAt: Scalars['DateTime']['output'];
  entityType: EntityType;
  fieldAudits: FieldAuditConnection;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  slug: Scalars['String']['output'];
};


export type TenantActivityArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type TenantAttachmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type TenantChangelogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type TenantCommentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type TenantFieldAuditsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type Theme =
  | 'DARK'
  | 'LIGHT'
  | 'SYSTEM';

export type TileKind =
  | 'ASSET_VALUE_BY_STATUS'
  | 'OPEN_TASKS_BY_ASSIGNEE'
  | 'PROJECTS_BY_STATUS'
  | 'SPEND_BY_VENDOR'
  | 'TASKS_BY_PRIORITY';

/** Only the given fields change; each change is recorded in the project's changelog. */
export type UpdateProjectInput = {
  budget?: InputMaybe<Scalars['Decimal']['input']>;
  dueOn?: InputMaybe<Scalars['Date']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  startsOn?: InputMaybe<Scalars['Date']['input']>;
  status?: InputMaybe<ProjectStatus>;
};

export type UpdatePurchaseOrderInput = {
  orderedOn?: InputMaybe<Scalars['Date']['input']>;
  projectId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<PurchaseOrderStatus>;
  totalAmount?: InputMaybe<Scalars['Decimal']['input']>;
};

/** Only the given fields change; an explicit null assigneeId unassigns. */
export type UpdateTaskInput = {
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  dueOn?: InputMaybe<Scalars['Date']['input']>;
  estimateHours?: InputMaybe<Scalars['Decimal']['input']>;
  priority?: InputMaybe<TaskPriority>;
  status?: InputMaybe<TaskStatus>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type User = Entity & {
  __typename?: 'User';
  activity: ActivityEventConnection;
  /** Tasks assigned to this user, newest first. */
  assignedTasks: TaskConnection;
  attachments: AttachmentConnection;
  changelog: EntityChangeConnection;
  comments: CommentConnection;
  createdAt: Scalars['DateTime']['output'];
  email: Scalars['String']['output'];
  entityType: EntityType;
  fieldAudits: FieldAuditConnection;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Per-user settings (MongoDB user_preference); defaults when the user has saved none. */
  preferences: UserPreferences;
  roles: Array<Scalars['String']['output']>;
  tenant: Tenant;
};


export type UserActivityArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type UserAssignedTasksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type UserAttachmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type UserChangelogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type UserCommentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type UserFieldAuditsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type UserPreferences = {
  __typename?: 'UserPreferences';
  defaultProject?: Maybe<Project>;
  locale: Scalars['String']['output'];
  theme: Theme;
  timezone: Scalars['String']['output'];
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
};

export type Vendor = Entity & {
  __typename?: 'Vendor';
  activity: ActivityEventConnection;
  attachments: AttachmentConnection;
  changelog: EntityChangeConnection;
  comments: CommentConnection;
  createdAt: Scalars['DateTime']['output'];
  email?: Maybe<Scalars['String']['output']>;
  entityType: EntityType;
  fieldAudits: FieldAuditConnection;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  purchaseOrders: PurchaseOrderConnection;
  rating?: Maybe<Scalars['Int']['output']>;
  updatedAt: Scalars['DateTime']['output'];
};


export type VendorActivityArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type VendorAttachmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type VendorChangelogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type VendorCommentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type VendorFieldAuditsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type VendorPurchaseOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  Asset: Asset;
  Project: Project;
  PurchaseOrder: PurchaseOrder;
  Task: Task;
  Tenant: Tenant;
  User: User;
  Vendor: Vendor;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Asset:
    ( { __typename: 'Asset' }
    & GraphQLRecursivePick<FederationTypes['Asset'], {"id":true}> );
  Project:
    ( { __typename: 'Project' }
    & GraphQLRecursivePick<FederationTypes['Project'], {"id":true}> );
  PurchaseOrder:
    ( { __typename: 'PurchaseOrder' }
    & GraphQLRecursivePick<FederationTypes['PurchaseOrder'], {"id":true}> );
  Task:
    ( { __typename: 'Task' }
    & GraphQLRecursivePick<FederationTypes['Task'], {"id":true}> );
  Tenant:
    ( { __typename: 'Tenant' }
    & GraphQLRecursivePick<FederationTypes['Tenant'], {"id":true}> );
  User:
    ( { __typename: 'User' }
    & GraphQLRecursivePick<FederationTypes['User'], {"id":true}> );
  Vendor:
    ( { __typename: 'Vendor' }
    & GraphQLRecursivePick<FederationTypes['Vendor'], {"id":true}> );
};


/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  Entity:
    | ( AssetRow )
    | ( ProjectRow )
    | ( PurchaseOrderRow )
    | ( TaskRow )
    | ( TenantRow )
    | ( UserRow )
    | ( VendorRow )
  ;
  EntityDocument:
    | ( ActivityEventDoc )
    | ( AttachmentDoc )
    | ( CommentDoc )
    | ( EntityChangeDoc )
    | ( FieldAuditDoc )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  ActivityEvent: ResolverTypeWrapper<ActivityEventDoc>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ActivityEventConnection: ResolverTypeWrapper<Connection<ActivityEventDoc>>;
  ActivityEventEdge: ResolverTypeWrapper<Omit<ActivityEventEdge, 'node'> & { node: ResolversTypes['ActivityEvent'] }>;
  Asset: ResolverTypeWrapper<AssetRow>;
  AssetConnection: ResolverTypeWrapper<Connection<AssetRow>>;
  AssetEdge: ResolverTypeWrapper<Omit<AssetEdge, 'node'> & { node: ResolversTypes['Asset'] }>;
  AssetStatus: AssetStatus;
  Attachment: ResolverTypeWrapper<AttachmentDoc>;
  AttachmentConnection: ResolverTypeWrapper<Connection<AttachmentDoc>>;
  AttachmentEdge: ResolverTypeWrapper<Omit<AttachmentEdge, 'node'> & { node: ResolversTypes['Attachment'] }>;
  CacheSource: CacheSource;
  ChangeOperation: ChangeOperation;
  Comment: ResolverTypeWrapper<CommentDoc>;
  CommentConnection: ResolverTypeWrapper<Connection<CommentDoc>>;
  CommentEdge: ResolverTypeWrapper<Omit<CommentEdge, 'node'> & { node: ResolversTypes['Comment'] }>;
  CreatePurchaseOrderInput: CreatePurchaseOrderInput;
  CreateTaskInput: CreateTaskInput;
  Dashboard: ResolverTypeWrapper<DashboardModel>;
  DashboardTile: ResolverTypeWrapper<TileModel>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  Entity: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Entity']>;
  EntityChange: ResolverTypeWrapper<EntityChangeDoc>;
  EntityChangeConnection: ResolverTypeWrapper<Connection<EntityChangeDoc>>;
  EntityChangeEdge: ResolverTypeWrapper<Omit<EntityChangeEdge, 'node'> & { node: ResolversTypes['EntityChange'] }>;
  EntityDocument: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['EntityDocument']>;
  EntityType: EntityType;
  FieldAudit: ResolverTypeWrapper<FieldAuditDoc>;
  FieldAuditConnection: ResolverTypeWrapper<Connection<FieldAuditDoc>>;
  FieldAuditEdge: ResolverTypeWrapper<Omit<FieldAuditEdge, 'node'> & { node: ResolversTypes['FieldAudit'] }>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Notification: ResolverTypeWrapper<NotificationDoc>;
  NotificationChannel: NotificationChannel;
  NotificationConnection: ResolverTypeWrapper<Connection<NotificationDoc>>;
  NotificationEdge: ResolverTypeWrapper<Omit<NotificationEdge, 'node'> & { node: ResolversTypes['Notification'] }>;
  NotificationPriority: NotificationPriority;
  NotificationStatus: NotificationStatus;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PreferencesInput: PreferencesInput;
  Project: ResolverTypeWrapper<ProjectRow>;
  ProjectConnection: ResolverTypeWrapper<Connection<ProjectRow>>;
  ProjectEdge: ResolverTypeWrapper<Omit<ProjectEdge, 'node'> & { node: ResolversTypes['Project'] }>;
  ProjectStatus: ProjectStatus;
  PurchaseOrder: ResolverTypeWrapper<PurchaseOrderRow>;
  PurchaseOrderConnection: ResolverTypeWrapper<Connection<PurchaseOrderRow>>;
  PurchaseOrderEdge: ResolverTypeWrapper<Omit<PurchaseOrderEdge, 'node'> & { node: ResolversTypes['PurchaseOrder'] }>;
  PurchaseOrderStatus: PurchaseOrderStatus;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Report: ResolverTypeWrapper<ReportModel>;
  ReportType: ResolverTypeWrapper<ReportTypeModel>;
  SendNotificationInput: SendNotificationInput;
  Snapshot: ResolverTypeWrapper<CachedValue>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Task: ResolverTypeWrapper<TaskRow>;
  TaskConnection: ResolverTypeWrapper<Connection<TaskRow>>;
  TaskEdge: ResolverTypeWrapper<Omit<TaskEdge, 'node'> & { node: ResolversTypes['Task'] }>;
  TaskPriority: TaskPriority;
  TaskStatus: TaskStatus;
  Tenant: ResolverTypeWrapper<TenantRow>;
  Theme: Theme;
  TileKind: TileKind;
  UpdateProjectInput: UpdateProjectInput;
  UpdatePurchaseOrderInput: UpdatePurchaseOrderInput;
  UpdateTaskInput: UpdateTaskInput;
  User: ResolverTypeWrapper<UserRow>;
  UserPreferences: ResolverTypeWrapper<UserPreferencesView>;
  Vendor: ResolverTypeWrapper<VendorRow>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  ActivityEvent: ActivityEventDoc;
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  ID: Scalars['ID']['output'];
  ActivityEventConnection: Connection<ActivityEventDoc>;
  ActivityEventEdge: Omit<ActivityEventEdge, 'node'> & { node: ResolversParentTypes['ActivityEvent'] };
  Asset: AssetRow;
  AssetConnection: Connection<AssetRow>;
  AssetEdge: Omit<AssetEdge, 'node'> & { node: ResolversParentTypes['Asset'] };
  Attachment: AttachmentDoc;
  AttachmentConnection: Connection<AttachmentDoc>;
  AttachmentEdge: Omit<AttachmentEdge, 'node'> & { node: ResolversParentTypes['Attachment'] };
  Comment: CommentDoc;
  CommentConnection: Connection<CommentDoc>;
  CommentEdge: Omit<CommentEdge, 'node'> & { node: ResolversParentTypes['Comment'] };
  CreatePurchaseOrderInput: CreatePurchaseOrderInput;
  CreateTaskInput: CreateTaskInput;
  Dashboard: DashboardModel;
  DashboardTile: TileModel;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Decimal: Scalars['Decimal']['output'];
  Entity: ResolversInterfaceTypes<ResolversParentTypes>['Entity'];
  EntityChange: EntityChangeDoc;
  EntityChangeConnection: Connection<EntityChangeDoc>;
  EntityChangeEdge: Omit<EntityChangeEdge, 'node'> & { node: ResolversParentTypes['EntityChange'] };
  EntityDocument: ResolversInterfaceTypes<ResolversParentTypes>['EntityDocument'];
  FieldAudit: FieldAuditDoc;
  FieldAuditConnection: Connection<FieldAuditDoc>;
  FieldAuditEdge: Omit<FieldAuditEdge, 'node'> & { node: ResolversParentTypes['FieldAudit'] };
  JSON: Scalars['JSON']['output'];
  Mutation: Record<PropertyKey, never>;
  Boolean: Scalars['Boolean']['output'];
  Notification: NotificationDoc;
  NotificationConnection: Connection<NotificationDoc>;
  NotificationEdge: Omit<NotificationEdge, 'node'> & { node: ResolversParentTypes['Notification'] };
  PageInfo: PageInfo;
  PreferencesInput: PreferencesInput;
  Project: ProjectRow;
  ProjectConnection: Connection<ProjectRow>;
  ProjectEdge: Omit<ProjectEdge, 'node'> & { node: ResolversParentTypes['Project'] };
  PurchaseOrder: PurchaseOrderRow;
  PurchaseOrderConnection: Connection<PurchaseOrderRow>;
  PurchaseOrderEdge: Omit<PurchaseOrderEdge, 'node'> & { node: ResolversParentTypes['PurchaseOrder'] };
  Query: Record<PropertyKey, never>;
  Report: ReportModel;
  ReportType: ReportTypeModel;
  SendNotificationInput: SendNotificationInput;
  Snapshot: CachedValue;
  Subscription: Record<PropertyKey, never>;
  Task: TaskRow;
  TaskConnection: Connection<TaskRow>;
  TaskEdge: Omit<TaskEdge, 'node'> & { node: ResolversParentTypes['Task'] };
  Tenant: TenantRow;
  UpdateProjectInput: UpdateProjectInput;
  UpdatePurchaseOrderInput: UpdatePurchaseOrderInput;
  UpdateTaskInput: UpdateTaskInput;
  User: UserRow;
  UserPreferences: UserPreferencesView;
  Vendor: VendorRow;
};

export type ActivityEventResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ActivityEvent'] = ResolversParentTypes['ActivityEvent']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  durationMs?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  entityId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  entityType?: Resolver<Maybe<ResolversTypes['EntityType']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  page?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ActivityEventConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ActivityEventConnection'] = ResolversParentTypes['ActivityEventConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ActivityEventEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ActivityEventEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ActivityEventEdge'] = ResolversParentTypes['ActivityEventEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ActivityEvent'], ParentType, ContextType>;
};

export type AssetResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Asset'] = ResolversParentTypes['Asset'], FederationReferenceType extends FederationReferenceTypes['Asset'] = FederationReferenceTypes['Asset']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Asset']> | FederationReferenceType, FederationReferenceType, ContextType>;
  acquiredOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  activity?: Resolver<ResolversTypes['ActivityEventConnection'], ParentType, ContextType, Partial<AssetActivityArgs>>;
  attachments?: Resolver<ResolversTypes['AttachmentConnection'], ParentType, ContextType, Partial<AssetAttachmentsArgs>>;
  category?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  changelog?: Resolver<ResolversTypes['EntityChangeConnection'], ParentType, ContextType, Partial<AssetChangelogArgs>>;
  comments?: Resolver<ResolversTypes['CommentConnection'], ParentType, ContextType, Partial<AssetCommentsArgs>>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  entityType?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  fieldAudits?: Resolver<ResolversTypes['FieldAuditConnection'], ParentType, ContextType, Partial<AssetFieldAuditsArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  project?: Resolver<Maybe<ResolversTypes['Project']>, ParentType, ContextType>;
  purchaseCost?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AssetStatus'], ParentType, ContextType>;
  tag?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AssetConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AssetConnection'] = ResolversParentTypes['AssetConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AssetEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AssetEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AssetEdge'] = ResolversParentTypes['AssetEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Asset'], ParentType, ContextType>;
};

export type AttachmentResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Attachment'] = ResolversParentTypes['Attachment']> = {
  contentType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  entityId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  entityType?: Resolver<Maybe<ResolversTypes['EntityType']>, ParentType, ContextType>;
  fileName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sizeBytes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  storageKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  uploadedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AttachmentConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AttachmentConnection'] = ResolversParentTypes['AttachmentConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AttachmentEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AttachmentEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AttachmentEdge'] = ResolversParentTypes['AttachmentEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Attachment'], ParentType, ContextType>;
};

export type CommentResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Comment'] = ResolversParentTypes['Comment']> = {
  author?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  entityId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  entityType?: Resolver<Maybe<ResolversTypes['EntityType']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CommentConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['CommentConnection'] = ResolversParentTypes['CommentConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CommentEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CommentEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['CommentEdge'] = ResolversParentTypes['CommentEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Comment'], ParentType, ContextType>;
};

export type DashboardResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Dashboard'] = ResolversParentTypes['Dashboard']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tiles?: Resolver<Array<ResolversTypes['DashboardTile']>, ParentType, ContextType>;
};

export type DashboardTileResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['DashboardTile'] = ResolversParentTypes['DashboardTile']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['TileKind'], ParentType, ContextType>;
  snapshot?: Resolver<ResolversTypes['Snapshot'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface DecimalScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Decimal'], any> {
  name: 'Decimal';
}

export type EntityResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Entity'] = ResolversParentTypes['Entity']> = {
  __resolveType: TypeResolveFn<'Asset' | 'Project' | 'PurchaseOrder' | 'Task' | 'Tenant' | 'User' | 'Vendor', ParentType, ContextType>;
};

export type EntityChangeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['EntityChange'] = ResolversParentTypes['EntityChange']> = {
  changedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  changedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  entityId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  entityType?: Resolver<Maybe<ResolversTypes['EntityType']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  newValue?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  oldValue?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['ChangeOperation'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EntityChangeConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['EntityChangeConnection'] = ResolversParentTypes['EntityChangeConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EntityChangeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EntityChangeEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['EntityChangeEdge'] = ResolversParentTypes['EntityChangeEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['EntityChange'], ParentType, ContextType>;
};

export type EntityDocumentResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['EntityDocument'] = ResolversParentTypes['EntityDocument']> = {
  __resolveType: TypeResolveFn<'ActivityEvent' | 'Attachment' | 'Comment' | 'EntityChange' | 'FieldAudit', ParentType, ContextType>;
};

export type FieldAuditResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['FieldAudit'] = ResolversParentTypes['FieldAudit']> = {
  changedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  changedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  entityId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  entityType?: Resolver<Maybe<ResolversTypes['EntityType']>, ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  newValue?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  oldValue?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type FieldAuditConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['FieldAuditConnection'] = ResolversParentTypes['FieldAuditConnection']> = {
  edges?: Resolver<Array<ResolversTypes['FieldAuditEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FieldAuditEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['FieldAuditEdge'] = ResolversParentTypes['FieldAuditEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['FieldAudit'], ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type MutationResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  createPurchaseOrder?: Resolver<ResolversTypes['PurchaseOrder'], ParentType, ContextType, RequireFields<MutationCreatePurchaseOrderArgs, 'input'>>;
  createTask?: Resolver<ResolversTypes['Task'], ParentType, ContextType, RequireFields<MutationCreateTaskArgs, 'input'>>;
  invalidateReport?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationInvalidateReportArgs, 'type'>>;
  markAllNotificationsRead?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  markNotificationsRead?: Resolver<Array<ResolversTypes['Notification']>, ParentType, ContextType, RequireFields<MutationMarkNotificationsReadArgs, 'ids'>>;
  refreshDashboard?: Resolver<ResolversTypes['Dashboard'], ParentType, ContextType, RequireFields<MutationRefreshDashboardArgs, 'id'>>;
  sendNotification?: Resolver<Array<ResolversTypes['Notification']>, ParentType, ContextType, RequireFields<MutationSendNotificationArgs, 'input'>>;
  updatePreferences?: Resolver<ResolversTypes['UserPreferences'], ParentType, ContextType, RequireFields<MutationUpdatePreferencesArgs, 'input'>>;
  updateProject?: Resolver<Maybe<ResolversTypes['Project']>, ParentType, ContextType, RequireFields<MutationUpdateProjectArgs, 'id' | 'input'>>;
  updatePurchaseOrder?: Resolver<Maybe<ResolversTypes['PurchaseOrder']>, ParentType, ContextType, RequireFields<MutationUpdatePurchaseOrderArgs, 'id' | 'input'>>;
  updateTask?: Resolver<Maybe<ResolversTypes['Task']>, ParentType, ContextType, RequireFields<MutationUpdateTaskArgs, 'id' | 'input'>>;
};

export type NotificationResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Notification'] = ResolversParentTypes['Notification']> = {
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  channels?: Resolver<Array<ResolversTypes['NotificationChannel']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  deliveredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  entityId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  entityType?: Resolver<Maybe<ResolversTypes['EntityType']>, ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  priority?: Resolver<ResolversTypes['NotificationPriority'], ParentType, ContextType>;
  readAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  recipient?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  sender?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['NotificationStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type NotificationConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['NotificationConnection'] = ResolversParentTypes['NotificationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['NotificationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type NotificationEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['NotificationEdge'] = ResolversParentTypes['NotificationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Notification'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ProjectResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Project'] = ResolversParentTypes['Project'], FederationReferenceType extends FederationReferenceTypes['Project'] = FederationReferenceTypes['Project']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Project']> | FederationReferenceType, FederationReferenceType, ContextType>;
  activity?: Resolver<ResolversTypes['ActivityEventConnection'], ParentType, ContextType, Partial<ProjectActivityArgs>>;
  assets?: Resolver<ResolversTypes['AssetConnection'], ParentType, ContextType, Partial<ProjectAssetsArgs>>;
  attachments?: Resolver<ResolversTypes['AttachmentConnection'], ParentType, ContextType, Partial<ProjectAttachmentsArgs>>;
  budget?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  changelog?: Resolver<ResolversTypes['EntityChangeConnection'], ParentType, ContextType, Partial<ProjectChangelogArgs>>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  comments?: Resolver<ResolversTypes['CommentConnection'], ParentType, ContextType, Partial<ProjectCommentsArgs>>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  dueOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  entityType?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  fieldAudits?: Resolver<ResolversTypes['FieldAuditConnection'], ParentType, ContextType, Partial<ProjectFieldAuditsArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  purchaseOrders?: Resolver<ResolversTypes['PurchaseOrderConnection'], ParentType, ContextType, Partial<ProjectPurchaseOrdersArgs>>;
  startsOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ProjectStatus'], ParentType, ContextType>;
  tasks?: Resolver<ResolversTypes['TaskConnection'], ParentType, ContextType, Partial<ProjectTasksArgs>>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProjectConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ProjectConnection'] = ResolversParentTypes['ProjectConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ProjectEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProjectEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ProjectEdge'] = ResolversParentTypes['ProjectEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Project'], ParentType, ContextType>;
};

export type PurchaseOrderResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['PurchaseOrder'] = ResolversParentTypes['PurchaseOrder'], FederationReferenceType extends FederationReferenceTypes['PurchaseOrder'] = FederationReferenceTypes['PurchaseOrder']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PurchaseOrder']> | FederationReferenceType, FederationReferenceType, ContextType>;
  activity?: Resolver<ResolversTypes['ActivityEventConnection'], ParentType, ContextType, Partial<PurchaseOrderActivityArgs>>;
  attachments?: Resolver<ResolversTypes['AttachmentConnection'], ParentType, ContextType, Partial<PurchaseOrderAttachmentsArgs>>;
  changelog?: Resolver<ResolversTypes['EntityChangeConnection'], ParentType, ContextType, Partial<PurchaseOrderChangelogArgs>>;
  comments?: Resolver<ResolversTypes['CommentConnection'], ParentType, ContextType, Partial<PurchaseOrderCommentsArgs>>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entityType?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  fieldAudits?: Resolver<ResolversTypes['FieldAuditConnection'], ParentType, ContextType, Partial<PurchaseOrderFieldAuditsArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  orderedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  project?: Resolver<Maybe<ResolversTypes['Project']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PurchaseOrderStatus'], ParentType, ContextType>;
  totalAmount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  vendor?: Resolver<ResolversTypes['Vendor'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PurchaseOrderConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['PurchaseOrderConnection'] = ResolversParentTypes['PurchaseOrderConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PurchaseOrderEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PurchaseOrderEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['PurchaseOrderEdge'] = ResolversParentTypes['PurchaseOrderEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PurchaseOrder'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  changelog?: Resolver<ResolversTypes['EntityChangeConnection'], ParentType, ContextType, RequireFields<QueryChangelogArgs, 'entityType'>>;
  dashboard?: Resolver<Maybe<ResolversTypes['Dashboard']>, ParentType, ContextType, RequireFields<QueryDashboardArgs, 'id'>>;
  dashboards?: Resolver<Array<ResolversTypes['Dashboard']>, ParentType, ContextType>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<QueryEntityArgs, 'id' | 'type'>>;
  me?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  notifications?: Resolver<ResolversTypes['NotificationConnection'], ParentType, ContextType, RequireFields<QueryNotificationsArgs, 'unreadOnly'>>;
  project?: Resolver<Maybe<ResolversTypes['Project']>, ParentType, ContextType, RequireFields<QueryProjectArgs, 'id'>>;
  projects?: Resolver<ResolversTypes['ProjectConnection'], ParentType, ContextType, Partial<QueryProjectsArgs>>;
  recentActivity?: Resolver<ResolversTypes['ActivityEventConnection'], ParentType, ContextType, Partial<QueryRecentActivityArgs>>;
  report?: Resolver<Maybe<ResolversTypes['Report']>, ParentType, ContextType, RequireFields<QueryReportArgs, 'type'>>;
  reportTypes?: Resolver<Array<ResolversTypes['ReportType']>, ParentType, ContextType>;
  unreadNotificationCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ReportResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Report'] = ResolversParentTypes['Report']> = {
  data?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  generatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  params?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['CacheSource'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ReportTypeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ReportType'] = ResolversParentTypes['ReportType']> = {
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ttlSeconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SnapshotResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Snapshot'] = ResolversParentTypes['Snapshot']> = {
  computedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  data?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['CacheSource'], ParentType, ContextType>;
};

export type SubscriptionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = {
  entityChanged?: SubscriptionResolver<ResolversTypes['EntityChange'], "entityChanged", ParentType, ContextType, RequireFields<SubscriptionEntityChangedArgs, 'entityId' | 'entityType'>>;
  notificationAdded?: SubscriptionResolver<ResolversTypes['Notification'], "notificationAdded", ParentType, ContextType, Partial<SubscriptionNotificationAddedArgs>>;
  notificationUpdated?: SubscriptionResolver<ResolversTypes['Notification'], "notificationUpdated", ParentType, ContextType>;
};

export type TaskResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Task'] = ResolversParentTypes['Task'], FederationReferenceType extends FederationReferenceTypes['Task'] = FederationReferenceTypes['Task']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Task']> | FederationReferenceType, FederationReferenceType, ContextType>;
  activity?: Resolver<ResolversTypes['ActivityEventConnection'], ParentType, ContextType, Partial<TaskActivityArgs>>;
  assignee?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  attachments?: Resolver<ResolversTypes['AttachmentConnection'], ParentType, ContextType, Partial<TaskAttachmentsArgs>>;
  changelog?: Resolver<ResolversTypes['EntityChangeConnection'], ParentType, ContextType, Partial<TaskChangelogArgs>>;
  comments?: Resolver<ResolversTypes['CommentConnection'], ParentType, ContextType, Partial<TaskCommentsArgs>>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  dueOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  entityType?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  estimateHours?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  fieldAudits?: Resolver<ResolversTypes['FieldAuditConnection'], ParentType, ContextType, Partial<TaskFieldAuditsArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  priority?: Resolver<ResolversTypes['TaskPriority'], ParentType, ContextType>;
  project?: Resolver<ResolversTypes['Project'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TaskStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TaskConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['TaskConnection'] = ResolversParentTypes['TaskConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TaskEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TaskEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['TaskEdge'] = ResolversParentTypes['TaskEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Task'], ParentType, ContextType>;
};

export type TenantResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Tenant'] = ResolversParentTypes['Tenant'], FederationReferenceType extends FederationReferenceTypes['Tenant'] = FederationReferenceTypes['Tenant']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Tenant']> | FederationReferenceType, FederationReferenceType, ContextType>;
  activity?: Resolver<ResolversTypes['ActivityEventConnection'], ParentType, ContextType, Partial<TenantActivityArgs>>;
  attachments?: Resolver<ResolversTypes['AttachmentConnection'], ParentType, ContextType, Partial<TenantAttachmentsArgs>>;
  changelog?: Resolver<ResolversTypes['EntityChangeConnection'], ParentType, ContextType, Partial<TenantChangelogArgs>>;
  comments?: Resolver<ResolversTypes['CommentConnection'], ParentType, ContextType, Partial<TenantCommentsArgs>>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  entityType?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  fieldAudits?: Resolver<ResolversTypes['FieldAuditConnection'], ParentType, ContextType, Partial<TenantFieldAuditsArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type UserResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User'], FederationReferenceType extends FederationReferenceTypes['User'] = FederationReferenceTypes['User']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['User']> | FederationReferenceType, FederationReferenceType, ContextType>;
  activity?: Resolver<ResolversTypes['ActivityEventConnection'], ParentType, ContextType, Partial<UserActivityArgs>>;
  assignedTasks?: Resolver<ResolversTypes['TaskConnection'], ParentType, ContextType, Partial<UserAssignedTasksArgs>>;
  attachments?: Resolver<ResolversTypes['AttachmentConnection'], ParentType, ContextType, Partial<UserAttachmentsArgs>>;
  changelog?: Resolver<ResolversTypes['EntityChangeConnection'], ParentType, ContextType, Partial<UserChangelogArgs>>;
  comments?: Resolver<ResolversTypes['CommentConnection'], ParentType, ContextType, Partial<UserCommentsArgs>>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entityType?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  fieldAudits?: Resolver<ResolversTypes['FieldAuditConnection'], ParentType, ContextType, Partial<UserFieldAuditsArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  preferences?: Resolver<ResolversTypes['UserPreferences'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  tenant?: Resolver<ResolversTypes['Tenant'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type UserPreferencesResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['UserPreferences'] = ResolversParentTypes['UserPreferences']> = {
  defaultProject?: Resolver<Maybe<ResolversTypes['Project']>, ParentType, ContextType>;
  locale?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  theme?: Resolver<ResolversTypes['Theme'], ParentType, ContextType>;
  timezone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type VendorResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Vendor'] = ResolversParentTypes['Vendor'], FederationReferenceType extends FederationReferenceTypes['Vendor'] = FederationReferenceTypes['Vendor']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Vendor']> | FederationReferenceType, FederationReferenceType, ContextType>;
  activity?: Resolver<ResolversTypes['ActivityEventConnection'], ParentType, ContextType, Partial<VendorActivityArgs>>;
  attachments?: Resolver<ResolversTypes['AttachmentConnection'], ParentType, ContextType, Partial<VendorAttachmentsArgs>>;
  changelog?: Resolver<ResolversTypes['EntityChangeConnection'], ParentType, ContextType, Partial<VendorChangelogArgs>>;
  comments?: Resolver<ResolversTypes['CommentConnection'], ParentType, ContextType, Partial<VendorCommentsArgs>>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  entityType?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  fieldAudits?: Resolver<ResolversTypes['FieldAuditConnection'], ParentType, ContextType, Partial<VendorFieldAuditsArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  purchaseOrders?: Resolver<ResolversTypes['PurchaseOrderConnection'], ParentType, ContextType, Partial<VendorPurchaseOrdersArgs>>;
  rating?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type Resolvers<ContextType = GatewayContext> = {
  ActivityEvent?: ActivityEventResolvers<ContextType>;
  ActivityEventConnection?: ActivityEventConnectionResolvers<ContextType>;
  ActivityEventEdge?: ActivityEventEdgeResolvers<ContextType>;
  Asset?: AssetResolvers<ContextType>;
  AssetConnection?: AssetConnectionResolvers<ContextType>;
  AssetEdge?: AssetEdgeResolvers<ContextType>;
  Attachment?: AttachmentResolvers<ContextType>;
  AttachmentConnection?: AttachmentConnectionResolvers<ContextType>;
  AttachmentEdge?: AttachmentEdgeResolvers<ContextType>;
  Comment?: CommentResolvers<ContextType>;
  CommentConnection?: CommentConnectionResolvers<ContextType>;
  CommentEdge?: CommentEdgeResolvers<ContextType>;
  Dashboard?: DashboardResolvers<ContextType>;
  DashboardTile?: DashboardTileResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  Entity?: EntityResolvers<ContextType>;
  EntityChange?: EntityChangeResolvers<ContextType>;
  EntityChangeConnection?: EntityChangeConnectionResolvers<ContextType>;
  EntityChangeEdge?: EntityChangeEdgeResolvers<ContextType>;
  EntityDocument?: EntityDocumentResolvers<ContextType>;
  FieldAudit?: FieldAuditResolvers<ContextType>;
  FieldAuditConnection?: FieldAuditConnectionResolvers<ContextType>;
  FieldAuditEdge?: FieldAuditEdgeResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  Notification?: NotificationResolvers<ContextType>;
  NotificationConnection?: NotificationConnectionResolvers<ContextType>;
  NotificationEdge?: NotificationEdgeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Project?: ProjectResolvers<ContextType>;
  ProjectConnection?: ProjectConnectionResolvers<ContextType>;
  ProjectEdge?: ProjectEdgeResolvers<ContextType>;
  PurchaseOrder?: PurchaseOrderResolvers<ContextType>;
  PurchaseOrderConnection?: PurchaseOrderConnectionResolvers<ContextType>;
  PurchaseOrderEdge?: PurchaseOrderEdgeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Report?: ReportResolvers<ContextType>;
  ReportType?: ReportTypeResolvers<ContextType>;
  Snapshot?: SnapshotResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  Task?: TaskResolvers<ContextType>;
  TaskConnection?: TaskConnectionResolvers<ContextType>;
  TaskEdge?: TaskEdgeResolvers<ContextType>;
  Tenant?: TenantResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserPreferences?: UserPreferencesResolvers<ContextType>;
  Vendor?: VendorResolvers<ContextType>;
};

