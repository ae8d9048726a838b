import { DAY, HOUR, MINUTE, SECOND, firstName, type Draft, type SeedContext } from './context';
import { kpis } from './kpis';

type Query = Draft<'nlp_query_history'>;
type Turn = Draft<'ai_conversation'>['turns'][number];

const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10);

/** The calendar quarter before the anchor's, as the parser normalises "last quarter". */
function lastQuarter(anchor: Date): string {
  const year = anchor.getUTCFullYear();
  const quarter = Math.floor(anchor.getUTCMonth() / 3);
  const start = Date.UTC(year, (quarter - 1) * 3, 1);
  return `${isoDay(start)}/${isoDay(Date.UTC(year, quarter * 3, 1) - DAY)}`;
}

/** Questions people asked in their own words, and what the parser made of them. */
export function nlpQueries(ctx: SeedContext): Query[] {
  const { random, data } = ctx;
  const asked = (): Omit<Query, 'user_id' | 'created_at' | 'confidence'> => {
    const project = random.pick(data.projects);
    const vendor = random.pick(data.vendors);
    const po = random.pick(data.purchaseOrders);
    const user = random.pick(data.users);
    return random.pick([
      () => ({ query_text: `show overdue tasks for ${project.name}`, intent: 'list_overdue_tasks', entities: [{ kind: 'project', text: project.name, value: project.id }] }),
      () => ({
        query_text: `how much did we spend with ${vendor.name} last quarter`, intent: 'vendor_spend',
        entities: [{ kind: 'vendor', text: vendor.name, value: vendor.id }, { kind: 'date_range', text: 'last quarter', value: lastQuarter(ctx.anchor) }],
      }),
      () => ({ query_text: `what's the status of ${po.number}`, intent: 'purchase_order_status', entities: [{ kind: 'purchase_order', text: po.number, value: po.id }] }),
      () => ({ query_text: 'which assets are in maintenance', intent: 'list_assets', entities: [{ kind: 'asset_status', text: 'in maintenance', value: 'MAINTENANCE' }] }),
      () => ({
        query_text: `tasks assigned to ${firstName(user)} due this week`, intent: 'list_tasks',
        entities: [{ kind: 'person', text: firstName(user), value: user.id }, { kind: 'date_range', text: 'this week' }],
      }),
    ])();
  };
  const queries: Query[] = Array.from({ length: 10 }, () => ({
    user_id: ctx.someone(), ...asked(), confidence: Number((0.72 + random.next() * 0.27).toFixed(3)), created_at: ctx.ago(MINUTE, 45 * DAY),
  }));
  // Not understood: no intent worth acting on, nothing recognised.
  queries.push({ user_id: ctx.someone(), query_text: 'that thing from last time', intent: 'unknown', confidence: 0.18, entities: [], created_at: ctx.ago(HOUR, 10 * DAY) });
  return queries;
}

/** Conversations with the assistant: turns a few seconds apart, answers taken from the tenant's data. */
export function conversations(ctx: SeedContext): Draft<'ai_conversation'>[] {
  const { random, data } = ctx;
  const k = kpis(data);
  const over = k.budgetVsSpend([]).filter((p) => p.remaining < 0);
  const po = random.pick(data.purchaseOrders);
  const vendor = data.vendors.find((v) => v.id === po.vendorId)!;
  const project = random.pick(data.projects);
  const open = data.tasks.filter((t) => t.projectId === project.id && t.status !== 'DONE');
  const system = `You are the assistant of ${data.tenant.name}. Answer from the tenant's data only.`;
  const scripts: [string, [Turn['role'], string][]][] = [
    ['Projects over budget', [
      ['user', 'Which projects are over budget?'],
      ['tool', JSON.stringify({ report: 'budget-vs-spend', over_budget: over.map((p) => p.code) })],
      ['assistant', over.length ? `${over.length} over budget: ${over.map((p) => `${p.code} ${p.name} (${(-p.remaining).toFixed(2)} over)`).join(', ')}.` : 'None: every project is within its budget.'],
    ]],
    [`Late delivery ${po.number}`, [
      ['user', `Draft an email to ${vendor.name} about the late delivery of ${po.number}.`],
      ['assistant', `Subject: ${po.number} delivery\n\nHello ${vendor.name},\n\nthe goods of ${po.number} have not arrived yet. Could you confirm a delivery date?\n\nThank you.`],
      ['user', 'Make it more formal.'],
      ['assistant', `Dear ${vendor.name} team,\n\nwe kindly request confirmation of the delivery date for purchase order ${po.number}.\n\nKind regards,\n${data.tenant.name}`],
    ]],
    [`Open tasks of ${project.code}`, [
      ['user', `Summarise the open tasks of ${project.name}.`],
      ['assistant', `${project.code} has ${open.length} open tasks${open.length ? `, among them: ${open.slice(0, 3).map((t) => t.title).join('; ')}` : ''}.`],
    ]],
  ];
  return scripts.map(([title, said]) => {
    let at = ctx.ago(HOUR, 30 * DAY).getTime();
    const turns: Turn[] = [{ role: 'system', content: system, at: new Date(at) }];
    for (const [role, content] of said) turns.push({ role, content, at: new Date((at += random.int(2, 40) * SECOND)) });
    return {
      user_id: ctx.someone(), title, model: random.pick(['gpt-4o-mini', 'claude-sonnet-4-5']), turns,
      token_count: Math.ceil(turns.reduce((n, t) => n + t.content.length, 0) / 4),
      created_at: turns[0]!.at, updated_at: turns[turns.length - 1]!.at,
    };
  });
}
