import { z } from 'zod';
import type { EntityKind } from '../registry/entities';
import type { KpiStore } from '../stores/kpis';

const HOUR = 3600;
const DAY = 24 * HOUR;

export interface ReportSpec<Params extends z.ZodType = z.ZodType> {
  description: string;
  /**
   * Parsing returns params with keys in schema order and lists sorted, so two requests that
   * mean the same thing hash to the same cache key whatever order the client wrote them in.
   */
  params: Params;
  /** Seed 000: report_cache keeps a rendered report between 1 hour and 30 days. */
  ttlSeconds: number;
  inputs: readonly EntityKind[];
  generate: (kpis: KpiStore, params: z.output<Params>) => Promise<unknown>;
}

const define = <P extends z.ZodType>(spec: ReportSpec<P>) => spec;
const isoDate = z.iso.date();
const sortedUnique = <T extends string>(values: T[]) => [...new Set(values)].sort();

export const reportTypes = {
  'budget-vs-spend': define({
    description: 'Budget against committed purchase-order spend, per project.',
    params: z.strictObject({
      statuses: z.array(z.enum(['PLANNED', 'ACTIVE', 'ON_HOLD', 'COMPLETED', 'CANCELLED'])).default([]).transform(sortedUnique),
    }),
    ttlSeconds: HOUR,
    inputs: ['PROJECT', 'PURCHASE_ORDER'],
    generate: (kpis, p) => kpis.budgetVsSpend(p.statuses),
  }),
  'vendor-spend': define({
    description: 'Committed spend per vendor between two order dates (inclusive).',
    params: z.strictObject({ from: isoDate.optional(), to: isoDate.optional() })
      .refine((p) => !p.from || !p.to || p.from <= p.to, { message: 'from must not be after to', path: ['from'] }),
    ttlSeconds: 6 * HOUR,
    inputs: ['PURCHASE_ORDER', 'VENDOR'],
    generate: (kpis, p) => kpis.spendByVendor(p.from, p.to),
  }),
  'task-throughput': define({
    description: 'Tasks created and completed per ISO week.',
    params: z.strictObject({ weeks: z.number().int().min(1).max(52).default(8), projectId: z.uuid().optional() }),
    ttlSeconds: HOUR,
    inputs: ['TASK'],
    generate: (kpis, p) => kpis.taskThroughput(p.weeks, p.projectId),
  }),
  'asset-register': define({
    description: 'Book value of assets by status.',
    params: z.strictObject({}),
    ttlSeconds: 30 * DAY,
    inputs: ['ASSET'],
    generate: (kpis) => kpis.assetValueByStatus(),
  }),
} satisfies Record<string, ReportSpec>;

export type ReportType = keyof typeof reportTypes;
