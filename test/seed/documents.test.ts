import { BSON, type Document } from 'mongodb';
import { PLATFORM_TENANT } from '../../src/catalogue/types';
import { catalogue, type CollectionName } from '../../src/catalogue/collections';
import type { CollectionSpec } from '../../src/catalogue/types';
import { documentProblems } from '../../src/catalogue/validate';
import { generateDemo } from '../../src/seed/demo';
import { seedSizes } from '../../src/seed/sizes';

/** The generators only: no service is touched. The same entry point as `npm run seed`. */
const anchor = new Date('2026-12-01T00:00:00Z');
const demo = generateDemo(seedSizes.small, anchor);
const names = catalogue.map((spec) => spec.name);

const docsOf = (tenant: number, name: CollectionName) => demo.documents[tenant]![name] as unknown as Document[];
const rowIds = (tenant: number) => {
  const t = demo.tenants[tenant]!;
  return new Set([t.tenant, ...t.users, ...t.projects, ...t.tasks, ...t.assets, ...t.vendors, ...t.purchaseOrders].map((row) => row.id));
};

/** The first few problems of a collection's documents, as one readable list for the failure message. */
function problemsOf(name: CollectionName, docs: Document[], tenantId: string): string[] {
  return docs.flatMap((doc, i) => documentProblems(name, { ...doc, tenant_id: tenantId }, { strict: true }).map((p) => `#${i}: ${p}`)).slice(0, 5);
}

describe('demo documents (npm run seed)', () => {
  describe.each(demo.tenants.map((t, i) => [t.tenant.slug, i] as const))('tenant %s', (_, tenant) => {
    const tenantId = demo.tenants[tenant]!.tenant.id;

    it('has documents in every collection of the catalogue, and nothing else', () => {
      expect(Object.keys(demo.documents[tenant]!).sort()).toEqual([...names].sort());
      expect(names.filter((name) => docsOf(tenant, name).length === 0)).toEqual([]);
    });

    it.each(names)('%s: every document matches the declaration exactly', (name) => {
      expect(problemsOf(name, docsOf(tenant, name), tenantId)).toEqual([]);
    });

    it('keeps to the unique indexes of the catalogue, so inserting never fails', () => {
      const duplicates = (catalogue as readonly CollectionSpec[]).flatMap((spec) => spec.indexes.filter((index) => index.unique).flatMap((index) => {
        const keys = docsOf(tenant, spec.name as CollectionName).map((doc) =>
          JSON.stringify(Object.keys(index.key).filter((k) => k !== 'tenant_id').map((k) => doc[k] ?? null)));
        return keys.filter((key, i) => keys.indexOf(key) !== i).map((key) => `${spec.name}.${index.name} ${key}`);
      }));
      expect(duplicates).toEqual([]);
    });

    it('dates every document before the anchor, by its time field', () => {
      const late = catalogue.flatMap((spec) => docsOf(tenant, spec.name)
        .filter((doc) => !((doc[spec.timeField] as Date).getTime() < anchor.getTime())).map(() => spec.name));
      expect(late).toEqual([]);
    });

    it('points some bridged documents at missing rows and at a row of the other tenant', () => {
      const own = rowIds(tenant);
      const other = rowIds((tenant + 1) % demo.tenants.length);
      const bridged = catalogue.filter((spec) => spec.polymorphic).flatMap((spec) => docsOf(tenant, spec.name).filter((doc) => doc.entity_id));
      expect(bridged.filter((doc) => !own.has(doc.entity_id) && !other.has(doc.entity_id)).length).toBeGreaterThan(0);
      expect(bridged.filter((doc) => other.has(doc.entity_id)).length).toBeGreaterThan(0);
      // Optional bridges are optional in practice too: a dashboard view, a pinned report.
      for (const name of ['user_activity_event', 'user_favorite', 'email_communication', 'notification_delivery'] as const) {
        expect(docsOf(tenant, name).some((doc) => doc.entity_type === undefined)).toBe(true);
      }
    });

    it('replies to earlier documents of the same thread, and logs deliveries of existing notifications', () => {
      const byId = (name: CollectionName) => new Map(docsOf(tenant, name).map((doc) => [doc._id.toHexString(), doc]));
      const messages = byId('chat_message');
      const replies = docsOf(tenant, 'chat_message').filter((m) => m.thread_id);
      expect(replies.length).toBeGreaterThan(0);
      for (const reply of replies) {
        const root = messages.get(reply.thread_id.toHexString());
        expect([root?.channel_id, root && root.sent_at < reply.sent_at]).toEqual([reply.channel_id, true]);
      }
      const comments = byId('comment_thread');
      const answers = docsOf(tenant, 'comment_thread').filter((c) => c.parent_id);
      expect(answers.length).toBeGreaterThan(0);
      for (const answer of answers) expect(comments.get(answer.parent_id.toHexString())?.entity_id).toBe(answer.entity_id);
      expect(docsOf(tenant, 'comment_thread').some((c) => c.mentions.length > 0)).toBe(true);
      const notifications = byId('notification_delivery');
      for (const log of [...docsOf(tenant, 'push_notification_log'), ...docsOf(tenant, 'sms_delivery_log')]) {
        expect(notifications.has(log.notification_id.toHexString())).toBe(true);
      }
    });

    it('gives about half the projects an image cover of their own, and one a cover that does not exist', () => {
      const attachments = new Map(docsOf(tenant, 'attachment_metadata').map((doc) => [doc._id.toHexString(), doc]));
      const { projects } = demo.tenants[tenant]!;
      const pointing = projects.filter((p) => p.coverAttachmentId !== null);
      expect(pointing.every((p) => /^[0-9a-f]{24}$/.test(p.coverAttachmentId!))).toBe(true);
      const covers = pointing.map((p) => [p, attachments.get(p.coverAttachmentId!)] as const);
      const found = covers.filter(([, doc]) => doc);
      expect(found.length).toBe(Math.floor(projects.length / 2));
      for (const [project, doc] of found) {
        expect([doc!.entity_type, doc!.entity_id, doc!.content_type.startsWith('image/')]).toEqual(['project', project.id, true]);
      }
      expect(covers.length - found.length).toBe(1);
    });
  });

  it('has documents past their retention in some TTL collections, for readers to leave out', () => {
    const expired = catalogue.filter((spec) => spec.retention.kind === 'ttl').filter((spec) => {
      const { field, seconds } = spec.retention as { field: string; seconds: number };
      return demo.documents.some((docs) => (docs[spec.name] as unknown as Document[])
        .some((doc) => doc[field] instanceof Date && doc[field].getTime() <= anchor.getTime() - seconds * 1000));
    }).map((spec) => spec.name);
    expect(expired).toEqual(expect.arrayContaining(['api_request_log', 'error_log']));
  });

  it('gives cache entries expiries after the anchor, but for a stale one that readers must recompute', () => {
    const entries = demo.documents.flatMap((docs) => [...docs.report_cache, ...docs.dashboard_snapshot]);
    const stale = entries.filter((doc) => doc.expires_at.getTime() <= anchor.getTime());
    expect(stale.length).toBeGreaterThan(0);
    expect(entries.length - stale.length).toBeGreaterThan(stale.length);
  });

  it('stays small enough for the local MongoDB test server', () => {
    const total = demo.documents.reduce((n, docs) => n + Object.values(docs).reduce((m, list) => m + list.length, 0), 0);
    expect(total).toBeLessThanOrEqual(3_000);
  });

  it('produces the same rows and documents on every run', () => {
    const again = generateDemo(seedSizes.small, anchor);
    expect(BSON.EJSON.stringify(again, { relaxed: false })).toBe(BSON.EJSON.stringify(demo, { relaxed: false }));
  });

  it('gives the platform default layouts and shared models, which match their declarations', () => {
    const { dashboard_layout, ml_model_registry } = demo.platform;
    expect(dashboard_layout.map((doc) => [doc.dashboard_id, doc.user_id ?? null])).toEqual([['overview', null], ['procurement', null]]);
    expect(ml_model_registry.length).toBeGreaterThan(0);
    expect(problemsOf('dashboard_layout', dashboard_layout as unknown as Document[], PLATFORM_TENANT)).toEqual([]);
    expect(problemsOf('ml_model_registry', ml_model_registry as unknown as Document[], PLATFORM_TENANT)).toEqual([]);
  });
});
