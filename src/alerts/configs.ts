import type { Db } from 'mongodb';
import type { DocumentOf } from '../catalogue/documents';
import { asDocument } from '../catalogue/validate';
import type { AlertMetric } from './metrics';

export type AlertConfigDoc = DocumentOf<'user_alert_config'>;

/**
 * The enabled configs watching any of `metrics` in any of `tenants`: one find on the collection's
 * active_metric index (tenant_id, metric; partial on enabled: true, so the filter must say
 * enabled: true for the planner to use it). `users` narrows it to some owners (mentions).
 * A config this gateway cannot read (written half-formed by another service) is skipped: it must
 * not hold up the relay, which retries a batch that throws.
 */
export async function activeConfigs(
  mongo: Db, tenants: readonly string[], metrics: readonly AlertMetric[], users?: readonly string[],
): Promise<AlertConfigDoc[]> {
  if (tenants.length === 0 || metrics.length === 0 || users?.length === 0) return [];
  const found = await mongo.collection('user_alert_config').find({
    tenant_id: { $in: [...tenants] }, metric: { $in: [...metrics] }, enabled: true, ...(users && { user_id: { $in: [...users] } }),
  }).toArray();
  return found.flatMap((raw) => asDocument('user_alert_config', raw) ?? []);
}

/** Configs by tenant, then metric: a change is only ever compared with its own tenant's. */
export function byTenantAndMetric(configs: readonly AlertConfigDoc[]): Map<string, Map<string, AlertConfigDoc[]>> {
  const grouped = new Map<string, Map<string, AlertConfigDoc[]>>();
  for (const config of configs) {
    const metrics = grouped.get(config.tenant_id) ?? new Map<string, AlertConfigDoc[]>();
    grouped.set(config.tenant_id, metrics);
    metrics.set(config.metric, [...(metrics.get(config.metric) ?? []), config]);
  }
  return grouped;
}
