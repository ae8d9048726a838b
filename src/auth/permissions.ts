import type { CollectionName } from '../catalogue/collections';
import type { EntityKind } from '../registry/entities';
import { hasRole, type Viewer } from './viewer';

/**
 * Who may do what, in one table: operations that need a role (checked in the pipeline before
 * anything runs, for HTTP and the streaming transports alike), reads of each document collection
 * (applied in the loaders to every read), writes of each entity kind, and purchase-order moves.
 * Roles come from the token: `admin` (everything of the tenant), `member` (the day-to-day work),
 * `sender` (may send notifications).
 */
const admin = ['admin'] as const;
const staff = ['admin', 'member'] as const;

// ------------------------------------------------------------------------------ operations ---

/** Root fields only some roles may run; any other root field is open to every user of the tenant. */
export const operationRoles: Readonly<Record<string, readonly string[]>> = {
  'Mutation.refreshDashboard': admin,
  'Mutation.invalidateReport': admin,
  'Mutation.sendNotification': ['sender'],
  'Mutation.recordReadings': staff,
};

/** The root field of `coordinates` the viewer may not run, if any. */
export function forbiddenRootField(viewer: Viewer, coordinates: readonly string[]): string | undefined {
  return coordinates.find((coordinate) => {
    const roles = operationRoles[coordinate];
    return roles !== undefined && !roles.some((role) => hasRole(viewer, role));
  });
}

// ----------------------------------------------------------------------------------- reads ---

/**
 * Who may read each document collection. Every rule is within the reader's tenant:
 *
 * - `members`: every user of the tenant.
 * - `owner`: only the user the document names in `field` (their settings, their history).
 * - `admins`: users with the admin role (operational logs, which show everyone's requests).
 * - `conversation`: the members of the conversation the document's `field` names (chat messages;
 *   who is in which conversation is in PostgreSQL, src/stores/chat.ts).
 *
 * `platform: true` adds the documents of the platform (the `global` tenant, seed 004), such as
 * default layouts and shared models: readable by every tenant beside its own, written by none.
 */
export type ReadRule =
  | { readonly kind: 'members'; readonly platform?: boolean }
  | { readonly kind: 'owner'; readonly field: string; readonly platform?: boolean }
  | { readonly kind: 'admins' }
  | { readonly kind: 'conversation'; readonly field: string };

const members = { kind: 'members' } as const;
const admins = { kind: 'admins' } as const;
const owner = (field: string, platform = false) => ({ kind: 'owner', field, ...(platform && { platform }) }) as const;

export const readAccess = {
  entity_changelog: members,
  field_audit_log: members,
  api_request_log: admins,
  webhook_event_log: admins,
  integration_sync_log: admins,
  user_activity_event: members,
  search_query_log: owner('user_id'),
  feature_usage_metric: members,
  chat_message: { kind: 'conversation', field: 'channel_id' },
  comment_thread: members,
  email_communication: members,
  notification_delivery: owner('recipient_id'),
  push_notification_log: members,
  sms_delivery_log: members,
  report_cache: members,
  dashboard_snapshot: members,
  analytics_aggregate: members,
  search_index_cache: members,
  user_preference: owner('user_id'),
  dashboard_layout: owner('user_id', true),
  user_favorite: owner('user_id'),
  user_alert_config: owner('user_id'),
  ml_training_dataset: members,
  ml_model_registry: { kind: 'members', platform: true },
  ml_prediction_log: members,
  nlp_query_history: owner('user_id'),
  ai_conversation: owner('user_id'),
  performance_metric: admins,
  background_job_log: admins,
  system_health_event: admins,
  error_log: admins,
  attachment_metadata: members,
  asset_reading: members,
} as const satisfies Record<CollectionName, ReadRule>;

/** What the README and the SDL say about a rule. */
export function describeAccess(rule: ReadRule): string {
  switch (rule.kind) {
    case 'members':
      return rule.platform ? "the tenant's members (and the platform's shared documents by every tenant)" : "the tenant's members";
    case 'owner':
      return rule.platform ? "the user it belongs to (and the platform's shared documents by every tenant)" : 'the user it belongs to';
    case 'admins':
      return "the tenant's admins";
    case 'conversation':
      return 'the members of its conversation';
  }
}

// ---------------------------------------------------------------------------------- writes ---

/**
 * Who may create, change and delete each kind. A kind or an action that is not listed is refused
 * to everyone: users and tenants are not written through the graph.
 */
export type WriteAction = 'create' | 'update' | 'delete';

export const writePermissions = {
  PROJECT: { create: admin, update: staff, delete: admin },
  TASK: { create: staff, update: staff, delete: admin },
  ASSET: { create: admin, update: admin, delete: admin },
  VENDOR: { create: admin, update: admin, delete: admin },
  PURCHASE_ORDER: { create: staff, update: staff, delete: admin },
} as const satisfies Partial<Record<EntityKind, Record<WriteAction, readonly string[]>>>;

export function mayWrite(viewer: Viewer, kind: EntityKind, action: WriteAction): boolean {
  const roles: readonly string[] | undefined = (writePermissions as Partial<Record<EntityKind, Record<WriteAction, readonly string[]>>>)[kind]?.[action];
  return roles?.some((role) => hasRole(viewer, role)) ?? false;
}

// ------------------------------------------------------------------------ authored documents ---

/**
 * Comments and attachments belong to whoever wrote them. Every user of the tenant may add them to
 * any row of it; changing or removing one is its author's, and the roles listed may do it to
 * anyone's (admins moderate: they remove someone's words or files, they never rewrite them). An
 * action that is not listed is its author's alone.
 */
export type AuthoredAction = 'edit' | 'delete';

/** The author is comment_thread.author_id, attachment_metadata.uploaded_by. */
export const authoredPermissions = {
  comment_thread: { edit: [], delete: admin },
  attachment_metadata: { delete: admin },
} as const satisfies Partial<Record<CollectionName, Partial<Record<AuthoredAction, readonly string[]>>>>;

export type AuthoredCollection = keyof typeof authoredPermissions;

/** `any`: the viewer may act on anyone's document of the collection; `own`: only on their own. */
export function authoredReach(viewer: Viewer, collection: AuthoredCollection, action: AuthoredAction): 'any' | 'own' {
  const roles: readonly string[] = (authoredPermissions[collection] as Partial<Record<AuthoredAction, readonly string[]>>)[action] ?? [];
  return roles.some((role) => hasRole(viewer, role)) ? 'any' : 'own';
}

/**
 * A purchase order's status moves only forward along these edges, each open to the roles listed
 * (approval is an admin's); staying where it is, is always allowed. RECEIVED and CANCELLED are final.
 */
export const purchaseOrderTransitions: Record<string, Record<string, readonly string[]>> = {
  DRAFT: { SUBMITTED: staff, CANCELLED: staff },
  SUBMITTED: { APPROVED: admin, DRAFT: staff, CANCELLED: admin },
  APPROVED: { RECEIVED: staff, CANCELLED: admin },
  RECEIVED: {},
  CANCELLED: {},
};

/** A new purchase order starts as a draft or goes straight to approval. */
export const purchaseOrderInitialStatuses = ['DRAFT', 'SUBMITTED'];

/** `allowed`, `forbidden` (the move exists, not for this viewer's roles) or `impossible`. */
export function purchaseOrderMove(viewer: Viewer, from: string, to: string): 'allowed' | 'forbidden' | 'impossible' {
  if (from === to) return 'allowed';
  const roles = purchaseOrderTransitions[from]?.[to];
  if (!roles) return 'impossible';
  return roles.some((role) => hasRole(viewer, role)) ? 'allowed' : 'forbidden';
}
