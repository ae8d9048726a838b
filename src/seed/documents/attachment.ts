import { entityRegistry, type EntityKind } from '../../registry/entities';
import { DAY, FILE_KINDS, fileSize, MINUTE, type Draft, type Drafts, type EntityTarget, type SeedContext } from './context';

type Attachment = Draft<'attachment_metadata'>;

/** What gets attached to what: plans to projects, invoices to purchase orders … */
const FILES_OF: Record<EntityKind, readonly (keyof typeof FILE_KINDS)[]> = {
  PROJECT: ['plan', 'sheet', 'photo'],
  TASK: ['photo', 'photo', 'report'],
  ASSET: ['report', 'photo'],
  VENDOR: ['sheet'],
  PURCHASE_ORDER: ['invoice', 'sheet'],
  USER: [],
  TENANT: [],
};

function attachment(ctx: SeedContext, target: EntityTarget, fileName: string, contentType: string, createdAt: Date): Attachment {
  const { random } = ctx;
  return {
    ...ctx.ref(target),
    file_name: fileName,
    content_type: contentType,
    size_bytes: fileSize(random, contentType),
    storage_key: `${ctx.tenantId}/${entityRegistry[target.kind].entityType}/${target.id}/${random.uuid()}/${fileName}`,
    // Files that arrived through an integration have neither a checksum nor an uploader.
    ...(random.chance(0.9) && { checksum: ctx.hex(64), uploaded_by: ctx.someone() }),
    created_at: createdAt,
  };
}

/**
 * Files attached to rows, and seed 004's covers: about half the projects point at an image of
 * their own through projects.cover_attachment_id, set here on the rows before they are inserted,
 * and one more project points at an ObjectId that no document has (its cover was deleted from
 * MongoDB only), which must resolve to null.
 */
export function attachmentDocuments(ctx: SeedContext): Drafts<'attachment_metadata'> {
  const { random, data } = ctx;
  const docs: Attachment[] = [];

  // Projects updated since they were created first: their cover came with a later write, as the changelog shows.
  const updated = data.projects.filter((p) => p.updatedAt > p.createdAt);
  const half = Math.floor(data.projects.length / 2);
  const covered = ctx.sample(updated.length >= half ? updated : data.projects, half);
  for (const project of covered) {
    const span = project.updatedAt.getTime() - project.createdAt.getTime();
    const createdAt = span > 0 ? new Date(project.createdAt.getTime() + Math.floor(random.next() * span)) : ctx.after(project.createdAt, MINUTE);
    const [extension, contentType] = random.pick([['jpg', 'image/jpeg'], ['jpg', 'image/jpeg'], ['png', 'image/png'], ['webp', 'image/webp']] as const);
    const cover = attachment(ctx, { kind: 'PROJECT', id: project.id }, `${project.code.toLowerCase()}-cover.${extension}`, contentType, createdAt);
    cover._id = ctx.objectId(createdAt);
    project.coverAttachmentId = cover._id.toHexString();
    docs.push(cover);
  }
  const uncovered = data.projects.find((p) => !p.coverAttachmentId);
  if (uncovered) uncovered.coverAttachmentId = ctx.objectId(ctx.after(uncovered.createdAt)).toHexString();

  for (const target of ctx.targets) {
    const kinds = FILES_OF[target.kind];
    if (!kinds.length || !random.chance(target.kind === 'VENDOR' ? 0.15 : 0.25)) continue;
    const [fileName, contentType] = FILE_KINDS[random.pick(kinds)];
    docs.push(attachment(ctx, target, fileName, contentType, ctx.after(target.createdAt)));
  }

  // Files whose row is gone, or is another tenant's: the bridge resolves them to null.
  for (const target of [ctx.gone.task, ...(ctx.foreign ? [ctx.foreign] : [])]) {
    docs.push(attachment(ctx, target, FILE_KINDS.report[0], FILE_KINDS.report[1], ctx.ago(2 * DAY, 20 * DAY)));
  }
  return { attachment_metadata: docs };
}
