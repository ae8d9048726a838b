import { ObjectId, type Db } from 'mongodb';
import { readAccess } from '../../src/auth/permissions';
import { catalogue, type CollectionName } from '../../src/catalogue/collections';
import { ownerField } from '../../src/catalogue/filters';
import { indexesOf } from '../../src/catalogue/indexes';
import type { CollectionSpec } from '../../src/catalogue/types';
import { sampleDocument } from '../support/catalogue';
import { createTenant, dropTenant, type FixtureTenant } from '../support/fixtures';
import { countMongoCommands, countPgQueries, startTestGateway, type TestGateway } from '../support/gateway';

/**
 * Entity → documents for every polymorphic collection: each connection of 50 projects is one
 * aggregate, with the access rule applied inside it; and PostgreSQL → MongoDB, a project's cover
 * attachment, batched across the page.
 */
let gw: TestGateway;
let db: Db;
let acme: FixtureTenant;
let member: string;

const bridged = (catalogue as readonly CollectionSpec[]).filter((spec) => spec.graphql.entityField);
const fieldOf = (spec: CollectionSpec) => spec.graphql.entityField!;

/** How many documents of the collection project i has: i % 3, or at most one where a unique index says so. */
function countFor(spec: CollectionSpec, i: number) {
  const owner = ownerField(spec.name as CollectionName);
  // A unique index on the entity (and the owner, and fields the samples leave out) allows one.
  const perEntity = indexesOf(spec).some((index) => index.unique && 'entity_id' in index.key &&
    Object.keys(index.key).slice(1).every((key) => ['entity_type', 'entity_id', owner].includes(key) || spec.fields[key]?.optional));
  return perEntity ? Math.min(1, i % 3) : i % 3;
}
const coverIds: string[] = [];

beforeAll(async () => {
  gw = await startTestGateway();
  db = gw.backends.mongo;
  acme = await createTenant(gw.backends.pg, 'entity-docs', 50);
  member = await gw.tokenFor(acme.member);
  // Project i gets i % 3 documents of every collection, owned by the member where the rule asks,
  // plus one of another user that the member must not see.
  for (const spec of bridged) {
    const name = spec.name as CollectionName;
    const owner = ownerField(name);
    const docs = acme.projects.flatMap((project, i) => [
      ...Array.from({ length: countFor(spec, i) }, (_, j) => sampleDocument(name, acme.id, new Date(Date.now() - (j + 1) * 60_000), {
        entity_type: 'project', entity_id: project.id, ...(owner && { [owner]: acme.member.id }),
      })),
      ...(owner ? [sampleDocument(name, acme.id, new Date(), { entity_type: 'project', entity_id: project.id, [owner]: acme.admin.id })] : []),
    ]);
    await db.collection(name).insertMany(docs);
  }
});

afterAll(async () => {
  await Promise.all(bridged.map((spec) => db.collection(spec.name).deleteMany({ tenant_id: acme.id })));
  await dropTenant(gw.backends.pg, acme);
  await gw.stop();
});

describe('every polymorphic collection on every Entity', () => {
  it('costs one aggregate per connection for 50 projects, whatever their count of documents', async () => {
    const selections = bridged.map((spec) => `${fieldOf(spec)}(first: 2) { totalCount edges { node { id } } }`).join(' ');
    const mongo = countMongoCommands(gw.backends.mongoClient);
    const res = await gw.query(`{ projects(first: 50) { edges { node { id ${selections} } } } }`, {}, member);
    mongo.restore();
    expect(res.errors).toBeUndefined();
    expect(mongo.commands).toEqual(bridged.map(() => 'aggregate'));
    const byId = new Map(res.data!.projects.edges.map((e: any) => [e.node.id, e.node]));
    acme.projects.forEach((project, i) => {
      for (const spec of bridged) {
        const connection = (byId.get(project.id) as any)[fieldOf(spec)];
        expect({ field: fieldOf(spec), totalCount: connection.totalCount, page: connection.edges.length })
          .toEqual({ field: fieldOf(spec), totalCount: countFor(spec, i), page: Math.min(2, countFor(spec, i)) });
      }
    });
  });

  it.each(bridged.filter((spec) => readAccess[spec.name as CollectionName].kind === 'owner').map((s) => [fieldOf(s)]))(
    "%s shows the reader's own documents only",
    async (field) => {
      const admin = await gw.tokenFor(acme.admin);
      const res = await gw.query(`{ projects(first: 50) { edges { node { ${field}(first: 5) { totalCount } } } } }`, {}, admin);
      expect(res.data!.projects.edges.map((e: any) => e.node[field].totalCount)).toEqual(acme.projects.map(() => 1));
    },
  );
});

describe('a PostgreSQL column holding a document id (seed 004)', () => {
  beforeAll(async () => {
    // Every other project has a cover; the last one's points at nothing.
    const covers = acme.projects.filter((_, i) => i % 2 === 0).map((project) => ({
      project, doc: sampleDocument('attachment_metadata', acme.id, new Date(), { entity_type: 'project', entity_id: project.id, content_type: 'image/jpeg' }),
    }));
    const { insertedIds } = await db.collection('attachment_metadata').insertMany(covers.map((c) => c.doc));
    for (const [i, { project }] of covers.entries()) {
      const id = i === covers.length - 1 ? new ObjectId().toHexString() : insertedIds[i]!.toHexString();
      coverIds.push(id);
      await gw.backends.pg.query('UPDATE projects SET cover_attachment_id = $1 WHERE id = $2', [id, project.id]);
    }
  });

  it("resolves every project's cover in one find, and a dangling one to null", async () => {
    const sql = countPgQueries(gw.backends.pg);
    const mongo = countMongoCommands(gw.backends.mongoClient);
    const res = await gw.query('{ projects(first: 50) { edges { node { id coverAttachment { id contentType entity { id } } } } } }', {}, member);
    sql.restore();
    mongo.restore();
    expect(res.errors).toBeUndefined();
    expect(mongo.commands).toEqual(['find']);
    expect(sql.statements).toHaveLength(1); // the page; the covers' projects come from it
    const covers = res.data!.projects.edges.map((e: any) => e.node.coverAttachment?.id ?? null).filter(Boolean);
    expect(covers.sort()).toEqual(coverIds.slice(0, -1).sort());
  });
});
