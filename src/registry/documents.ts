import type { Document, ObjectId } from 'mongodb';
import { collectionSpec } from '../catalogue/lookup';
import type { Keyset } from '../stores/keyset';

/** A polymorphic catalogue collection, ordered newest first by its own time field. */
const documentsIn = (collection: string) => ({ collection, timeField: collectionSpec(collection).timeField });

/**
 * The documents every entity exposes, declared once: GraphQL field on `Entity` → catalogue
 * collection. Loaders and resolvers read this table; the time field comes from the catalogue.
 */
export const entityDocumentFields = {
  changelog: documentsIn('entity_changelog'),
  fieldAudits: documentsIn('field_audit_log'),
  comments: documentsIn('comment_thread'),
  attachments: documentsIn('attachment_metadata'),
  activity: documentsIn('user_activity_event'),
};

export type EntityDocumentField = keyof typeof entityDocumentFields;
export const entityDocumentFieldNames = Object.keys(entityDocumentFields) as EntityDocumentField[];

/** A document's position in its collection's order (time field, then _id): what its cursor encodes. */
export const documentKeyset = (field: EntityDocumentField) => (doc: Document): Keyset => ({
  at: doc[entityDocumentFields[field].timeField] as Date,
  id: (doc._id as ObjectId).toHexString(),
});
