import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { composeServices } from '@apollo/composition';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse, visit } from 'graphql';
import { createTenant, dropTenant, type FixtureTenant } from '../support/fixtures';
import { startTestGateway, type TestGateway } from '../support/gateway';

/**
 * A second subgraph, for this test only: it owns project ratings and a list of featured
 * projects, and knows nothing else about projects.
 */
function reviewsSubgraph(featured: string[]) {
  const typeDefs = parse(`
    extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
    type Project @key(fields: "id") { id: ID! rating: Int! }
    type Query { featuredProjects: [Project!]! }
  `);
  const rating = (id: string) => (id.charCodeAt(0) % 5) + 1;
  return buildSubgraphSchema({
    typeDefs,
    resolvers: {
      Query: { featuredProjects: () => featured.map((id) => ({ id })) },
      Project: { __resolveReference: (ref: { id: string }) => ({ id: ref.id }), rating: (p: { id: string }) => rating(p.id) },
    } as never,
  });
}

let gw: TestGateway;
let acme: FixtureTenant;
let reviews: ApolloServer;
let router: ApolloServer<{ token?: string }>;

beforeAll(async () => {
  gw = await startTestGateway();
  acme = await createTenant(gw.backends.pg, 'super', 3);
  reviews = new ApolloServer({ schema: reviewsSubgraph(acme.projects.map((p) => p.id)) });
  const { url: reviewsUrl } = await startStandaloneServer(reviews, { listen: { port: 0, host: '127.0.0.1' } });

  const sdl = (await gw.query('{ _service { sdl } }')).data!._service.sdl as string;
  // @cacheTag is for a router's response cache, which @apollo/gateway does not have: it refuses a
  // supergraph that links cacheTag/v0.1 (`for: EXECUTION`, added by composition once a subgraph
  // uses @cacheTag). So this gateway gets the SDL without the tags; router.test.ts composes the
  // whole SDL and serves it through Hive Gateway.
  const untagged = visit(parse(sdl), { Directive: (node) => (node.name.value === 'cacheTag' ? null : undefined) });
  const composed = composeServices([
    { name: 'gateway', typeDefs: untagged, url: gw.url },
    { name: 'reviews', typeDefs: parse(`
      extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
      type Project @key(fields: "id") { id: ID! rating: Int! }
      type Query { featuredProjects: [Project!]! }`), url: reviewsUrl },
  ]);
  if (composed.errors) throw new Error(composed.errors.map((e) => e.message).join('\n'));

  const gateway = new ApolloGateway({
    supergraphSdl: composed.supergraphSdl,
    buildService: ({ url }) =>
      new RemoteGraphQLDataSource<{ token?: string }>({
        url,
        willSendRequest({ request, context }) {
          if (context.token) request.http?.headers.set('authorization', `Bearer ${context.token}`);
        },
      }),
  });
  router = new ApolloServer({ gateway });
  await router.start();
});

afterAll(async () => {
  await router?.stop();
  await reviews?.stop();
  await dropTenant(gw.backends.pg, acme);
  await gw.stop();
});

describe('supergraph', () => {
  it('composes with another subgraph and answers a query that spans both', async () => {
    const token = await gw.tokenFor(acme.member);
    const result = await router.executeOperation(
      { query: `{
        featuredProjects { id name rating owner { email } }
        projects(first: 3) { edges { node { id rating } } }
      }` },
      { contextValue: { token } },
    );
    expect(result.body.kind).toBe('single');
    const body = (result.body as { singleResult: { data?: any; errors?: unknown } }).singleResult;
    expect(body.errors).toBeUndefined();
    expect(body.data.featuredProjects).toEqual(
      acme.projects.map((p) => ({ id: p.id, name: p.name, rating: expect.any(Number), owner: { email: acme.admin.email } })),
    );
    expect(body.data.projects.edges).toHaveLength(3);
    expect(body.data.projects.edges.every((e: any) => typeof e.node.rating === 'number')).toBe(true);
  });
});
