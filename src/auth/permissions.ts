import type { EntityKind } from '../registry/entities';
import { hasRole, type Viewer } from './viewer';

/**
 * Who may change what, in one table. Roles come from the token: `admin` (everything of the
 * tenant), `member` (the day-to-day work: tasks, purchase orders, project details). A kind or an
 * action that is not listed is refused to everyone; users and tenants are not written through the
 * graph.
 */
export type WriteAction = 'create' | 'update' | 'delete';

const admin = ['admin'] as const;
const staff = ['admin', 'member'] as const;

export const writePermissions = {
  PROJECT: { create: admin, update: staff, delete: admin },
  TASK: { create: staff, update: staff, delete: admin },
  ASSET: { create: admin, update: admin, delete: admin },
  VENDOR: { create: admin, update: admin, delete: admin },
  PURCHASE_ORDER: { create: staff, update: staff, delete: admin },
} as const satisfies Partial<Record<EntityKind, Record<WriteAction, readonly string[]>>>;

export type WritableKind = keyof typeof writePermissions;

export function mayWrite(viewer: Viewer, kind: EntityKind, action: WriteAction): boolean {
  const roles: readonly string[] | undefined = (writePermissions as Partial<Record<EntityKind, Record<WriteAction, readonly string[]>>>)[kind]?.[action];
  return roles?.some((role) => hasRole(viewer, role)) ?? false;
}

/**
 * A purchase order's status moves only forward along these edges, each open to the roles listed
 * (approval is an admin's); staying where it is, is always allowed. RECEIVED and CANCELLED are final.
 */
export const purchaseOrderTransitions: Record<string, Record<string, readonly string[]>> = {
  DRAFT: { SUBMITTED: staff, CANCELLED: staff },
  SUBMITTED: { APPROVED: admin, DRAFT: staff, CANCELLED: admin },
  APPROVED: { RECEIVED: staff, CANCELLED: admin },
  RECEIVED: {},
  CANCELLED: {},
};

/** A new purchase order starts as a draft or goes straight to approval. */
export const purchaseOrderInitialStatuses = ['DRAFT', 'SUBMITTED'];

/** `allowed`, `forbidden` (the move exists, not for this viewer's roles) or `impossible`. */
export function purchaseOrderMove(viewer: Viewer, from: string, to: string): 'allowed' | 'forbidden' | 'impossible' {
  if (from === to) return 'allowed';
  const roles = purchaseOrderTransitions[from]?.[to];
  if (!roles) return 'impossible';
  return roles.some((role) => hasRole(viewer, role)) ? 'allowed' : 'forbidden';
}
