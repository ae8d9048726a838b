import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { composeServices } from '@apollo/composition';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import { parse } from 'graphql';

/**
 * Hive Gateway in front of this subgraph, for `bench:router`, in its own process: the supergraph
 * is composed from the first instance's SDL, and its fetches go round-robin to every instance in
 * SUBGRAPH_URLS (as a load balancer in front of them would). The client's token and the router
 * secret travel with each fetch. Prints `listening <url>` once ready.
 */
async function main() {
  const urls = process.env.SUBGRAPH_URLS!.split(',');
  const sdl = ((await (await fetch(urls[0]!, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ _service { sdl } }' }),
  })).json()) as { data: { _service: { sdl: string } } }).data._service.sdl;
  const composed = composeServices([{ name: 'gateway', typeDefs: parse(sdl), url: urls[0]! }]);
  if (composed.errors) throw new Error(composed.errors.map((e) => e.message).join('\n'));
  let turn = 0;
  process.env.LOG_LEVEL = 'error'; // Hive's logger reads it too
  const runtime = createGatewayRuntime({
    supergraph: () => composed.supergraphSdl!,
    logging: false,
    propagateHeaders: {
      fromClientToSubgraphs: ({ request }) => ({ authorization: request.headers.get('authorization'), 'x-router-secret': process.env.ROUTER_SECRET! }),
    },
    plugins: () => [{ onFetch: ({ setURL }) => setURL(urls[turn++ % urls.length]!) }],
  });
  const server = createServer(runtime);
  server.listen(0, '127.0.0.1', () => process.stdout.write(`listening http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql\n`));
  process.on('SIGTERM', () => server.close(() => process.exit(0)));
}

void main();
