import type { SeededRandom } from '../random';
import { DAY, drawObjectId, type SeedDocument } from './context';
import { defaultWidgets } from './preference';

/** The platform's shared documents (tenant `global`, seed 004), readable by every tenant beside its own. */
export interface PlatformDocuments {
  dashboard_layout: SeedDocument<'dashboard_layout'>[];
  ml_model_registry: SeedDocument<'ml_model_registry'>[];
}

/**
 * The default layout of each dashboard (no user: what a user sees before arranging their own)
 * and the models every tenant shares, such as the anomaly model their predictions name.
 */
export function generatePlatformDocuments(random: SeededRandom, anchor: Date): PlatformDocuments {
  const at = (daysAgo: number) => new Date(anchor.getTime() - daysAgo * DAY - random.int(0, DAY - 1));
  const layout = (dashboard_id: string, name: string, updatedAt: Date): SeedDocument<'dashboard_layout'> =>
    ({ _id: drawObjectId(random, updatedAt), dashboard_id, name, widgets: defaultWidgets(dashboard_id), updated_at: updatedAt });
  const model = (fields: Omit<SeedDocument<'ml_model_registry'>, '_id'>): SeedDocument<'ml_model_registry'> =>
    ({ _id: drawObjectId(random, fields.created_at), ...fields });
  return {
    dashboard_layout: [layout('overview', 'Overview', at(60)), layout('procurement', 'Procurement', at(45))],
    ml_model_registry: [
      model({
        model_name: 'po-anomaly', version: '2.3.0', framework: 'scikit-learn', status: 'production',
        hyperparameters: { algorithm: 'isolation_forest', n_estimators: 200, contamination: 0.02 },
        metrics: { precision: 0.82, recall: 0.77 }, created_at: at(90),
      }),
      model({
        model_name: 'nlp-intent', version: '3.1.0', framework: 'transformers', status: 'production',
        hyperparameters: { base_model: 'distilbert-base-uncased', epochs: 3, learning_rate: 5e-5 },
        metrics: { accuracy: 0.93, macro_f1: 0.9 }, created_at: at(30),
      }),
    ],
  };
}
