import type { ObjectId } from 'mongodb';
import type { BridgedDocument } from '../stores/documents';

/** Document shapes as stored (snake_case, seed 000). They are the codegen mappers of their GraphQL types. */
interface Stored extends BridgedDocument {
  _id: ObjectId;
}

export interface EntityChangeDoc extends Stored {
  operation: 'INSERT' | 'UPDATE' | 'DELETE';
  old_value: unknown;
  new_value: unknown;
  changed_by?: string | null;
  changed_at: Date;
  ip_address?: string;
  session_id?: string;
}

export interface FieldAuditDoc extends Stored {
  field: string;
  old_value: unknown;
  new_value: unknown;
  changed_by?: string | null;
  changed_at: Date;
}

export interface CommentDoc extends Stored {
  author_id?: string | null;
  body: string;
  created_at: Date;
}

export interface AttachmentDoc extends Stored {
  file_name: string;
  content_type: string;
  size_bytes: number;
  storage_key: string;
  uploaded_by?: string | null;
  created_at: Date;
}

export interface ActivityEventDoc extends Stored {
  user_id?: string | null;
  action: string;
  page?: string | null;
  duration_ms?: number | null;
  created_at: Date;
}

/** The stored shape behind each document field of `Entity`. */
export interface EntityDocumentTypes {
  changelog: EntityChangeDoc;
  fieldAudits: FieldAuditDoc;
  comments: CommentDoc;
  attachments: AttachmentDoc;
  activity: ActivityEventDoc;
}
