import type { CollectionName } from './collections';

/**
 * Who may read a collection, in one table. Every rule is within the reader's tenant:
 *
 * - `members`: every user of the tenant.
 * - `owner`: only the user the document names in `field` (their settings, their history).
 * - `admins`: users with the admin role (operational logs, which show everyone's requests).
 *
 * `platform: true` adds the documents of the platform (the `global` tenant, seed 004), such as
 * default layouts and shared models: readable by every tenant beside its own, written by none.
 */
export type ReadRule =
  | { readonly kind: 'members'; readonly platform?: boolean }
  | { readonly kind: 'owner'; readonly field: string; readonly platform?: boolean }
  | { readonly kind: 'admins' };

export const PLATFORM_TENANT = 'global';

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
  chat_message: members,
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
  }
}
