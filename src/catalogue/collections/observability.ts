import { boolean, date, defineEnum, enumOf, float, int, json, optional, string } from '../shape';
import { defineCollection } from '../types';
import { afterDays, tenant } from './shared';

const JobStatus = defineEnum('JobStatus', ['queued', 'running', 'succeeded', 'failed']);
const HealthStatus = defineEnum('HealthStatus', ['up', 'degraded', 'down']);
const ErrorSeverity = defineEnum('ErrorSeverity', ['warning', 'error', 'critical']);

// 9. System observability. 30 days of "7-90 days" for metrics: month-over-month capacity
// comparisons; longer trends are exported to Prometheus/Grafana (seed integration points).
export const observability = [
  defineCollection({
    name: 'performance_metric', category: 'observability', tenantField: tenant,
    summary: 'Response times, throughput, error rates per endpoint',
    timeField: 'created_at', polymorphic: false, retention: afterDays('created_at', 30),
    indexes: [{ name: 'endpoint_time', key: { tenant_id: 1, endpoint: 1, created_at: -1 } }],
    fields: {
      endpoint: string(),
      window_seconds: int({ description: 'The length of the window the numbers cover, ending at createdAt.' }),
      request_count: int(),
      error_count: int(),
      p50_ms: float(),
      p95_ms: float(),
      p99_ms: float(),
      created_at: date(),
    },
    graphql: { type: 'PerformanceMetric', list: 'performanceMetrics', description: "One endpoint's numbers over one window (performance_metric)." },
  }),
  defineCollection({
    name: 'background_job_log', category: 'observability', tenantField: tenant,
    summary: 'Job execution details: params, duration, output, errors',
    timeField: 'started_at', polymorphic: false, retention: afterDays('started_at', 30),
    indexes: [
      { name: 'job_time', key: { tenant_id: 1, job_name: 1, started_at: -1 } },
      { name: 'status_time', key: { tenant_id: 1, status: 1, started_at: -1 } },
    ],
    fields: {
      job_name: string(),
      status: enumOf(JobStatus),
      params: optional(json({ description: "The job's own parameters." })),
      output: optional(json()),
      error: optional(string()),
      duration_ms: optional(float()),
      started_at: date(),
      finished_at: optional(date()),
    },
    graphql: { type: 'JobRun', list: 'jobRuns', description: 'One run of a background job (background_job_log).' },
  }),
  defineCollection({
    name: 'system_health_event', category: 'observability', tenantField: tenant,
    summary: 'CPU/memory/disk alerts, service health checks',
    timeField: 'created_at', polymorphic: false, retention: afterDays('created_at', 30),
    indexes: [
      { name: 'service_time', key: { tenant_id: 1, service: 1, created_at: -1 } },
      { name: 'status_time', key: { tenant_id: 1, status: 1, created_at: -1 } },
    ],
    fields: {
      service: string({ description: 'postgres, mongodb, redis, or a host resource such as disk.' }),
      status: enumOf(HealthStatus),
      metric: optional(string({ description: 'For resource alerts: cpu, memory, disk …' })),
      value: optional(float()),
      message: string(),
      created_at: date(),
    },
    graphql: { type: 'HealthEvent', list: 'healthEvents', description: 'A health check result or resource alert (system_health_event).' },
  }),
  defineCollection({
    name: 'error_log', category: 'observability', tenantField: tenant,
    summary: 'Structured error logs with stack traces and context',
    timeField: 'created_at', polymorphic: false, retention: afterDays('created_at', 90),
    indexes: [
      // Occurrences of one error are grouped by fingerprint; request_id joins it to its API call.
      { name: 'fingerprint_time', key: { tenant_id: 1, fingerprint: 1, created_at: -1 } },
      { name: 'request_id', key: { tenant_id: 1, request_id: 1 } },
      // The triage list: unresolved errors, by severity.
      { name: 'resolved_severity_time', key: { tenant_id: 1, resolved: 1, severity: 1, created_at: -1 } },
    ],
    fields: {
      request_id: optional(string()),
      fingerprint: string({ description: 'Same error, same place: what occurrences are grouped by.' }),
      severity: enumOf(ErrorSeverity),
      error_type: string(),
      message: string(),
      stack: optional(string()),
      context: optional(json({ description: 'Operation name, path, variables shape: what was going on.' })),
      resolved: boolean(),
      resolved_at: optional(date()),
      created_at: date(),
    },
    graphql: { type: 'ErrorLogEntry', list: 'errorLog', description: 'An unexpected error with its stack and context (error_log).' },
  }),
] as const;
