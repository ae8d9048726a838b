import { date, defineEnum, defineObject, enumOf, float, int, json, listOf, objectOf, optional, row, string } from '../shape';
import { defineCollection } from '../types';
import { afterDays, tenant } from './shared';

const HttpMethod = defineEnum('HttpMethod', ['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);
const RequestDirection = defineEnum('RequestDirection', ['inbound', 'outbound'],
  'Inbound: a client called this API. Outbound: this API called another service.');
const WebhookStatus = defineEnum('WebhookStatus', ['pending', 'delivered', 'failed']);
const SyncDirection = defineEnum('SyncDirection', ['import', 'export']);
const SyncStatus = defineEnum('SyncStatus', ['running', 'succeeded', 'partial', 'failed']);
const SyncError = defineObject('SyncError', {
  record_id: optional(string({ description: "The external system's id of the record that failed." })),
  message: string(),
});

// 2. API and integration logs: kept for debugging only.
export const integration = [
  defineCollection({
    name: 'api_request_log', category: 'integration', tenantField: tenant,
    summary: 'Inbound/outbound HTTP request + response payloads',
    // 30 days, the lower bound of "30-90 days": full payloads on every call make this the
    // heaviest log of all, and a month covers any debugging session.
    timeField: 'created_at', polymorphic: false, retention: afterDays('created_at', 30),
    indexes: [
      { name: 'request_id', key: { tenant_id: 1, request_id: 1 } },
      { name: 'endpoint_time', key: { tenant_id: 1, endpoint: 1, created_at: -1 } },
      // One GraphQL operation's calls, newest first: all of them share the endpoint /graphql.
      { name: 'operation_time', key: { tenant_id: 1, operation_name: 1, created_at: -1 } },
      // "Which requests failed": by status code, newest first.
      { name: 'status_time', key: { tenant_id: 1, status_code: 1, created_at: -1 } },
    ],
    fields: {
      request_id: string({ description: "Joins the request to its error_log entries and the client's error." }),
      direction: enumOf(RequestDirection),
      method: enumOf(HttpMethod),
      endpoint: string({ description: 'The path called (/graphql) or, outbound, the URL.' }),
      operation_name: optional(string({ description: 'The GraphQL operation, for calls of /graphql that name one.' })),
      operation_hash: optional(string({ description: 'SHA-256 of the GraphQL document, for grouping.' })),
      status_code: int(),
      duration_ms: float(),
      error_codes: listOf(string()),
      user_id: optional(row('USER')),
      ip_address: optional(string({ internal: true })),
      // Only when sampling asks for them, with tokens and secrets redacted.
      request_body: optional(json()),
      response_body: optional(json()),
      created_at: date(),
    },
    graphql: { type: 'ApiRequest', list: 'apiRequests', description: 'One HTTP request to or from this API (api_request_log).' },
  }),
  defineCollection({
    name: 'webhook_event_log', category: 'integration', tenantField: tenant,
    summary: 'Webhook delivery attempts and responses',
    // 90 days, the upper bound of "30-90 days": few documents, and partners dispute missed
    // deliveries weeks after the fact.
    timeField: 'created_at', polymorphic: false, retention: afterDays('created_at', 90),
    indexes: [
      { name: 'webhook_time', key: { tenant_id: 1, webhook_id: 1, created_at: -1 } },
      { name: 'status_time', key: { tenant_id: 1, status: 1, created_at: -1 } },
      // Only failed attempts wait for a retry, so the retry scanner indexes just those.
      {
        name: 'retry_due', key: { tenant_id: 1, next_retry_at: 1 },
        partialFilterExpression: { status: 'failed' },
      },
    ],
    fields: {
      webhook_id: string({ description: 'The subscription this delivery belongs to.' }),
      event_type: string(),
      target_url: string(),
      attempt: int(),
      status: enumOf(WebhookStatus),
      response_status: optional(int()),
      response_body: optional(string()),
      error: optional(string()),
      next_retry_at: optional(date()),
      created_at: date(),
    },
    graphql: { type: 'WebhookEvent', list: 'webhookEvents', description: 'One attempt to deliver a webhook (webhook_event_log).' },
  }),
  defineCollection({
    name: 'integration_sync_log', category: 'integration', tenantField: tenant,
    summary: 'Sync job execution details per external system',
    timeField: 'started_at', polymorphic: false, retention: afterDays('started_at', 90),
    indexes: [
      { name: 'system_time', key: { tenant_id: 1, system: 1, started_at: -1 } },
      { name: 'status_time', key: { tenant_id: 1, status: 1, started_at: -1 } },
    ],
    fields: {
      system: string({ description: 'The external system, e.g. quickbooks or sap.' }),
      direction: enumOf(SyncDirection),
      status: enumOf(SyncStatus),
      records_processed: int(),
      records_failed: int(),
      errors: listOf(objectOf(SyncError)),
      started_at: date(),
      finished_at: optional(date()),
    },
    graphql: { type: 'IntegrationSync', list: 'integrationSyncs', description: 'One run of a sync with an external system (integration_sync_log).' },
  }),
] as const;
