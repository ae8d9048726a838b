import type { GraphQLResolveInfo } from 'graphql';
import type { Resolvers } from '../src/__generated__/resolvers';
import { authorized, type GatewayContext } from '../src/context';
import { badUserInput } from '../src/errors';
import type { EntityKind, RowOf } from '../src/registry/entities';
import { selectsAny } from './selection';

/** A write whose answer shows its own audit trail waits for the relay to have written it. */
const awaitAudit = (info: GraphQLResolveInfo) => ({ awaitAudit: selectsAny(info, ['changelog', 'fieldAudits']) });

/**
 * GraphQL input → row changes: fields the client left out are absent (unchanged), an explicit
 * null is kept where the column is nullable and refused where it is not, and text that must say
 * something may not be blank.
 */
function changes<T extends object>(
  input: T, { required = [], text = [] }: { required?: readonly string[]; text?: readonly string[] } = {},
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(input)) {
    if (value === undefined) continue;
    if (value === null && required.includes(field)) throw badUserInput(`${field} cannot be null.`, field);
    if (typeof value === 'string' && text.includes(field) && value.trim() === '') throw badUserInput(`${field} cannot be blank.`, field);
    out[field] = value;
  }
  return out;
}

function idempotency(key: string | null | undefined): string | undefined {
  if (key == null) return undefined;
  if (key.length === 0 || key.length > 200) throw badUserInput('idempotencyKey must be 1 to 200 characters.', 'idempotencyKey');
  return key;
}

/** What each writable kind requires of its input: columns that may not be null, text that may not be blank. */
const rules: Record<string, { required?: string[]; text?: string[] }> = {
  PROJECT: { required: ['code', 'name', 'status', 'budget', 'ownerId'], text: ['code', 'name'] },
  TASK: { required: ['projectId', 'title', 'status', 'priority'], text: ['title'] },
  ASSET: { required: ['tag', 'name', 'category', 'status', 'purchaseCost'], text: ['tag', 'name', 'category'] },
  VENDOR: { required: ['name'], text: ['name'] },
  PURCHASE_ORDER: { required: ['vendorId', 'number', 'totalAmount', 'currency', 'status'], text: ['number'] },
};

type CreateArgs = { input: object; idempotencyKey?: string | null };
type UpdateArgs = { id: string; input: object; expectedVersion?: number | null };
type DeleteArgs = { id: string; expectedVersion?: number | null };

/** create, update and delete of one kind, all through `loaders.writes` as the signed-in user. */
function crud<K extends EntityKind>(kind: K, defaults: (context: GatewayContext) => Partial<RowOf<K>> = () => ({})) {
  return {
    create: (_root: unknown, { input, idempotencyKey }: CreateArgs, context: GatewayContext, info: GraphQLResolveInfo) => {
      const { viewer, loaders } = authorized(context);
      const values = { ...defaults(context), ...changes(input, rules[kind]) } as Partial<RowOf<K>>;
      return loaders.writes.create(viewer, kind, values, idempotency(idempotencyKey), awaitAudit(info));
    },
    update: (_root: unknown, { id, input, expectedVersion }: UpdateArgs, context: GatewayContext, info: GraphQLResolveInfo) => {
      const { viewer, loaders } = authorized(context);
      const values = changes(input, rules[kind]) as Partial<RowOf<K>>;
      return loaders.writes.update(viewer, kind, id, values, expectedVersion ?? undefined, awaitAudit(info));
    },
    delete: (_root: unknown, { id, expectedVersion }: DeleteArgs, context: GatewayContext) => {
      const { viewer, loaders } = authorized(context);
      return loaders.writes.delete(viewer, kind, id, expectedVersion ?? undefined);
    },
  };
}

const projects = crud('PROJECT', (context) => ({ ownerId: authorized(context).viewer.userId }));
const tasks = crud('TASK');
const assets = crud('ASSET');
const vendors = crud('VENDOR');
const purchaseOrders = crud('PURCHASE_ORDER');

/** The relational write path: permissions, transitions, versions and the outbox are in `loaders.writes`. */
export const writeResolvers = {
  Mutation: {
    createProject: projects.create,
    updateProject: projects.update,
    deleteProject: projects.delete,
    createTask: tasks.create,
    updateTask: tasks.update,
    deleteTask: tasks.delete,
    createAsset: assets.create,
    updateAsset: assets.update,
    deleteAsset: assets.delete,
    createVendor: vendors.create,
    updateVendor: vendors.update,
    deleteVendor: vendors.delete,
    createPurchaseOrder: purchaseOrders.create,
    updatePurchaseOrder: purchaseOrders.update,
    deletePurchaseOrder: purchaseOrders.delete,
  },
} satisfies Resolvers as Resolvers;
