import type { DocumentOf } from '../catalogue/documents';

/** Names for the stored documents the write path and the live feeds handle; their shapes are declared in the catalogue. */
export type EntityChangeDoc = DocumentOf<'entity_changelog'>;
export type FieldAuditDoc = DocumentOf<'field_audit_log'>;
