import type { DocumentOf } from '../catalogue/documents';

export type AlertCondition = DocumentOf<'user_alert_config'>['condition'];

export interface AlertMetricSpec {
  description: string;
  /**
   * The conditions that mean something for it: a number crossing a threshold, or an event (a
   * task assigned) that only ever "changes".
   */
  conditions: readonly AlertCondition[];
  /** The thresholds that can be met, where the metric has bounds (a share is 0 to 1). */
  min?: number;
  max?: number;
  /** Who may watch it; every user of the tenant when unset. Operational numbers are the admins'. */
  roles?: readonly string[];
}

const NUMERIC = ['above', 'below', 'equals', 'changed'] as const;

/**
 * What the alert evaluator watches (seed 000: user_alert_config, "custom alert thresholds"), as
 * data: the only metrics an alert config may name, each with the conditions that fit it. The
 * demo data's alerts are made of these.
 */
export const alertMetrics = {
  'purchase_order.total_amount': {
    description: "A purchase order's total amount, in its currency, when one is created or changed.", conditions: NUMERIC, min: 0,
  },
  'project.budget_remaining': {
    description: "A project's budget less its committed purchase-order spend.", conditions: NUMERIC,
  },
  'task.assigned_to_me': {
    description: 'A task is assigned to the watcher.', conditions: ['changed'],
  },
  'followed.status_changed': {
    description: 'The status of a row the watcher bookmarked (a project, task, asset or purchase order) changes.', conditions: ['changed'],
  },
  'message.mentioned_me': {
    description: 'The watcher is mentioned in a chat message.', conditions: ['changed'],
  },
  'system.error_rate': {
    description: "The share of the tenant's requests that fail, 0 to 1.", conditions: NUMERIC, min: 0, max: 1, roles: ['admin'],
  },
  'integration.sync_failed': {
    description: 'Integration syncs that failed in the last hour.', conditions: NUMERIC, min: 0, roles: ['admin'],
  },
} satisfies Record<string, AlertMetricSpec>;

export type AlertMetric = keyof typeof alertMetrics;

/** Metric names arrive from clients as strings: this is where they become known ones, or not. */
export const isAlertMetric = (name: string): name is AlertMetric => Object.hasOwn(alertMetrics, name);

/** Conditions that compare against a number need one; "changed" takes none. */
export const needsThreshold = (condition: AlertCondition) => condition !== 'changed';
