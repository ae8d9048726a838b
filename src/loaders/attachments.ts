import { authoredReach } from '../auth/permissions';
import type { Viewer } from '../auth/viewer';
import {
  ATTACHMENT_COLLECTION as COLLECTION, ATTACHMENT_CONTENT_TYPES, ATTACHMENT_LIMITS as LIMITS, CHECKSUM, storageKeyPrefix, type AttachmentDoc,
} from '../documents/attachments';
import { badUserInput, forbidden } from '../errors';
import type { EntityKind } from '../registry/entities';
import type { DocumentStore, EntityRef } from '../stores/documents';
import type { CatalogueLoaders } from './catalogue';
import { documentId, rowOfTenant } from './document-input';
import type { RowLoaders } from './rows';

export interface NewAttachment {
  entityType: EntityKind;
  entityId: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  storageKey: string;
  checksum?: string | null | undefined;
}

/** Control characters (C0 and DEL): they have no place in a name a person reads or a key a store parses. */
const CONTROL = /[\u0000-\u001f\u007f]/;

function checkedFileName(fileName: string): string {
  const name = fileName.trim();
  if (name.length === 0 || name.length > LIMITS.fileName || /[/\\]/.test(name) || CONTROL.test(name)) {
    throw badUserInput(`fileName must be 1 to ${LIMITS.fileName} characters, without /, \\ or control characters.`, 'fileName');
  }
  return name;
}

/** The media type without its parameters, lower-cased: what the accepted list names. */
function checkedContentType(contentType: string): string {
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  if (!ATTACHMENT_CONTENT_TYPES.has(type)) throw badUserInput(`Files of type "${type}" cannot be attached.`, 'contentType');
  return type;
}

function checkedSize(sizeBytes: number): number {
  if (!Number.isInteger(sizeBytes) || sizeBytes < 1 || sizeBytes > LIMITS.sizeBytes) {
    throw badUserInput(`sizeBytes must be 1 to ${LIMITS.sizeBytes} (100 MiB).`, 'sizeBytes');
  }
  return sizeBytes;
}

/** Under the tenant's prefix, and a key that reads the same to every object store (no empty or dot segments). */
function checkedStorageKey(storageKey: string, tenantId: string): string {
  const prefix = storageKeyPrefix(tenantId);
  if (!storageKey.startsWith(prefix)) throw badUserInput(`storageKey must start with your tenant's prefix, ${prefix}.`, 'storageKey');
  const segments = storageKey.slice(prefix.length).split('/');
  if (storageKey.length > LIMITS.storageKey || CONTROL.test(storageKey) || storageKey.includes('\\')
    || segments.some((segment) => segment === '' || segment === '.' || segment === '..')) {
    throw badUserInput(`storageKey must be at most ${LIMITS.storageKey} characters of /-separated names, none of them empty, . or ..`, 'storageKey');
  }
  return storageKey;
}

function checkedChecksum(checksum: string | null | undefined): string | undefined {
  if (checksum == null) return undefined;
  const hex = checksum.toLowerCase();
  if (!CHECKSUM.test(hex)) throw badUserInput('checksum must be a SHA-256, 64 hex digits.', 'checksum');
  return hex;
}

const isDuplicateKey = (error: unknown) => (error as { code?: number }).code === 11000;

/**
 * The attachment write path (attachment_metadata), as the signed-in user: the metadata of a file
 * the client has put in object storage, checked whole (the row, the key's tenant prefix, size and
 * type) before the one insert. The storage key's unique index, not a read before the write,
 * refuses a key registered twice, so two concurrent registrations cannot both succeed.
 */
export class AttachmentWrites {
  constructor(
    private readonly documents: DocumentStore,
    private readonly rows: RowLoaders,
    private readonly catalogue: CatalogueLoaders,
    /** Told of the row each write was about (the operation's user_activity_event names it). */
    private readonly onWrote: (ref: EntityRef) => void,
  ) {}

  async register(viewer: Viewer, input: NewAttachment): Promise<AttachmentDoc> {
    const fields = {
      file_name: checkedFileName(input.fileName),
      content_type: checkedContentType(input.contentType),
      size_bytes: checkedSize(input.sizeBytes),
      storage_key: checkedStorageKey(input.storageKey, this.documents.tenantId),
    };
    const checksum = checkedChecksum(input.checksum);
    const target = await rowOfTenant(this.rows, input.entityType, input.entityId);
    const [doc] = await this.documents.insertMany<AttachmentDoc>(COLLECTION, [{
      ...target.bridge, ...fields, ...(checksum && { checksum }), uploaded_by: viewer.userId, created_at: new Date(),
    }]).catch((error: unknown) => Promise.reject(
      isDuplicateKey(error) ? badUserInput('An attachment with this storageKey is already registered.', 'storageKey') : error,
    ));
    this.wrote(target.ref, doc!);
    return doc!;
  }

  /** The id of the deleted attachment; null when the tenant has no such attachment. */
  async delete(viewer: Viewer, id: string): Promise<string | null> {
    const _id = documentId(id, 'id');
    const own = authoredReach(viewer, COLLECTION, 'delete') === 'own';
    const deleted = await this.documents.findOneAndDelete<AttachmentDoc>(COLLECTION, { _id, ...(own && { uploaded_by: viewer.userId }) });
    if (!deleted) {
      if (!(await this.catalogue.load(COLLECTION, viewer, _id))) return null;
      throw forbidden('Only its uploader or an admin may delete an attachment.');
    }
    this.wrote({ entityType: deleted.entity_type, entityId: deleted.entity_id }, deleted);
    return _id.toHexString();
  }

  /** This request reads the row's attachments and the attachment again; the operation's activity names the row. */
  private wrote(ref: EntityRef, doc: AttachmentDoc) {
    this.catalogue.forget(COLLECTION, ref, doc._id);
    this.onWrote(ref);
  }
}
