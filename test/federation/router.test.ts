import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { composeServices } from '@apollo/composition';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import { parse } from 'graphql';
import { createClient } from 'graphql-sse';
import { createTenant, dropTenant, type FixtureTenant } from '../support/fixtures';
import { countPgQueries, startTestGateway, type TestGateway } from '../support/gateway';
import { liveEnv, prepareDatabase, stopAndDropDatabase } from '../live/support';

/**
 * A real router in front of this subgraph: Hive Gateway's runtime composes it with a small second
 * subgraph (forecasts for projects) and forwards each client's token, with the router secret.
 */
const ROUTER_SECRET = 'router-secret-for-the-router-test-0123456789';
const EXTRAS_SDL = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
  type Project @key(fields: "id") { id: ID! forecast: String! }
  type Query { pinnedProjects(ids: [ID!]!): [Project]! }
`;

let gw: TestGateway;
let extras: ApolloServer;
let router: Server;
let routerUrl: string;
let acme: FixtureTenant;
let globex: FixtureTenant;

beforeAll(async () => {
  gw = await startTestGateway({ ...liveEnv('router'), ROUTER_SECRET, MAX_ALIASES: '15', MAX_SUBSCRIPTIONS_PER_USER: '1' });
  await prepareDatabase(gw.backends.mongo);
  acme = await createTenant(gw.backends.pg, 'router', 12);
  globex = await createTenant(gw.backends.pg, 'router-other', 1);

  extras = new ApolloServer({
    schema: buildSubgraphSchema({
      typeDefs: parse(EXTRAS_SDL),
      resolvers: {
        Query: { pinnedProjects: (_: unknown, { ids }: { ids: string[] }) => ids.map((id) => ({ __typename: 'Project', id })) },
        Project: { __resolveReference: (ref: { id: string }) => ref, forecast: (p: { id: string }) => `sunny over ${p.id.slice(0, 4)}` },
      } as never,
    }),
  });
  const { url: extrasUrl } = await startStandaloneServer(extras, { listen: { port: 0, host: '127.0.0.1' } });
  const sdl = (await gw.query('{ _service { sdl } }')).data!._service.sdl as string;
  const composed = composeServices([
    { name: 'gateway', typeDefs: parse(sdl), url: gw.url },
    { name: 'extras', typeDefs: parse(EXTRAS_SDL), url: extrasUrl },
  ]);
  if (composed.errors) throw new Error(composed.errors.map((e) => e.message).join('\n'));

  // Hive's logger reads LOG_LEVEL too, and does not know pino's "silent".
  process.env.LOG_LEVEL = 'error';
  const runtime = createGatewayRuntime({
    supergraph: () => composed.supergraphSdl!,
    logging: false,
    propagateHeaders: {
      // The client's token travels with every subgraph request; the secret proves the router.
      fromClientToSubgraphs: ({ request }) => ({ authorization: request.headers.get('authorization'), 'x-router-secret': ROUTER_SECRET }),
    },
  });
  router = createServer(runtime);
  await new Promise<void>((resolve) => router.listen(0, '127.0.0.1', resolve));
  routerUrl = `http://127.0.0.1:${(router.address() as AddressInfo).port}/graphql`;
}, 60_000);

afterAll(async () => {
  await new Promise((resolve) => (router ? router.close(resolve) : resolve(undefined)));
  await extras?.stop();
  await dropTenant(gw.backends.pg, acme);
  await dropTenant(gw.backends.pg, globex);
  await stopAndDropDatabase(gw);
});

async function viaRouter(query: string, variables: Record<string, unknown>, user: { id: string; tenantId: string; roles?: string[] }) {
  const res = await fetch(routerUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await gw.tokenFor(user)}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

describe('through Hive Gateway', () => {
  it('answers a query across both subgraphs', async () => {
    const res = await viaRouter('{ projects(first: 2) { edges { node { name forecast comments(first: 1) { totalCount } } } } }', {}, acme.member);
    expect(res.errors).toBeUndefined();
    expect(res.data.projects.edges).toHaveLength(2);
    expect(res.data.projects.edges[0].node).toEqual({ name: expect.any(String), forecast: expect.stringMatching(/^sunny/), comments: { totalCount: 0 } });
  });

  it("resolves the other subgraph's references to 12 projects with one statement, and another tenant's as null", async () => {
    const ids = [...acme.projects.map((p) => p.id), globex.projects[0]!.id];
    const sql = countPgQueries(gw.backends.pg);
    const res = await viaRouter('query($ids: [ID!]!) { pinnedProjects(ids: $ids) { id name } }', { ids }, acme.member);
    sql.restore();
    expect(sql.statements).toHaveLength(1);
    expect(res.data.pinnedProjects.slice(0, 12).map((p: any) => p.id)).toEqual(acme.projects.map((p) => p.id));
    expect(res.data.pinnedProjects[12]).toBeNull();
  });

  it('passes a client operation of 16 root fields and 4 aliases, which the router merges under aliases of its own', async () => {
    const fields = ['me { id }', 'projects { totalCount }', 'unreadNotificationCount', 'dashboards { id }', 'reportTypes { name }',
      'recentActivity { totalCount }', 'changelog { totalCount }', 'comments { totalCount }', 'attachments { totalCount }',
      'emails { totalCount }', 'chatMessages { totalCount }', 'predictions { totalCount }'];
    const query = `{ ${[...fields, ...Array.from({ length: 4 }, (_, i) => `a${i}: me { id }`)].join(' ')} }`;
    const direct = await gw.query(query, {}, await gw.tokenFor(acme.member));
    expect(direct.errors).toBeUndefined();
    const res = await viaRouter(query, {}, acme.member);
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual(direct.data);
  });

  it('streams a subscription to a router client, and a subscription refused with its code', async () => {
    const token = await gw.tokenFor(acme.member);
    const client = createClient({ url: routerUrl, headers: { authorization: `Bearer ${token}` }, retryAttempts: 0 });
    const received: any[] = [];
    const first = new Promise<void>((resolve) => {
      client.subscribe({ query: 'subscription { notificationAdded { title } }' }, {
        next: (value) => (received.push(value), resolve()), error: () => resolve(), complete: () => resolve(),
      });
    });
    const sender = await gw.tokenFor({ ...acme.admin, roles: ['admin', 'sender'] });
    for (let i = 0; received.length === 0 && i < 50; i++) {
      await gw.query(`mutation($r: ID!) { sendNotification(input: { recipientIds: [$r], title: "via the router", body: "" }) { id } }`, { r: acme.member.id }, sender);
      await Promise.race([first, new Promise((resolve) => setTimeout(resolve, 100))]);
    }
    expect(received[0]).toEqual({ data: { notificationAdded: { title: 'via the router' } } });

    // This user may hold one subscription: a second one is refused, and the code reaches the client.
    const refused = await new Promise<any>((resolve) => {
      client.subscribe({ query: 'subscription { notificationUpdated { id } }' }, { next: resolve, error: resolve, complete: () => resolve(null) });
    });
    client.dispose();
    expect(JSON.stringify(refused)).toContain('TOO_MANY_SUBSCRIPTIONS');
  });
});
