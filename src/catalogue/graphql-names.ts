import type { FieldSpec } from './shape';

const camel = (snake: string) => snake.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/**
 * The GraphQL name of a stored field: camelCase, and a reference is named after what it points
 * at (`user_id` → `user`, `user_ids` → `users`, `changed_by` → `changedBy`).
 */
export function graphqlFieldName(stored: string, spec: FieldSpec): string {
  if (spec.graphqlName) return spec.graphqlName;
  if (spec.kind === 'row' || spec.kind === 'document') {
    if (stored.endsWith('_ids')) return `${camel(stored.slice(0, -4))}s`;
    if (stored.endsWith('_id')) return camel(stored.slice(0, -3));
  }
  return camel(stored);
}

/** A filter argument keeps the stored name's meaning: `user_id` → `userId`, `status_code` → `statusCode`. */
export const filterArgumentName = camel;

/** Stored enum values are the seed's (often lower-case); GraphQL's are their upper-cased forms. */
export const graphqlEnumValue = (stored: string) => stored.toUpperCase();
