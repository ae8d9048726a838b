import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';

/**
 * The floor for the fixed cost of a request in `bench:peer`: a bare Apollo Server 5, out of the
 * box in production mode, answering `{ __typename }`. Plain JavaScript, run by node as it is.
 * Prints `listening <url>`.
 */
const server = new ApolloServer({ typeDefs: 'type Query { ok: Boolean }', resolvers: { Query: { ok: () => true } } });
const { url } = await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } });
process.stdout.write(`listening ${url}\n`);
process.on('SIGTERM', () => void server.stop().then(() => process.exit(0)));
