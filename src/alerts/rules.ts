import { hasRole, type Viewer } from '../auth/viewer';
import type { DocumentOf } from '../catalogue/documents';
import { badUserInput, forbidden } from '../errors';
import { alertMetrics, isAlertMetric, needsThreshold, type AlertCondition, type AlertMetricSpec } from './metrics';

type AlertConfigDoc = DocumentOf<'user_alert_config'>;
export type AlertChannel = AlertConfigDoc['channels'][number];

/** At most this many alert configs per user; names at most this long. */
export const ALERT_LIMITS = { perUser: 50, name: 100 } as const;

/** What decides when an alert fires: checked together, since each depends on the others. */
export interface AlertRule {
  metric: string;
  condition: AlertCondition;
  threshold?: number | null;
}

export const checkedAlertName = (name: string) => {
  const trimmed = name.trim();
  if (trimmed.length === 0 || trimmed.length > ALERT_LIMITS.name) throw badUserInput(`name is 1 to ${ALERT_LIMITS.name} characters.`, 'name');
  return trimmed;
};

/** Distinct channels, at least one: an alert that reaches nobody is a mistake. */
export const checkedChannels = (channels: readonly AlertChannel[]): AlertChannel[] => {
  if (channels.length === 0) throw badUserInput('channels must name at least one channel.', 'channels');
  return [...new Set(channels)];
};

/** The metrics a viewer may watch, in the registry's order. */
export const watchableMetrics = (viewer: Viewer): [string, AlertMetricSpec][] =>
  Object.entries(alertMetrics as Record<string, AlertMetricSpec>).filter(([, spec]) => !spec.roles || spec.roles.some((role) => hasRole(viewer, role)));

/**
 * The rule as stored: a metric the evaluator knows and the viewer may watch, a condition that fits
 * it, and a threshold exactly when the condition compares against one, within the metric's range.
 */
export function checkedRule(viewer: Viewer, rule: AlertRule): { metric: string; condition: AlertCondition; threshold: number | null } {
  if (!isAlertMetric(rule.metric)) throw badUserInput(`Unknown metric "${rule.metric}"; alertMetrics lists them.`, 'metric');
  const spec: AlertMetricSpec = alertMetrics[rule.metric];
  if (spec.roles && !spec.roles.some((role) => hasRole(viewer, role))) throw forbidden(`Only ${spec.roles.join(' or ')}s may watch ${rule.metric}.`);
  if (!spec.conditions.includes(rule.condition)) {
    throw badUserInput(`${rule.metric} can be watched for ${spec.conditions.join(', ')}, not ${rule.condition}.`, 'condition');
  }
  const threshold = rule.threshold ?? null;
  if (needsThreshold(rule.condition)) {
    if (threshold === null) throw badUserInput(`A threshold is required for ${rule.condition}.`, 'threshold');
    if ((spec.min !== undefined && threshold < spec.min) || (spec.max !== undefined && threshold > spec.max)) {
      throw badUserInput(`The threshold of ${rule.metric} is ${spec.min ?? '-∞'} to ${spec.max ?? '∞'}.`, 'threshold');
    }
  } else if (threshold !== null) {
    throw badUserInput(`${rule.condition} takes no threshold.`, 'threshold');
  }
  return { metric: rule.metric, condition: rule.condition, threshold };
}
