import { entityRegistry } from '../../registry/entities';
import { DAY, HOUR, MINUTE, words, type Draft, type Drafts, type SeedContext, type Target } from './context';

type Activity = Draft<'user_activity_event'>;

const pageOf = (target: Target) => `/${entityRegistry[target.kind].entityType.replace('_', '-')}s/${target.id}`;

/** Page views and clicks: on rows' pages (bridged), and on dashboards, which are about no row. */
function activities(ctx: SeedContext): Activity[] {
  const { random } = ctx;
  const events: Activity[] = [];
  const session = () => ctx.hex(24);
  for (const target of ctx.targets) {
    if (!random.chance(target.kind === 'PROJECT' ? 0.8 : 0.3)) continue;
    const user_id = ctx.someone();
    const page = pageOf(target);
    const session_id = session();
    const viewedAt = ctx.recent(target.createdAt, 60 * DAY);
    events.push({ ...ctx.ref(target), user_id, action: 'view', page, duration_ms: random.int(2_000, 240_000), session_id, created_at: viewedAt });
    if (random.chance(0.4)) {
      const [action, element] = random.pick([['edit', 'save-button'], ['comment', 'comment-box'], ['download', 'attachment-link'], ['click', 'history-tab']] as const);
      events.push({ ...ctx.ref(target), user_id, action, page, element, session_id, created_at: ctx.after(viewedAt, 10 * MINUTE) });
    }
  }
  for (let i = 0; i < 12; i++) {
    const dashboard = random.pick(['overview', 'overview', 'procurement']);
    const viewedAt = ctx.ago(MINUTE, 30 * DAY);
    const user_id = ctx.someone();
    const session_id = session();
    events.push({ user_id, action: 'view', page: `/dashboards/${dashboard}`, duration_ms: random.int(5_000, 600_000), session_id, created_at: viewedAt });
    if (random.chance(0.3)) {
      events.push({ user_id, action: 'click', page: `/dashboards/${dashboard}`, element: 'refresh-dashboard', session_id, created_at: ctx.after(viewedAt, 5 * MINUTE) });
    }
  }
  // Past the 90 days of retention: left out by every read.
  events.push({ user_id: ctx.someone(), action: 'view', page: '/dashboards/overview', duration_ms: 42_000, created_at: ctx.ago(100 * DAY, 101 * DAY) });
  return events;
}

/** What people typed into search, with how many rows matched (every word a prefix of a title word). */
function searches(ctx: SeedContext): Draft<'search_query_log'>[] {
  const { random } = ctx;
  const titled = ctx.targets.map((target) => ({ target, terms: words(target.title) }));
  return Array.from({ length: 20 }, () => {
    const from = random.pick(ctx.targets);
    const typed = words(from.title).slice(0, random.int(1, 2)).map((w) => (random.chance(0.3) ? w.slice(0, Math.max(3, w.length - 2)) : w));
    const query = random.chance(0.3) ? `  ${typed.join('  ').toUpperCase()} ` : typed.join(' ');
    const normalized = query.toLowerCase().trim().replace(/\s+/g, ' ');
    const onlyType = random.chance(0.25) ? entityRegistry[from.kind].entityType : undefined;
    const results = titled.filter(({ target, terms }) =>
      (!onlyType || entityRegistry[target.kind].entityType === onlyType)
      && normalized.split(' ').every((w) => terms.some((term) => term.startsWith(w)))).length;
    return {
      user_id: ctx.someone(), query, normalized_query: normalized,
      ...(onlyType && { filters: { entityTypes: [onlyType] } }),
      results_count: results,
      ...(results > 0 && random.chance(0.6) && { clicked_rank: random.int(1, Math.min(results, 5)) }),
      created_at: ctx.ago(MINUTE, 60 * DAY),
    };
  });
}

/** Daily uses per feature over the last days: tenant-wide counts, and one user's searches. */
function featureUsage(ctx: SeedContext): Draft<'feature_usage_metric'>[] {
  const { random, anchor } = ctx;
  const features = [['dashboards', 'view-dashboard'], ['reports', 'run-report'], ['procurement', 'create-purchase-order'], ['assistant', 'ask']] as const;
  const searcher = ctx.someone();
  const metrics: Draft<'feature_usage_metric'>[] = [];
  for (let daysAgo = 1; daysAgo <= 5; daysAgo++) {
    const dayStart = new Date(Math.floor((anchor.getTime() - daysAgo * DAY) / DAY) * DAY);
    // Used during working hours, which end before the anchor.
    const inDay = () => new Date(dayStart.getTime() + 8 * HOUR + Math.floor(random.next() * 10 * HOUR));
    for (const [module, feature] of features) {
      metrics.push({ module, feature, count: random.int(2, 60), last_used_at: inDay(), created_at: dayStart });
    }
    metrics.push({ module: 'search', feature: 'instant-search', user_id: searcher, count: random.int(1, 15), last_used_at: inDay(), created_at: dayStart });
  }
  return metrics;
}

export function activityDocuments(ctx: SeedContext): Drafts<'user_activity_event' | 'search_query_log' | 'feature_usage_metric'> {
  return { user_activity_event: activities(ctx), search_query_log: searches(ctx), feature_usage_metric: featureUsage(ctx) };
}
