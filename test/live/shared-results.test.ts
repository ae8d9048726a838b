import { GraphQLID, GraphQLNonNull, GraphQLObjectType, GraphQLSchema, GraphQLString, parse, type ExecutionResult } from 'graphql';
import type { Viewer } from '../../src/auth/viewer';
import { subscribeSharingResults } from '../../src/live/shared-results';

/**
 * Unit tests of the shared execution: a subscription whose source yields the objects pushed into
 * `feed`, and a `title` resolver that counts how often it runs.
 */
interface Event { id: string; title: string }

let executions = 0;
const Notice = new GraphQLObjectType<Event>({
  name: 'Notice',
  fields: {
    id: { type: new GraphQLNonNull(GraphQLID) },
    title: { type: GraphQLString, resolve: (event) => (executions++, event.title) },
    seenBy: { type: GraphQLString, resolve: (_event, _args, context: { viewer: Viewer }) => context.viewer.userId },
  },
});

function feed() {
  const waiting: ((event: Event) => void)[] = [];
  const pending: Event[] = [];
  let ended = false;
  const source: AsyncIterableIterator<Event> = {
    next: () => (pending.length > 0
      ? Promise.resolve({ value: pending.shift()!, done: false })
      : new Promise((resolve) => waiting.push((value) => resolve({ value, done: false })))),
    return: async () => ((ended = true), { value: undefined, done: true }),
    [Symbol.asyncIterator]() { return this; },
  };
  return {
    source,
    push: (event: Event) => (waiting.length > 0 ? waiting.shift()!(event) : pending.push(event)),
    get ended() { return ended; },
  };
}

function schemaFor(feeds: ReturnType<typeof feed>[]) {
  let next = 0;
  return new GraphQLSchema({
    query: new GraphQLObjectType({ name: 'Query', fields: { ok: { type: GraphQLString } } }),
    subscription: new GraphQLObjectType({
      name: 'Subscription',
      fields: {
        notice: { type: new GraphQLNonNull(Notice), subscribe: () => feeds[next++]!.source, resolve: (event: Event) => event },
      },
    }),
  });
}

const viewer = (userId: string): Viewer => ({ tenantId: 't1', userId, roles: ['member'], expiresAt: undefined });

async function subscribe(schema: GraphQLSchema, query: string, as: Viewer) {
  const stream = await subscribeSharingResults({ schema, document: parse(query), contextValue: { viewer: as } });
  if (!(Symbol.asyncIterator in stream)) throw new Error(JSON.stringify(stream));
  return stream;
}

const QUERY = 'subscription { notice { id title } }';
const data = (result: IteratorResult<ExecutionResult>) => JSON.parse(JSON.stringify(result.value)) as unknown;

beforeEach(() => {
  executions = 0;
});

test('the same operation for the same viewer runs once per event, and each subscription gets the whole result', async () => {
  const feeds = [feed(), feed(), feed()];
  const schema = schemaFor(feeds);
  const subscriptions = await Promise.all(feeds.map(() => subscribe(schema, QUERY, viewer('u1'))));
  const event = { id: 'n1', title: 'Invoice received' };
  for (const f of feeds) f.push(event);
  const results = await Promise.all(subscriptions.map((s) => s.next()));
  expect(executions).toBe(1);
  for (const result of results) expect(data(result)).toEqual({ data: { notice: { id: 'n1', title: 'Invoice received' } } });

  // Equal content in two objects is two events (a replay reads its own copies from MongoDB).
  feeds[0]!.push({ id: 'n2', title: 'Copy' });
  feeds[1]!.push({ id: 'n2', title: 'Copy' });
  await Promise.all([subscriptions[0]!.next(), subscriptions[1]!.next()]);
  expect(executions).toBe(3);
});

test('another viewer or another operation is executed on its own', async () => {
  const feeds = [feed(), feed(), feed()];
  const schema = schemaFor(feeds);
  const [alice, bob, aliceOther] = [
    await subscribe(schema, QUERY, viewer('alice')),
    await subscribe(schema, QUERY, viewer('bob')),
    await subscribe(schema, 'subscription { notice { id title seenBy } }', viewer('alice')),
  ];
  const event = { id: 'n1', title: 'Shared object' };
  for (const f of feeds) f.push(event);
  const [a, b, c] = await Promise.all([alice.next(), bob.next(), aliceOther.next()]);
  expect(executions).toBe(3);
  expect(data(c)).toEqual({ data: { notice: { id: 'n1', title: 'Shared object', seenBy: 'alice' } } });
  expect([data(a), data(b)]).toEqual([{ data: { notice: { id: 'n1', title: 'Shared object' } } }, { data: { notice: { id: 'n1', title: 'Shared object' } } }]);
});

test('ending a subscription ends its source', async () => {
  const feeds = [feed()];
  const subscription = await subscribe(schemaFor(feeds), QUERY, viewer('u1'));
  await subscription.return!();
  expect(feeds[0]!.ended).toBe(true);
});
