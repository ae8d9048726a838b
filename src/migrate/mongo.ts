import { randomUUID } from 'node:crypto';
import { MongoServerError, type CollectionInfo, type CreateCollectionOptions, type Db, type IndexDescription } from 'mongodb';
import { catalogue as declaredCatalogue } from '../catalogue/collections';
import { indexDrift, type ServerIndex } from '../catalogue/drift';
import { TTL_INDEX } from '../catalogue/indexes';
import type { CollectionSpec, IndexSpec } from '../catalogue/types';
import { exclusively, Lease, LEASE_COLLECTION, type LeaseDoc } from '../stores/lease';
import { createOptions, expiryChange, indexesFor, storageForm, timeSeriesSupport, type StorageForm } from './timeseries';

export interface MongoMigration {
  created: string[];
  indexesCreated: number;
  indexesReplaced: number;
}

/** A few collections at a time: fast enough for a few dozen, gentle on a shared server. */
const CONCURRENCY = 4;
const NAMESPACE_EXISTS = 48;

export interface MigrationLockOptions {
  /** The lease lasts this long without renewal: a migration that died frees it after this. */
  leaseMs?: number;
  /** How long a second migration waits for the first one to finish. */
  waitMs?: number;
}

/**
 * Brings the database in line with the catalogue: creates missing collections (time series where
 * declared and the server has them, see timeseries.ts), creates missing indexes, and replaces
 * declared indexes whose key or options changed. Indexes are matched by name. A second run sends
 * no create, createIndexes or dropIndexes command at all.
 *
 * Indexes on the server that the catalogue does not declare are left alone: they may hold up
 * someone else's queries, and a migration must not remove what it does not own. The exception is
 * its own `ttl` index on a collection that became permanent, dropped (and counted as replaced).
 *
 * Migrations started together (several instances booting at once) run one after the other under
 * a lease: the first does the work, the others wait for it and then find nothing left to do. A
 * lock rather than tolerance of `NamespaceExists`, because two index syncs of one collection at
 * once can still drop what the other just created.
 */
export async function migrateMongo(
  db: Db,
  log: (line: string) => void = () => {},
  catalogue: readonly CollectionSpec[] = declaredCatalogue,
  { leaseMs = 30_000, waitMs = 120_000 }: MigrationLockOptions = {},
): Promise<MongoMigration> {
  const lease = new Lease(db.collection<LeaseDoc>(LEASE_COLLECTION), 'mongo-migration');
  return exclusively(lease, { owner: randomUUID(), leaseMs, waitMs }, () => migrateUnlocked(db, log, catalogue));
}

async function migrateUnlocked(db: Db, log: (line: string) => void, catalogue: readonly CollectionSpec[]) {
  const existing = new Map(
    (await db.listCollections({}).toArray()).map((collection) => [collection.name, collection as CollectionInfo]),
  );
  const result: MongoMigration = { created: [], indexesCreated: 0, indexesReplaced: 0 };
  const queue = [...catalogue];
  const timeSeries = timeSeriesSupport(db);
  const worker = async () => {
    for (let spec = queue.shift(); spec; spec = queue.shift()) {
      const support = spec.timeSeries && !existing.has(spec.name) ? await timeSeries() : undefined;
      const createdHere = !existing.has(spec.name) && (await createCollection(db, spec.name, support?.supported ? createOptions(spec) : {}));
      if (createdHere) {
        result.created.push(spec.name);
        log(`mongodb: created collection ${spec.name}`);
      }
      // What the server made of the time series it was asked for decides the indexes, as it does
      // for a collection that was there before (made by an older migration, or by an insert).
      const info = support?.supported && createdHere
        ? ((await db.listCollections({ name: spec.name }).toArray())[0] as CollectionInfo | undefined)
        : existing.get(spec.name);
      if (createdHere && support) {
        log(`mongodb: ${spec.name} is a ${storageForm(info) === 'timeseries' ? 'time series' : `plain collection (MongoDB ${support.version})`}`);
      }
      const expiry = createdHere ? undefined : expiryChange(spec, info);
      if (expiry !== undefined) {
        await db.command({ collMod: spec.name, expireAfterSeconds: expiry });
        log(`mongodb: ${spec.name}: expireAfterSeconds set to ${expiry}`);
      }
      const { created, replaced } = await syncIndexes(db, spec, createdHere, storageForm(info));
      result.indexesCreated += created;
      result.indexesReplaced += replaced;
      if (created + replaced > 0) log(`mongodb: ${spec.name}: ${created} index(es) created, ${replaced} replaced`);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, queue.length) }, worker));
  result.created.sort();
  return result;
}

/** False when it exists already: an insert outside the migration creates its collection implicitly. */
async function createCollection(db: Db, name: string, options: CreateCollectionOptions): Promise<boolean> {
  try {
    await db.createCollection(name, options);
    return true;
  } catch (error) {
    if (error instanceof MongoServerError && error.code === NAMESPACE_EXISTS) return false;
    throw error;
  }
}

async function syncIndexes(db: Db, spec: CollectionSpec, createdHere: boolean, form: StorageForm) {
  const collection = db.collection(spec.name);
  // A collection created a moment ago has only _id_, so asking the server would be a wasted round trip.
  const onServer = createdHere ? [] : ((await collection.listIndexes().toArray()) as ServerIndex[]);
  const declared = indexesFor(spec, form);
  const { missing, changed } = indexDrift(declared, onServer);
  // The TTL index is the migration's own (its name is derived, catalogue/indexes.ts), so a
  // collection whose retention became permanent loses it: MongoDB would go on expiring documents.
  const expiring = declared.some((index) => index.name === TTL_INDEX) ? undefined : onServer.find((index) => index.name === TTL_INDEX);
  if (expiring) await db.command({ dropIndexes: spec.name, index: expiring.key });
  // An index's options cannot be changed by creating it again. On MongoDB, `collMod` would change
  // a TTL in place, but the local test server has no `collMod`; drop and recreate works on both.
  // The drop names the index by its current key, not by name: the test server (mongo-java-server
  // 1.47, issue #246) drops a name from every collection of the database that uses it, and names
  // such as `ttl` recur in every collection here. (The driver's dropIndex only takes a name.)
  for (const index of changed) {
    const current = onServer.find((candidate) => candidate.name === index.name)!;
    await db.command({ dropIndexes: spec.name, index: current.key });
  }
  const toCreate = [...missing, ...changed];
  if (toCreate.length > 0) {
    try {
      await collection.createIndexes(toCreate.map(indexDescription));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      throw new Error(`mongodb: creating indexes on ${spec.name} failed: ${message}`, { cause: error });
    }
  }
  return { created: missing.length, replaced: changed.length + (expiring ? 1 : 0) };
}

function indexDescription(index: IndexSpec): IndexDescription {
  return {
    name: index.name,
    key: { ...index.key },
    ...(index.unique && { unique: true }),
    ...(index.expireAfterSeconds !== undefined && { expireAfterSeconds: index.expireAfterSeconds }),
    ...(index.partialFilterExpression && { partialFilterExpression: { ...index.partialFilterExpression } }),
  };
}
