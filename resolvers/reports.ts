import type { Resolvers } from '../src/__generated__/resolvers';
import { authorized } from '../src/context';
import { badUserInput } from '../src/errors';
import { reportTypes, type ReportType } from '../src/reports/registry';

/** Validates type and params against the report registry; the parsed params are canonical. */
function parseReport(type: string, params: unknown): { type: ReportType; params: object } {
  if (!Object.hasOwn(reportTypes, type)) {
    throw badUserInput(`Unknown report type "${type}". Known: ${Object.keys(reportTypes).join(', ')}.`, 'type');
  }
  const parsed = reportTypes[type as ReportType].params.safeParse(params ?? {});
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'params'}: ${issue.message}`);
    throw badUserInput(`Invalid params for report "${type}": ${problems.join('; ')}.`, 'params');
  }
  return { type: type as ReportType, params: parsed.data as object };
}

export const reportResolvers: Resolvers = {
  Query: {
    report: async (_root, args, context) => {
      const { loaders } = authorized(context);
      const { type, params } = parseReport(args.type, args.params);
      return { type, params, ...(await loaders.caches.report(type, params)) };
    },
    reportTypes: () =>
      Object.entries(reportTypes).map(([name, spec]) => ({ name, description: spec.description, ttlSeconds: spec.ttlSeconds })),
  },
  Mutation: {
    invalidateReport: async (_root, args, context) => {
      const { loaders } = authorized(context);
      const { type, params } = parseReport(args.type, args.params);
      await loaders.caches.invalidateReport(type, params);
      return true;
    },
  },
  Report: {
    data: (report) => report.entry.data,
    generatedAt: (report) => report.entry.computedAt,
    expiresAt: (report) => report.entry.expiresAt,
  },
};
