import type { TaskRow } from '../../registry/rows';
import { DAY, MINUTE, type Draft, type Drafts, type SeedContext } from './context';
import { conversations, nlpQueries } from './assistant';

type Model = Draft<'ml_model_registry'>;

const FEATURES = ['estimate_hours', 'days_until_due', 'priority_rank', 'assignee_open_tasks', 'project_active'] as const;
const PRIORITY_RANK: Record<string, number> = { LOW: 0, MEDIUM: 1, HIGH: 2, URGENT: 3 };
const month = (date: Date) => date.toISOString().slice(0, 7).replace('-', '.');

/** A task as the delay-risk model sees it, and the model's view of it: late when the due date is near and the load high. */
function taskFeatures(ctx: SeedContext, task: TaskRow) {
  const { data, anchor } = ctx;
  const open = data.tasks.filter((t) => t.assigneeId && t.assigneeId === task.assigneeId && t.status !== 'DONE').length;
  const project = data.projects.find((p) => p.id === task.projectId);
  const features = {
    estimate_hours: Number(task.estimateHours ?? 8),
    days_until_due: task.dueOn ? Math.round((Date.parse(task.dueOn) - anchor.getTime()) / DAY) : 30,
    priority_rank: PRIORITY_RANK[task.priority] ?? 1,
    assignee_open_tasks: open,
    project_active: project?.status === 'ACTIVE' ? 1 : 0,
  };
  const score = 0.04 * features.estimate_hours - 0.08 * features.days_until_due + 0.3 * features.assignee_open_tasks - 0.5;
  return { features, risk: 1 / (1 + Math.exp(-score)) };
}

function datasets(ctx: SeedContext): Draft<'ml_training_dataset'>[] {
  const done = ctx.data.tasks.filter((t) => t.status === 'DONE');
  return [130, 50].map((daysAgo) => {
    const createdAt = ctx.ago(daysAgo * DAY, (daysAgo + 1) * DAY);
    const examples = ctx.sample(done, Math.min(20, done.length)).map((task) => taskFeatures(ctx, task));
    return {
      _id: ctx.objectId(createdAt), model_name: 'task-delay-risk', version: month(createdAt), feature_names: [...FEATURES],
      row_count: examples.length, features: examples.map(({ features }) => FEATURES.map((name) => features[name])),
      labels: examples.map(({ risk }) => (risk + ctx.random.next() * 0.2 > 0.6 ? 1 : 0)), created_at: createdAt,
    };
  });
}

/** Four versions of the tenant's model: one retired long ago (its dataset is gone), one retired, one serving, one in staging. */
function models(ctx: SeedContext, [older, newer]: Draft<'ml_training_dataset'>[]): Model[] {
  const { random } = ctx;
  const metrics = (auc: number) => ({ auc, accuracy: Number((auc - 0.06).toFixed(3)), f1: Number((auc - 0.11).toFixed(3)) });
  const model = (version: string, createdAt: Date, fields: Partial<Model>): Model => ({
    model_name: 'task-delay-risk', version, framework: 'xgboost', status: 'production',
    hyperparameters: { max_depth: random.int(3, 8), n_estimators: random.pick([100, 200, 400]), learning_rate: random.pick([0.05, 0.1, 0.2]) },
    metrics: metrics(Number((0.7 + random.next() * 0.2).toFixed(3))), created_at: createdAt, ...fields,
  });
  const first = ctx.ago(210 * DAY, 211 * DAY);
  const second = new Date(older!.created_at.getTime() + DAY);
  const third = new Date(newer!.created_at.getTime() + DAY);
  return [
    model('0.9.0', first, { framework: 'scikit-learn', status: 'retired', dataset_id: ctx.objectId(new Date(first.getTime() - DAY)), retired_at: second }),
    model('1.0.0', second, { status: 'retired', dataset_id: older!._id!, retired_at: third }),
    model('1.1.0', third, { dataset_id: newer!._id! }),
    model('1.2.0', ctx.ago(3 * DAY, 4 * DAY), { status: 'staging', dataset_id: newer!._id! }),
  ];
}

/** Delay risk of open tasks (the serving model, and the staging one in shadow), and the platform's anomaly model on orders. */
function predictions(ctx: SeedContext): Draft<'ml_prediction_log'>[] {
  const { random, data } = ctx;
  const out: Draft<'ml_prediction_log'>[] = [];
  const predict = (task: TaskRow, version: string, createdAt: Date, id = task.id) => {
    const { features, risk } = taskFeatures(ctx, task);
    const value = Math.min(0.99, Math.max(0.01, risk + (random.next() - 0.5) * 0.1));
    out.push({
      entity_type: 'task', entity_id: id, model_name: 'task-delay-risk', model_version: version, input_features: features,
      predicted_label: value < 0.35 ? 'on_time' : value < 0.65 ? 'at_risk' : 'late', predicted_value: Number(value.toFixed(4)),
      confidence: Number((0.5 + Math.abs(value - 0.5)).toFixed(4)), latency_ms: random.int(3, 40) + random.next(), created_at: createdAt,
    });
  };
  for (const task of data.tasks.filter((t) => t.status !== 'DONE' && random.chance(0.4))) {
    const createdAt = ctx.recent(task.updatedAt, 7 * DAY);
    predict(task, '1.1.0', createdAt);
    if (random.chance(0.3)) predict(task, '1.2.0', new Date(createdAt.getTime() + random.int(5, 900)));
  }
  for (const po of ctx.sample(data.purchaseOrders, 6)) {
    const anomalous = Number(po.totalAmount) > 200_000;
    out.push({
      entity_type: 'purchase_order', entity_id: po.id, model_name: 'po-anomaly', model_version: '2.3.0',
      input_features: { total_amount: Number(po.totalAmount), vendor_orders: data.purchaseOrders.filter((o) => o.vendorId === po.vendorId).length },
      predicted_label: anomalous ? 'anomalous' : 'normal', predicted_value: anomalous ? 0.91 : Number((random.next() * 0.3).toFixed(4)),
      confidence: Number((0.7 + random.next() * 0.29).toFixed(4)), created_at: ctx.recent(po.createdAt, 30 * DAY),
    });
  }
  const someTask = data.tasks[0]!;
  // About a task that was deleted since, and one by the retired model, past the 90 days of retention.
  predict(someTask, '1.1.0', ctx.ago(MINUTE, DAY), ctx.gone.task.id);
  predict(someTask, '1.0.0', ctx.ago(120 * DAY, 121 * DAY));
  return out;
}

export function mlDocuments(ctx: SeedContext): Drafts<'ml_training_dataset' | 'ml_model_registry' | 'ml_prediction_log' | 'nlp_query_history' | 'ai_conversation'> {
  const ml_training_dataset = datasets(ctx);
  return {
    ml_training_dataset, ml_model_registry: models(ctx, ml_training_dataset), ml_prediction_log: predictions(ctx),
    nlp_query_history: nlpQueries(ctx), ai_conversation: conversations(ctx),
  };
}
