import { ObjectId } from 'mongodb';
import { badUserInput } from '../errors';
import { entityRegistry, type EntityKind, type RowOf } from '../registry/entities';
import type { EntityRef } from '../stores/documents';
import type { RowLoaders } from './rows';

/** What the document writes (comments, attachments) share in checking their input. */

/** A document id from a client: 24 hex digits, or BAD_USER_INPUT naming `field`. */
export function documentId(id: string, field: string): ObjectId {
  if (id.length !== 24 || !ObjectId.isValid(id)) throw badUserInput(`${field} must be the id of a document.`, field);
  return new ObjectId(id.toLowerCase());
}

/** A row that must exist in the caller's tenant; another tenant's row reads exactly like no row. */
export interface RowTarget<K extends EntityKind = EntityKind> {
  kind: K;
  row: RowOf<K>;
  /** As loaders name it (lower-case id, as PostgreSQL returns it). */
  ref: EntityRef;
  /** As documents store it. */
  bridge: { entity_type: string; entity_id: string };
}

export async function rowOfTenant<K extends EntityKind>(rows: RowLoaders, kind: K, id: string): Promise<RowTarget<K>> {
  const row = await rows.load(kind, id);
  if (!row) throw badUserInput(`No ${entityRegistry[kind].graphqlType} ${id} in your tenant.`, 'entityId');
  const ref = { entityType: entityRegistry[kind].entityType, entityId: (row as unknown as { id: string }).id };
  return { kind, row, ref, bridge: { entity_type: ref.entityType, entity_id: ref.entityId } };
}

/** How a row is named to a person (a notification's title): its name, title or number. */
export function rowLabel(kind: EntityKind, row: object): string {
  const { name, title, number, code } = row as { name?: string; title?: string; number?: string; code?: string };
  const label = kind === 'PROJECT' && code ? `${code} ${name}` : (name ?? title ?? number);
  return `${entityRegistry[kind].graphqlType.replace(/(?<=[a-z])(?=[A-Z])/g, ' ').toLowerCase()} ${label ?? (row as { id: string }).id}`;
}

/** Same row: documents' entity ids are compared as uuids, whatever their case. */
export const sameRow = (doc: { entity_type?: string | null; entity_id?: string | null }, ref: EntityRef) =>
  doc.entity_type === ref.entityType && doc.entity_id?.toLowerCase() === ref.entityId.toLowerCase();
