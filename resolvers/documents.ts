import type { ObjectId } from 'mongodb';
import type { Resolvers } from '../src/__generated__/resolvers';
import { authorized, type GatewayContext } from '../src/context';
import { encodeCursor } from '../src/pagination';
import { documentKeyset } from '../src/registry/documents';
import { kindOfEntityType } from '../src/registry/entities';
import type { EntityChangeDoc, FieldAuditDoc } from '../src/documents/types';
import type { BridgedDocument } from '../src/stores/documents';

type Stored = BridgedDocument & { _id: ObjectId };

const loadUser = (id: string | null | undefined, context: GatewayContext) =>
  id ? authorized(context).loaders.rows.load('USER', id) : null;

/**
 * Document → entity: `entity` goes through the row loader of the stored type, so N documents
 * pointing at K entity types cost K statements. Unknown types and missing rows are null.
 */
export const bridged = {
  id: (doc: Stored) => doc._id.toHexString(),
  entityType: (doc: Stored) => kindOfEntityType(doc.entity_type) ?? null,
  entityId: (doc: Stored) => doc.entity_id,
  entity: (doc: Stored, _args: unknown, context: GatewayContext) => {
    const kind = kindOfEntityType(doc.entity_type);
    return kind ? authorized(context).loaders.rows.load(kind, doc.entity_id) : null;
  },
};

/** What a whole-row change and a single-field audit have in common. */
const change = {
  oldValue: (doc: EntityChangeDoc | FieldAuditDoc) => doc.old_value ?? null,
  newValue: (doc: EntityChangeDoc | FieldAuditDoc) => doc.new_value ?? null,
  changedBy: (doc: EntityChangeDoc | FieldAuditDoc, _args: unknown, context: GatewayContext) => loadUser(doc.changed_by, context),
  changedAt: (doc: EntityChangeDoc | FieldAuditDoc) => doc.changed_at,
};

export const documentResolvers: Resolvers = {
  EntityChange: { ...bridged, ...change, cursor: (doc) => encodeCursor(documentKeyset('changelog')(doc)) },
  FieldAudit: { ...bridged, ...change },
  Comment: {
    ...bridged,
    author: (doc, _args, context) => loadUser(doc.author_id, context),
    createdAt: (doc) => doc.created_at,
  },
  Attachment: {
    ...bridged,
    fileName: (doc) => doc.file_name,
    contentType: (doc) => doc.content_type,
    sizeBytes: (doc) => doc.size_bytes,
    storageKey: (doc) => doc.storage_key,
    uploadedBy: (doc, _args, context) => loadUser(doc.uploaded_by, context),
    createdAt: (doc) => doc.created_at,
  },
  ActivityEvent: {
    ...bridged,
    user: (doc, _args, context) => loadUser(doc.user_id, context),
    durationMs: (doc) => doc.duration_ms ?? null,
    createdAt: (doc) => doc.created_at,
  },
};
