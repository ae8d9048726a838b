import type { ReadPreferenceMode, WriteConcern } from 'mongodb';
import type { CollectionName } from '../catalogue/collections';
import { collectionSpec } from '../catalogue/lookup';
import type { CollectionSpec } from '../catalogue/types';

/** How this deployment applies the catalogue's read preferences and write concerns (configuration). */
export interface MongoUseSettings {
  /** Collections declared for secondary reads use them (MONGO_SECONDARY_READS). */
  secondaryReads: boolean;
  /** The write concern of durable collections (MONGO_DURABLE_WRITE_CONCERN: majority, or a number of nodes). */
  durableWriteConcern: WriteConcern['w'];
}

export const DEFAULT_MONGO_USE: MongoUseSettings = { secondaryReads: true, durableWriteConcern: 'majority' };

/** The driver options of a read of `collection`, as declared and configured. */
export function readOptions(collection: CollectionName, settings: MongoUseSettings): { readPreference?: ReadPreferenceMode } {
  const spec: CollectionSpec = collectionSpec(collection);
  return settings.secondaryReads && spec.readPreference ? { readPreference: spec.readPreference } : {};
}

/** The driver options of a write to `collection`, as declared and configured. */
export function writeOptions(collection: CollectionName, settings: MongoUseSettings): { writeConcern?: WriteConcern } {
  const spec: CollectionSpec = collectionSpec(collection);
  return spec.durable ? { writeConcern: { w: settings.durableWriteConcern } } : {};
}
