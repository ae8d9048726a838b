import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { signToken } from '../src/auth/tokens';
import { openBackends, type OpenBackends } from '../src/backends';
import { loadConfig, type Config } from '../src/config';
import { presenceKeyOf } from '../src/stores/presence';
import { percentile, Subscribers } from './live-clients';
import { cpuMs, load, printTable, spawnGateway, writeResults } from './support';

/**
 * `npm run bench:chat`: chat as seed 003 (CAAS) measures it, with 1,000 members online across 100
 * conversations, on the databases `make seed` prepared, in a tenant of the benchmark's own
 * (removed afterwards):
 *
 * - every conversation has 100 members and every member is in 10 of them; each member has one
 *   socket following its 10 conversations with messageAdded (10,000 subscriptions);
 * - reads, closed loop with BENCH_CONNECTIONS (default 8): a member's conversation list (last
 *   messages, unread counts) and a page of history;
 * - posts: BENCH_POSTS_PER_SECOND (default 120) postChatMessage a second, each by a member of a
 *   conversation taken in turn, for BENCH_SECONDS; every post reaches the 100 sockets of its
 *   conversation's members (12,000 deliveries a second offered). Post latency is the mutation's;
 *   delivery latency runs from just before the post is sent to a socket receiving it (same clock);
 * - the floor: a bare `ws` server (broadcast-server.ts) sending the same messages to the same
 *   sockets at the same rate, with no token check, GraphQL or database.
 *
 * Seed 003's aims: read p99 < 50 ms, write p99 < 100 ms, more than 10,000 messages delivered a second.
 * The quotas are lifted: the load is not what is measured.
 */
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 8);
const POSTS_PER_SECOND = Number(process.env.BENCH_POSTS_PER_SECOND ?? 120);
const MEMBERS = 1000;
const CONVERSATIONS = 100;
/** Member m is in the conversations c with (m - c) mod 100 < 10: 10 each, 100 members each. */
const CONVERSATIONS_PER_MEMBER = 10;
const PER_CONVERSATION = (MEMBERS * CONVERSATIONS_PER_MEMBER) / CONVERSATIONS;
const HISTORY_MESSAGES = 200;

const LIST = '{ conversations(first: 20) { edges { node { id name unreadCount lastMessage { id body sentAt sender { name } } } } } }';
const HISTORY = 'query($id: ID!) { conversation(id: $id) { messages(first: 50) { edges { cursor node { id body sentAt sender { name } replyCount } } } } }';
const POST = 'mutation($input: PostChatMessageInput!) { postChatMessage(input: $input) { id sentAt } }';
const MESSAGE_ADDED = 'subscription($id: ID!) { messageAdded(conversationId: $id) { id body cursor sentAt sender { id name } } }';

const conversationsOf = (member: number) => Array.from({ length: CONVERSATIONS_PER_MEMBER }, (_, k) => (member - k + CONVERSATIONS) % CONVERSATIONS);
/** The k-th member of conversation c. */
const memberOf = (conversation: number, k: number) => (conversation + (k % CONVERSATIONS_PER_MEMBER) + CONVERSATIONS * Math.floor(k / CONVERSATIONS_PER_MEMBER)) % MEMBERS;

async function seed(backends: OpenBackends, config: Config) {
  const tenantId = randomUUID();
  const users = Array.from({ length: MEMBERS }, () => randomUUID());
  const conversations = Array.from({ length: CONVERSATIONS }, () => randomUUID());
  await backends.pg.query(`INSERT INTO tenants (id, slug, name) VALUES ($1, $2, 'Chat benchmark')`, [tenantId, `chat-${tenantId.slice(0, 8)}`]);
  await backends.pg.query(
    `INSERT INTO users (id, tenant_id, email, name) SELECT id, $2, id || '@chat.bench', 'Member ' || ord FROM unnest($1::uuid[]) WITH ORDINALITY AS u(id, ord)`,
    [users, tenantId],
  );
  await backends.pg.query(
    `INSERT INTO chat_conversations (id, tenant_id, kind, name, created_by) SELECT id, $2, 'CHANNEL', 'room-' || ord, $3
     FROM unnest($1::uuid[]) WITH ORDINALITY AS c(id, ord)`,
    [conversations, tenantId, users[0]],
  );
  const pairs = users.flatMap((userId, m) => conversationsOf(m).map((c) => [conversations[c]!, userId] as const));
  await backends.pg.query(
    `INSERT INTO chat_members (tenant_id, conversation_id, user_id, role) SELECT $1, c, u, 'MEMBER' FROM unnest($2::uuid[], $3::uuid[]) AS p(c, u)`,
    [tenantId, pairs.map(([c]) => c), pairs.map(([, u]) => u)],
  );
  const tokens = await Promise.all(users.map((userId) => signToken(config.JWT_SECRET!, { userId, tenantId, roles: ['member'] })));
  return {
    users, conversations, tokens,
    async remove() {
      await backends.mongo.collection('chat_message').deleteMany({ tenant_id: tenantId });
      await backends.redis.del(...users.map((userId) => presenceKeyOf(tenantId, userId)));
      await backends.pg.query('DELETE FROM tenants WHERE id = $1', [tenantId]);
    },
  };
}

type Seeded = Awaited<ReturnType<typeof seed>>;

async function postOver(url: string, body: unknown, token: string): Promise<void> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(body) });
  const text = await res.text();
  if (!res.ok || text.includes('"errors"')) throw new Error(`post failed: ${res.status} ${text.slice(0, 300)}`);
}

interface Target {
  path: string;
  pid: number;
  /** Posts `body` in conversation `c` as its k-th member. */
  post(c: number, k: number, body: string): Promise<void>;
}

const gatewayTarget = (url: string, pid: number, data: Seeded): Target => ({
  path: 'gateway', pid,
  post: (c, k, body) => postOver(url, { query: POST, variables: { input: { conversationId: data.conversations[c], body } } }, data.tokens[memberOf(c, k)]!),
});

const baselineTarget = (url: string, pid: number, data: Seeded): Target => ({
  path: 'baseline: bare ws broadcast', pid,
  post: (c, k, body) => {
    const m = memberOf(c, k);
    return postOver(`${url}post`, { conversationId: data.conversations[c], body, sender: { id: data.users[m], name: `Member ${m + 1}` } }, data.tokens[m]!);
  },
});

/** POSTS_PER_SECOND posts a second for SECONDS, round n in conversation n mod 100; waits until every delivery is in. */
async function posting(target: Target, subscribers: Subscribers, seconds: number) {
  subscribers.reset();
  const postLatencies: number[] = [];
  const failures: unknown[] = [];
  const rounds = Math.round(seconds * POSTS_PER_SECOND);
  const cpuBefore = cpuMs(target.pid);
  const started = performance.now();
  for (let n = 0; n < rounds; n++) {
    const due = started + (n * 1000) / POSTS_PER_SECOND;
    if (due > performance.now()) await new Promise((resolve) => setTimeout(resolve, due - performance.now()));
    subscribers.sent(n);
    const sentAt = performance.now();
    target.post(n % CONVERSATIONS, Math.floor(n / CONVERSATIONS), `bench ${n}`)
      .then(() => postLatencies.push(performance.now() - sentAt), (error: unknown) => failures.push(error));
  }
  await subscribers.drained(PER_CONVERSATION, 30_000);
  if (failures.length > 0) throw failures[0];
  const cpu = cpuMs(target.pid) - cpuBefore;
  const deliveries = [...subscribers.latencies].sort((a, b) => a - b);
  const posts = postLatencies.sort((a, b) => a - b);
  return {
    path: target.path,
    'posts/s': POSTS_PER_SECOND,
    'post p50 ms': Number(percentile(posts, 50).toFixed(1)),
    'post p99 ms': Number(percentile(posts, 99).toFixed(1)),
    'deliveries/s': Math.round((subscribers.received / (subscribers.lastReceivedAt - started)) * 1000),
    'delivery p50 ms': Number(percentile(deliveries, 50).toFixed(1)),
    'delivery p99 ms': Number(percentile(deliveries, 99).toFixed(1)),
    delivered: subscribers.received,
    missing: rounds * PER_CONVERSATION - subscribers.received,
    errors: subscribers.errors,
    'server CPU ms/delivery': Number((cpu / Math.max(1, subscribers.received)).toFixed(4)),
  };
}

/** Every socket follows its member's 10 conversations. */
const subscriptionsOf = (data: Seeded) => (m: number) => conversationsOf(m).map((c) => ({ query: MESSAGE_ADDED, variables: { id: data.conversations[c] } }));

async function main() {
  const config = loadConfig();
  const backends = await openBackends(config);
  const data = await seed(backends, config);
  const gateway = await spawnGateway([], {
    CHAT_MESSAGES_PER_MINUTE_PER_USER: '1000000000', CHAT_MESSAGES_PER_MINUTE_PER_TENANT: '1000000000', REQUEST_LOG: 'false',
  });
  const subscribers = new Subscribers((result) => result?.messageAdded?.body as string | undefined);
  const reads: { row: string; result: Awaited<ReturnType<typeof load>> }[] = [];
  const posts: Awaited<ReturnType<typeof posting>>[] = [];
  try {
    const target = gatewayTarget(gateway.url, gateway.pid, data);
    for (let i = 0; i < HISTORY_MESSAGES; i++) await target.post(0, i, `History message ${i}: the crane is booked for Thursday`);
    await subscribers.open(gateway.url, data.tokens, subscriptionsOf(data));
    // Warm-up, and a check that every subscription listens: one post in each conversation reaches its 100 members.
    await posting(target, subscribers, CONVERSATIONS / POSTS_PER_SECOND);
    if (subscribers.received !== CONVERSATIONS * PER_CONVERSATION) throw new Error(`warm-up reached ${subscribers.received} of ${CONVERSATIONS * PER_CONVERSATION} subscriptions`);
    await posting(target, subscribers, 3);

    const auth = { authorization: `Bearer ${data.tokens[0]}` };
    const cases = [
      ['conversations(first: 20), last messages, unread counts', JSON.stringify({ query: LIST })],
      ['messages(first: 50) of a conversation', JSON.stringify({ query: HISTORY, variables: { id: data.conversations[0] } })],
    ] as const;
    for (const [row, body] of cases) {
      await load(gateway.url, body, auth, 1, CONNECTIONS);
      reads.push({ row, result: await load(gateway.url, body, auth, SECONDS, CONNECTIONS) });
    }
    posts.push(await posting(target, subscribers, SECONDS));
  } finally {
    subscribers.close();
    await gateway.stop();
  }
  const baseline = await spawnGateway([], {}, 'broadcast-server.ts');
  try {
    await subscribers.open(baseline.url, data.tokens, subscriptionsOf(data));
    const target = baselineTarget(baseline.url, baseline.pid, data);
    await posting(target, subscribers, 2);
    posts.push(await posting(target, subscribers, SECONDS));
  } finally {
    subscribers.close();
    await baseline.stop();
    await data.remove();
    await backends.close();
  }

  printTable(`chat reads, ${MEMBERS} members online, ${CONNECTIONS} connections, ${SECONDS} s per row (seed 003: read p99 < 50 ms)`,
    reads.map(({ row, result }) => ({
      row, 'req/s': result.requestsPerSecond, 'p50 ms': result.p50Ms, 'p99 ms': result.p99Ms, met: result.p99Ms < 50 ? 'yes' : 'no', errors: result.errors,
    })));
  printTable(`chat posts and live delivery: ${MEMBERS} members online in ${CONVERSATIONS} conversations of ${PER_CONVERSATION}, ${SECONDS} s `
    + '(seed 003: write p99 < 100 ms, > 10,000 deliveries/s)', posts);
  writeResults('chat', {
    seconds: SECONDS, connections: CONNECTIONS, members: MEMBERS, conversations: CONVERSATIONS, membersPerConversation: PER_CONVERSATION,
    subscription: MESSAGE_ADDED,
    reads: reads.map(({ row, result }) => ({ row, targetP99Ms: 50, ...result })),
    posts,
  });
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
