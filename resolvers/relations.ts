import type { Resolvers } from '../src/__generated__/resolvers';
import { authorized, type GatewayContext } from '../src/context';
import type { EntityKind } from '../src/registry/entities';
import { rowChildren } from './connections';

const load = <K extends EntityKind>(kind: K, id: string | null, context: GatewayContext) =>
  id ? authorized(context).loaders.rows.load(kind, id) : null;

/** Foreign keys are NOT NULL and tenant-consistent, so a missing parent is a broken invariant. */
async function required<T>(row: Promise<T | null> | null, what: string): Promise<T> {
  const value = await row;
  if (!value) throw new Error(`${what} is missing`);
  return value;
}

/** Relational relations, both directions, batched by the row loaders. */
export const relationResolvers: Resolvers = {
  Project: {
    owner: (project, _args, context) => load('USER', project.ownerId, context),
    // PostgreSQL → MongoDB: the covers of every project of a page cost one find.
    coverAttachment: (project, _args, context) => {
      const { viewer, loaders } = authorized(context);
      return project.coverAttachmentId ? loaders.catalogue.load('attachment_metadata', viewer, project.coverAttachmentId) : null;
    },
    tasks: (project, args, context, info) => rowChildren(context, info, 'TASK', 'projectId', project.id, args),
    assets: (project, args, context, info) => rowChildren(context, info, 'ASSET', 'projectId', project.id, args),
    purchaseOrders: (project, args, context, info) => rowChildren(context, info, 'PURCHASE_ORDER', 'projectId', project.id, args),
  },
  Task: {
    project: (task, _args, context) => required(load('PROJECT', task.projectId, context), `project of task ${task.id}`),
    assignee: (task, _args, context) => load('USER', task.assigneeId, context),
  },
  Asset: {
    project: (asset, _args, context) => load('PROJECT', asset.projectId, context),
  },
  Vendor: {
    purchaseOrders: (vendor, args, context, info) => rowChildren(context, info, 'PURCHASE_ORDER', 'vendorId', vendor.id, args),
  },
  PurchaseOrder: {
    vendor: (order, _args, context) => required(load('VENDOR', order.vendorId, context), `vendor of order ${order.id}`),
    project: (order, _args, context) => load('PROJECT', order.projectId, context),
    createdBy: (order, _args, context) => load('USER', order.createdBy, context),
  },
  User: {
    tenant: (user, _args, context) => required(load('TENANT', user.tenantId, context), `tenant of user ${user.id}`),
    assignedTasks: (user, args, context, info) => rowChildren(context, info, 'TASK', 'assigneeId', user.id, args),
  },
};
