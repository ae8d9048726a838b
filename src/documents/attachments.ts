import type { DocumentOf } from '../catalogue/documents';

/**
 * A file attached to a row, as stored in `attachment_metadata` (seed 000, category 10). The bytes
 * are in object storage, uploaded by the client before it registers them here; the metadata is
 * the only way to find them again.
 */
export const ATTACHMENT_COLLECTION = 'attachment_metadata' as const;

export type AttachmentDoc = DocumentOf<'attachment_metadata'>;

/**
 * Constants rather than configuration: they are part of the API's contract (the schema states
 * them), and a front end checks a file against the same numbers before uploading it.
 */
export const ATTACHMENT_LIMITS = {
  /** 100 MiB: a phone video of a site visit, a large plan set. */
  sizeBytes: 100 * 1024 * 1024,
  fileName: 255,
  storageKey: 1024,
} as const;

/**
 * What may be attached: photos, documents, spreadsheets, drawings, text and archives, the files
 * of construction and purchasing work. Anything a browser could run (HTML, SVG, scripts) or an
 * executable is not among them.
 */
export const ATTACHMENT_CONTENT_TYPES: ReadonlySet<string> = new Set([
  'image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/heic', 'image/tiff',
  'application/pdf',
  'application/msword', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.ms-excel', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.ms-powerpoint', 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.oasis.opendocument.text', 'application/vnd.oasis.opendocument.spreadsheet',
  'text/plain', 'text/csv',
  'application/zip',
  'image/vnd.dwg', 'image/vnd.dxf', 'model/ifc',
  'video/mp4', 'video/quicktime',
]);

/**
 * Object storage keys are `<tenant id>/<anything>`: the first segment is the tenant, so one
 * tenant's keys can never name another's bytes, and storage policies can be set per tenant.
 */
export const storageKeyPrefix = (tenantId: string) => `${tenantId}/`;

/** `sha256` checksums are 64 hex digits. */
export const CHECKSUM = /^[0-9a-f]{64}$/;
