import { signToken } from '../src/auth/tokens';
import { openBackends } from '../src/backends';
import { loadConfig } from '../src/config';
import { load, printTable, spawnGateway, writeResults } from './support';

/**
 * `npm run bench:chat`: the chat operations a client makes most, against the demo tenant (run
 * `make seed` first), with seed 003's targets beside them (CAAS: read p99 < 50 ms, write p99 <
 * 100 ms): bob's conversation list with last messages and unread counts, a page of a channel's
 * history, and posting (into a channel of the benchmark's own, removed afterwards). The quotas
 * are lifted: one user posting thousands of messages a second is the load, not what is measured.
 * BENCH_CONNECTIONS (default 8) sets the closed loop's concurrency: 8 saturates a small machine, so
 * its p99 is queueing; 1 shows an operation's own latency.
 */
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 8);
const LIST = '{ conversations(first: 20) { edges { node { id name unreadCount lastMessage { id body sentAt sender { name } } } } } }';
const HISTORY = 'query($id: ID!) { conversation(id: $id) { messages(first: 50) { edges { cursor node { id body sentAt sender { name } replyCount } } } } }';
const POST = 'mutation($input: PostChatMessageInput!) { postChatMessage(input: $input) { id sentAt } }';

async function main() {
  const config = loadConfig();
  const backends = await openBackends(config);
  const { rows: users } = await backends.pg.query<{ id: string; tenant_id: string; roles: string[]; email: string }>(
    `SELECT id, tenant_id, roles, email FROM users WHERE email IN ('alice@acme.example', 'bob@acme.example') ORDER BY email`,
  );
  const [alice, bob] = users;
  if (!alice || !bob) throw new Error('run `make seed` first: the benchmark reads the demo tenant\'s conversations');
  const token = async (user: typeof alice) => ({ authorization: `Bearer ${await signToken(config.JWT_SECRET!, { userId: user.id, tenantId: user.tenant_id, roles: user.roles })}` });
  const { rows: [general] } = await backends.pg.query<{ id: string }>(`SELECT id FROM chat_conversations WHERE tenant_id = $1 AND name = 'general'`, [alice.tenant_id]);
  const { rows: [bench] } = await backends.pg.query<{ id: string }>(
    `INSERT INTO chat_conversations (tenant_id, kind, name, created_by) VALUES ($1, 'CHANNEL', $2, $3) RETURNING id`,
    [alice.tenant_id, `bench-${Date.now()}`, alice.id],
  );
  await backends.pg.query(`INSERT INTO chat_members (tenant_id, conversation_id, user_id, role) VALUES ($1, $2, $3, 'ADMIN')`, [alice.tenant_id, bench!.id, alice.id]);
  const gateway = await spawnGateway([], { CHAT_MESSAGES_PER_MINUTE_PER_USER: '1000000000', CHAT_MESSAGES_PER_MINUTE_PER_TENANT: '1000000000' });
  let serial = 0;
  const post = () => JSON.stringify({ query: POST, variables: { input: { conversationId: bench!.id, body: `Benchmark message ${++serial} for @alice` } } });
  const rows: { row: string; target: number; result: Awaited<ReturnType<typeof load>> }[] = [];
  try {
    const cases = [
      ['conversations(first: 20), last messages, unread counts', JSON.stringify({ query: LIST }), await token(bob), 50],
      ['messages(first: 50) of #general', JSON.stringify({ query: HISTORY, variables: { id: general!.id } }), await token(bob), 50],
      ['postChatMessage (with a mention)', post, await token(alice), 100],
    ] as const;
    for (const [row, body, auth, target] of cases) {
      await load(gateway.url, body, auth, 1, CONNECTIONS);
      rows.push({ row, target, result: await load(gateway.url, body, auth, SECONDS, CONNECTIONS) });
    }
  } finally {
    await gateway.stop();
    await backends.mongo.collection('chat_message').deleteMany({ tenant_id: alice.tenant_id, channel_id: bench!.id });
    await backends.pg.query('DELETE FROM chat_conversations WHERE id = $1', [bench!.id]);
    await backends.close();
  }
  printTable(`chat, ${CONNECTIONS} connections, ${SECONDS} s per row (seed 003: read p99 < 50 ms, write p99 < 100 ms)`, rows.map(({ row, target, result }) => ({
    row, 'req/s': result.requestsPerSecond, 'p50 ms': result.p50Ms, 'p99 ms': result.p99Ms, 'target p99 ms': target,
    met: result.p99Ms < target ? 'yes' : 'no', errors: result.errors,
  })));
  writeResults('chat', { seconds: SECONDS, connections: CONNECTIONS, rows: rows.map(({ row, target, result }) => ({ row, targetP99Ms: target, ...result })) });
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
