import { catalogue, type CollectionName } from '../../catalogue/collections';
import type { EntityKind } from '../../registry/entities';
import type { SeededRandom } from '../random';
import type { DemoTenant } from '../relational';
import { activityDocuments } from './activity';
import { attachmentDocuments } from './attachment';
import { auditDocuments } from './audit';
import { cacheDocuments } from './cache';
import { createContext, drawObjectId, type DemoDocuments, type Drafts } from './context';
import { integrationDocuments } from './integration';
import { messagingDocuments } from './messaging';
import { mlDocuments } from './ml';
import { notificationDocuments } from './notification';
import { observabilityDocuments } from './observability';
import { preferenceDocuments } from './preference';
import { timeSeriesDocuments } from './timeseries';

export type { DemoDocuments, SeedDocument } from './context';
export { generatePlatformDocuments, type PlatformDocuments } from './platform';

/**
 * Documents of every collection of the catalogue for one tenant, tied to its rows, without
 * tenant_id (the seed adds it). A few point on purpose at rows that do not exist or at `foreign`
 * (a row of another tenant), which must resolve to null like any missing row, and a few are past
 * their collection's retention, which reads must leave out.
 *
 * Sets the covers of the tenant's projects (`coverAttachmentId`) on `data`'s rows, so it must run
 * before the rows are inserted.
 */
export function generateDocuments(
  random: SeededRandom, data: DemoTenant, foreign: { kind: EntityKind; id: string } | undefined, anchor: Date,
): DemoDocuments {
  const ctx = createContext(random, data, foreign, anchor);
  // Covers first: they change project rows, whose history the changelog then ends with.
  const attachments = attachmentDocuments(ctx);
  const integration = integrationDocuments(ctx);
  const notifications = notificationDocuments(ctx);
  const drafts: Drafts<CollectionName> = {
    ...auditDocuments(ctx),
    ...integration,
    ...activityDocuments(ctx),
    ...messagingDocuments(ctx, notifications.notification_delivery),
    ...notifications,
    ...cacheDocuments(ctx),
    ...preferenceDocuments(ctx),
    ...mlDocuments(ctx),
    ...observabilityDocuments(ctx, integration.api_request_log),
    ...attachments,
    ...timeSeriesDocuments(ctx),
  };
  // The documents nobody refers to get their ids here, in catalogue order: the same ids on every run.
  const lists = drafts as unknown as Record<string, Record<string, unknown>[]>;
  const documents = Object.fromEntries(catalogue.map(({ name, timeField }) => [name,
    lists[name]!.map((doc) => (doc._id ? doc : { _id: drawObjectId(random, doc[timeField] as Date), ...doc }))]));
  return documents as unknown as DemoDocuments;
}
