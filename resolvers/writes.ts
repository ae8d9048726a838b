import type { Resolvers } from '../src/__generated__/resolvers';
import { authorized } from '../src/context';
import { badUserInput } from '../src/errors';

/**
 * GraphQL input → row changes: fields the client left out are absent (unchanged), an explicit
 * null is kept where the column is nullable and refused where it is not.
 */
function changes<T extends object, Required extends keyof T = never>(
  input: T, required: readonly Required[] = [],
): { [K in keyof T]?: K extends Required ? NonNullable<T[K]> : Exclude<T[K], undefined> } {
  const out: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(input)) {
    if (value === undefined) continue;
    if (value === null && (required as readonly string[]).includes(field)) {
      throw badUserInput(`${field} cannot be null.`, field);
    }
    out[field] = value;
  }
  return out as never;
}

function nonBlank(value: string | null | undefined, field: string) {
  if (value != null && value.trim() === '') throw badUserInput(`${field} cannot be blank.`, field);
}

/** The relational write path: resolvers validate, `loaders.writes` writes (as the signed-in user), audits and invalidates. */
export const writeResolvers: Resolvers = {
  Mutation: {
    updateProject: (_root, { id, input }, context) => {
      nonBlank(input.name, 'name');
      const { viewer, loaders } = authorized(context);
      return loaders.writes.update(viewer.userId, 'PROJECT', id, changes(input, ['name', 'status', 'budget', 'ownerId']));
    },
    createTask: (_root, { input }, context) => {
      nonBlank(input.title, 'title');
      const { viewer, loaders } = authorized(context);
      return loaders.writes.create(viewer.userId, 'TASK', changes(input, ['priority']));
    },
    updateTask: (_root, { id, input }, context) => {
      nonBlank(input.title, 'title');
      const { viewer, loaders } = authorized(context);
      return loaders.writes.update(viewer.userId, 'TASK', id, changes(input, ['title', 'status', 'priority']));
    },
    createPurchaseOrder: (_root, { input }, context) => {
      nonBlank(input.number, 'number');
      const { viewer, loaders } = authorized(context);
      return loaders.writes.create(viewer.userId, 'PURCHASE_ORDER', changes(input, ['currency', 'status']));
    },
    updatePurchaseOrder: (_root, { id, input }, context) => {
      const { viewer, loaders } = authorized(context);
      return loaders.writes.update(viewer.userId, 'PURCHASE_ORDER', id, changes(input, ['status', 'totalAmount']));
    },
  },
};
