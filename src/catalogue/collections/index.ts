import { activity } from './activity';
import { attachments } from './attachment';
import { audit } from './audit';
import { caches } from './cache';
import { integration } from './integration';
import { messaging } from './messaging';
import { ml } from './ml';
import { notifications } from './notification';
import { observability } from './observability';
import { preferences } from './preference';
import { timeSeries } from './timeseries';

/**
 * The 32 collections seed 000 names (its headline says 35, its list names 32), in its order, one
 * file per category, then seed 002's time series of asset readings: 33 in all. Only a
 * collection's own access paths are listed under `indexes`; the tenant-first time index, the
 * bridge index and the TTL index are derived (../indexes.ts).
 */
export const catalogue = [
  ...audit, ...integration, ...activity, ...messaging, ...notifications,
  ...caches, ...preferences, ...ml, ...observability, ...attachments,
  ...timeSeries,
] as const;

export type Catalogue = typeof catalogue;
export type CollectionName = Catalogue[number]['name'];
export type SpecOf<N extends CollectionName> = Extract<Catalogue[number], { name: N }>;
