import type { Chart, ChartRow } from './chart';

/* eslint-disable @typescript-eslint/no-explicit-any -- each benchmark's JSON is its own shape */
type Results = any;

const isBaseline = (text: string) => /^(baseline|bare|floor)|PostGraphile|bare Apollo|naive|PostgreSQL alone/.test(text);

/**
 * How each benchmark's results (bench/results/<name>.json) are drawn: its rows as labels, with
 * their throughput and p99. One place for all of them, so `npm run bench:charts` can redraw every
 * picture from the results already written.
 */
export const charts: Record<string, (results: Results) => Chart> = {
  bridge: (r) => ({
    title: `Document bridge: ${r.query ?? 'N rows with their documents'}`,
    rows: r.rows.map((row: any): ChartRow => ({ label: `N=${row.N}, ${row.resolvers}`, throughput: row['req/s'], p99Ms: row['p99 ms'], baseline: row.resolvers === 'naive' })),
  }),
  cache: (r) => ({
    title: 'Dashboard "overview" from each cache layer',
    rows: r.rows.map((row: any): ChartRow => ({ label: row.path, throughput: row['req/s'], p99Ms: row['p99 ms'], baseline: isBaseline(row.path) })),
  }),
  chat: (r) => ({
    title: `Chat: posts delivered live to ${r.members} members online in ${r.conversations} conversations`,
    throughputLabel: 'deliveries/s',
    rows: r.posts.map((row: any): ChartRow => ({ label: row.path, throughput: row['deliveries/s'], p99Ms: row['delivery p99 ms'], baseline: isBaseline(row.path) })),
  }),
  faults: (r) => ({
    title: 'While a dependency is stopped: operations answered, and their p99',
    throughputLabel: 'answered during the fault',
    rows: r.rows.map((row: any): ChartRow => ({ label: `${row.fault}: ${row.operation}`, throughput: row['ok during'], p99Ms: row['p99 ms'] })),
  }),
  live: (r) => ({
    title: `Live notifications to ${r.subscribers ?? ''} subscribers`,
    throughputLabel: 'deliveries/s',
    rows: r.rows.map((row: any): ChartRow => ({ label: `${row.path}, ${row.load}`, throughput: row['deliveries/s'], p99Ms: row['p99 ms'], baseline: isBaseline(row.path) })),
  }),
  logs: (r) => ({
    title: '{ me { id } } with the request log on and off',
    rows: r.rows.map((row: any): ChartRow => ({ label: `request log ${row['request log']}`, throughput: row['req/s (median)'], p99Ms: row['p99 ms'], baseline: row['request log'] === 'off' })),
  }),
  peer: (r) => ({
    title: 'Against PostGraphile 5 and a bare Apollo Server 5, same database',
    rows: r.rows.map((row: any): ChartRow => ({ label: `${row.query}: ${row.server}`, throughput: row['req/s (median)'], p99Ms: row['p99 ms'], baseline: row.server !== 'ours' })),
  }),
  router: (r) => ({
    title: 'Direct and through Hive Gateway',
    rows: r.rows.map((row: any): ChartRow => ({ label: `${row.path}: ${row.query}`, throughput: row['req/s'], p99Ms: row['p99 ms'], baseline: row.path.startsWith('direct') })),
  }),
  soak: (r) => ({
    title: `Soak: ${r.sockets ?? ''} sockets for ${r.minutes ?? ''} minutes, minute by minute`,
    throughputLabel: 'queries/s', latencyLabel: 'event-loop p99 ms',
    rows: r.rows.map((row: any): ChartRow => ({ label: `minute ${row.minute}`, throughput: row['queries/s'], p99Ms: row['event-loop p99 ms'] })),
  }),
  writes: (r) => ({
    title: 'Audited writes: the outbox against PostgreSQL alone',
    rows: Object.entries(r.results).map(([label, row]: [string, any]): ChartRow => ({ label, throughput: row.requestsPerSecond, p99Ms: row.p99Ms, baseline: isBaseline(label) })),
  }),
};
