import type { OutboxRow } from '../audit/changelog';
import type { AlertCondition, AlertMetric } from './metrics';

/** The metrics an entity change is evaluated against, each with its test of one config. */
type Column = Record<string, unknown> | null;
const column = (row: Column, name: string) => row?.[name];
const amount = (row: Column) => (row?.total_amount == null ? undefined : Number(row.total_amount));
const touched = (change: OutboxRow, name: string) => change.operation === 'INSERT' || change.changed_fields.includes(name);

/** Whether a value meets the condition; "changed" is judged on the pair, not on one value. */
function holds(condition: AlertCondition, threshold: number, value: number | undefined): boolean {
  if (value === undefined || Number.isNaN(value)) return false;
  switch (condition) {
    case 'above': return value > threshold;
    case 'below': return value < threshold;
    case 'equals': return value === threshold;
    case 'changed': return false;
  }
}

/**
 * Crossing semantics: a threshold alert fires when the change makes the condition true, that is
 * for a row created meeting it, or changed from not meeting it to meeting it. A row that already
 * met it and is edited again (its status, or its amount from 12,000 to 15,000 over a threshold
 * of 10,000) does not fire again; one that drops below and comes back over does. "changed" fires
 * whenever the value differs from before, creation included. Deleting a row fires nothing.
 */
export function crossed(condition: AlertCondition, threshold: number | null | undefined, before: number | undefined, after: number | undefined): boolean {
  if (after === undefined) return false;
  if (condition === 'changed') return before !== after;
  if (threshold == null) return false;
  return holds(condition, threshold, after) && !holds(condition, threshold, before);
}

/** The metrics a change may concern, before any config is read: most changes concern none. */
export function metricsOfChange(change: OutboxRow): AlertMetric[] {
  if (change.operation === 'DELETE') return [];
  const metrics: AlertMetric[] = [];
  if (change.entity_type === 'task' && touched(change, 'assignee_id') && column(change.after, 'assignee_id') != null) metrics.push('task.assigned_to_me');
  if (change.entity_type === 'purchase_order' && touched(change, 'total_amount')) metrics.push('purchase_order.total_amount');
  if (change.operation === 'UPDATE' && change.changed_fields.includes('status')) metrics.push('followed.status_changed');
  return metrics;
}

/** What the config's owner is asked about the change; `follows` answers from their bookmarks. */
export interface ChangeContext {
  follows(userId: string): boolean;
}

/** Whether one config (of the change's tenant, watching one of metricsOfChange) matches the change. */
export function changeMatches(
  config: { user_id: string; metric: string; condition: AlertCondition; threshold?: number | null | undefined },
  change: OutboxRow, context: ChangeContext,
): boolean {
  switch (config.metric as AlertMetric) {
    case 'task.assigned_to_me':
      return column(change.after, 'assignee_id') === config.user_id && column(change.before, 'assignee_id') !== config.user_id;
    case 'purchase_order.total_amount':
      return crossed(config.condition, config.threshold, change.operation === 'INSERT' ? undefined : amount(change.before), amount(change.after));
    case 'followed.status_changed':
      return context.follows(config.user_id);
    default:
      return false;
  }
}
