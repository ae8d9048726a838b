import { date, int, optional, row, string } from '../shape';
import { defineCollection } from '../types';
import { permanent, tenant } from './shared';

// 10. File attachments: permanent, the metadata is the only way to find the stored file.
export const attachments = [
  defineCollection({
    name: 'attachment_metadata', category: 'attachment', tenantField: tenant,
    summary: 'Files attached to any entity_type + entity_id (polymorphic)',
    timeField: 'created_at', polymorphic: true, retention: permanent,
    indexes: [
      { name: 'storage_key', key: { tenant_id: 1, storage_key: 1 }, unique: true },
      { name: 'uploader_time', key: { tenant_id: 1, uploaded_by: 1, created_at: -1 } },
    ],
    fields: {
      file_name: string(),
      content_type: string(),
      size_bytes: int(),
      storage_key: string({ description: 'Where the bytes are in object storage, prefixed by the tenant.' }),
      checksum: optional(string({ description: 'SHA-256 of the bytes, hex.' })),
      uploaded_by: optional(row('USER')),
      created_at: date(),
    },
    graphql: {
      type: 'Attachment', list: 'attachments', entityField: 'attachments',
      description: 'A file attached to any entity (attachment_metadata); the bytes live in object storage.',
    },
  }),
] as const;
