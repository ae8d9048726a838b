import { date, defineEnum, defineObject, documentRef, enumOf, float, int, json, listOf, objectOf, optional, row, string } from '../shape';
import { defineCollection } from '../types';
import { afterDays, tenant } from './shared';

const ModelStatus = defineEnum('ModelStatus', ['training', 'staging', 'production', 'retired']);
const AiRole = defineEnum('AiRole', ['system', 'user', 'assistant', 'tool']);
const NlpEntity = defineObject('NlpEntity', {
  kind: string({ description: 'What was recognised: a date, a person, a project …' }),
  text: string({ description: 'The words of the query it was recognised in.' }),
  value: optional(string({ description: 'The normalised value, e.g. an ISO date or a row id.' })),
});
const AiTurn = defineObject('AiTurn', {
  role: enumOf(AiRole),
  content: string(),
  at: date(),
});

// 8. AI/ML artifacts.
export const ml = [
  defineCollection({
    name: 'ml_training_dataset', category: 'ml', tenantField: tenant,
    summary: 'Feature arrays for model training',
    timeField: 'created_at', polymorphic: false, retention: afterDays('created_at', 365),
    indexes: [{ name: 'model_time', key: { tenant_id: 1, model_name: 1, created_at: -1 } }],
    fields: {
      model_name: string(),
      version: string(),
      feature_names: listOf(string()),
      row_count: int(),
      // A matrix whose width is the feature count: free-form by nature.
      features: json({ description: 'One array of feature values per training example.' }),
      labels: optional(json()),
      created_at: date(),
    },
    graphql: { type: 'TrainingDataset', list: 'trainingDatasets', description: 'Feature arrays a model was trained on (ml_training_dataset).' },
  }),
  defineCollection({
    name: 'ml_model_registry', category: 'ml', tenantField: tenant,
    summary: 'Model versions, hyperparameters, metrics',
    // 365 days counted from retirement: a TTL index ignores documents without the date, so a
    // model still in service never expires however old it is.
    timeField: 'created_at', polymorphic: false, retention: afterDays('retired_at', 365),
    indexes: [{ name: 'model_version', key: { tenant_id: 1, model_name: 1, version: 1 }, unique: true }],
    fields: {
      model_name: string(),
      version: string(),
      framework: string(),
      status: enumOf(ModelStatus),
      hyperparameters: json({ description: "The training run's settings; their names depend on the framework." }),
      metrics: json({ description: 'Evaluation results (accuracy, AUC, MAE …); which ones depends on the model.' }),
      dataset_id: optional(documentRef('ml_training_dataset', { description: 'The dataset it was trained on.' })),
      created_at: date(),
      retired_at: optional(date()),
    },
    graphql: { type: 'MlModel', list: 'mlModels', description: "One version of a model, the tenant's or the platform's (ml_model_registry)." },
  }),
  defineCollection({
    name: 'ml_prediction_log', category: 'ml', tenantField: tenant,
    summary: 'Input features → output predictions with confidence',
    // Bridged: a prediction is about a row (the delay risk of a task, an anomalous order).
    timeField: 'created_at', polymorphic: true, retention: afterDays('created_at', 90),
    indexes: [{ name: 'model_time', key: { tenant_id: 1, model_name: 1, model_version: 1, created_at: -1 } }],
    fields: {
      model_name: string(),
      model_version: string(),
      input_features: json({ description: "Feature name → value, as the model's input." }),
      predicted_label: string(),
      predicted_value: optional(float()),
      confidence: float({ description: 'Between 0 and 1.' }),
      latency_ms: optional(float()),
      created_at: date(),
    },
    graphql: {
      type: 'Prediction', list: 'predictions', entityField: 'predictions',
      description: "A model's prediction about a row (ml_prediction_log).",
    },
  }),
  defineCollection({
    name: 'nlp_query_history', category: 'ml', tenantField: tenant,
    summary: 'Parsed intents, extracted entities from NL queries',
    timeField: 'created_at', polymorphic: false, retention: afterDays('created_at', 90),
    indexes: [
      { name: 'user_time', key: { tenant_id: 1, user_id: 1, created_at: -1 } },
      // "What did I ask about vendors": a user's queries by what they were understood to mean.
      { name: 'user_intent_time', key: { tenant_id: 1, user_id: 1, intent: 1, created_at: -1 } },
    ],
    fields: {
      user_id: row('USER'),
      query_text: string(),
      intent: string({ description: 'e.g. list_overdue_tasks, vendor_spend.' }),
      confidence: float(),
      entities: listOf(objectOf(NlpEntity)),
      created_at: date(),
    },
    graphql: { type: 'NlpQuery', list: 'nlpQueries', description: 'A natural-language query and how it was understood (nlp_query_history).' },
  }),
  defineCollection({
    name: 'ai_conversation', category: 'ml', tenantField: tenant,
    summary: 'Multi-turn AI assistant conversation context',
    // Counted from the last turn, so a conversation in use is not cut off mid-way.
    timeField: 'updated_at', polymorphic: false, retention: afterDays('updated_at', 90),
    indexes: [
      { name: 'user_time', key: { tenant_id: 1, user_id: 1, updated_at: -1 } },
      { name: 'user_model_time', key: { tenant_id: 1, user_id: 1, model: 1, updated_at: -1 } },
    ],
    fields: {
      user_id: row('USER'),
      title: optional(string()),
      model: string(),
      turns: listOf(objectOf(AiTurn)),
      token_count: int(),
      created_at: date(),
      updated_at: date(),
    },
    graphql: { type: 'AiConversation', list: 'aiConversations', description: "A conversation with the AI assistant (ai_conversation)." },
  }),
] as const;
