import { parseArgs } from 'node:util';
import { SingleBar, Presets } from 'cli-progress';
import type { Document } from 'mongodb';
import { openBackends } from '../backends';
import { PLATFORM_TENANT } from '../catalogue/types';
import { catalogue } from '../catalogue/collections';
import { loadConfig } from '../config';
import { generateDemo } from '../seed/demo';
import { DEMO_TENANTS } from '../seed/relational';
import { seedSizes, type SeedSize } from '../seed/sizes';
import { insertDocuments, insertRows, withoutCapture } from '../seed/write';
import { insertConversations } from '../seed/chat';

/**
 * `npm run seed -- [--size small|medium|large] [--anchor YYYY-MM-DD]`: replaces the demo tenants
 * `acme` and `globex` with the same deterministic data on every run, and the platform's shared
 * documents (tenant `global`) of the collections the seed gives it. Timestamps end at the anchor
 * day (default: today), so the data always looks recent.
 */
async function main() {
  const { values } = parseArgs({
    options: { size: { type: 'string', default: 'small' }, anchor: { type: 'string' } },
  });
  if (!(values.size! in seedSizes)) throw new Error(`--size must be one of ${Object.keys(seedSizes).join(', ')}`);
  const shape = seedSizes[values.size as SeedSize];
  const anchor = new Date(`${values.anchor ?? new Date().toISOString().slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(anchor.getTime())) throw new Error('--anchor must be a date, YYYY-MM-DD');

  // Everything is generated before anything is written: the documents complete the rows (project covers).
  const { tenants, documents, platform, conversations } = generateDemo(shape, anchor);
  const lists = (docs: object) => Object.entries(docs) as [string, Document[]][];

  const rowCount = tenants.reduce((n, t) => n + 1 + t.users.length + t.projects.length + t.tasks.length
    + t.assets.length + t.vendors.length + t.purchaseOrders.length, 0);
  const docCount = [...documents, platform].reduce((n, d) => n + lists(d).reduce((m, [, list]) => m + list.length, 0), 0);

  const config = loadConfig();
  const backends = await openBackends(config);
  const bar = new SingleBar({ format: 'seed [{bar}] {percentage}% | {value}/{total} rows and documents | {step}' }, Presets.shades_classic);
  bar.start(rowCount + docCount, 0, { step: 'resetting demo tenants' });
  const advance = (step: string) => (n: number) => bar.increment(n, { step });
  try {
    const tenantIds = tenants.map((t) => t.tenant.id);
    // PostgreSQL first, in one transaction: if it fails, both stores keep the previous demo data.
    await withoutCapture(backends.pg, async (client) => {
      // A bulk load, not changes: the seed writes the rows' history itself (entity_changelog), so
      // the outbox triggers must not record this transaction's deletes and inserts.
      await client.query("SET LOCAL gateway.capture = 'off'");
      await client.query('DELETE FROM tenants WHERE id = ANY($1::uuid[]) OR slug = ANY($2)', [
        tenantIds, DEMO_TENANTS.map((t) => t.slug),
      ]);
      for (const t of tenants) {
        await insertRows(client, 'TENANT', [t.tenant], advance('tenants'));
        await insertRows(client, 'USER', t.users, advance('users'));
        await insertRows(client, 'PROJECT', t.projects, advance('projects'));
        await insertRows(client, 'TASK', t.tasks, advance('tasks'));
        await insertRows(client, 'ASSET', t.assets, advance('assets'));
        await insertRows(client, 'VENDOR', t.vendors, advance('vendors'));
        await insertRows(client, 'PURCHASE_ORDER', t.purchaseOrders, advance('purchase orders'));
      }
      for (const [i, t] of tenants.entries()) await insertConversations(client, t.tenant.id, conversations[i]!);
    });
    await Promise.all(catalogue.map((spec) => backends.mongo.collection(spec.name).deleteMany({ tenant_id: { $in: tenantIds } })));
    await Promise.all(lists(platform).map(([collection]) => backends.mongo.collection(collection).deleteMany({ tenant_id: PLATFORM_TENANT })));
    for (const [i, docs] of documents.entries()) {
      const tenantId = tenantIds[i]!;
      for (const [collection, list] of lists(docs)) {
        await insertDocuments(backends.mongo, collection, list.map((doc) => ({ ...doc, tenant_id: tenantId })), advance(collection));
      }
    }
    for (const [collection, list] of lists(platform)) {
      await insertDocuments(backends.mongo, collection, list.map((doc) => ({ ...doc, tenant_id: PLATFORM_TENANT })), advance(`platform ${collection}`));
    }
    bar.update({ step: 'done' });
    bar.stop();
    process.stdout.write(`seed: ${rowCount} rows in PostgreSQL, ${docCount} documents in MongoDB (size ${values.size})\n`);
  } finally {
    bar.stop();
    await backends.close();
  }
}

main().catch((error) => {
  process.stderr.write(`seed failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
