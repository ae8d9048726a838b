import { randomUUID } from 'node:crypto';
import type { TestGateway } from '../support/gateway';
import { withoutCapture, type FixtureTenant } from '../support/fixtures';

export const CREATE = `mutation($input: CreateChannelInput!) { createChannel(input: $input) {
  id kind name topic private viewerRole members { user { id } role } } }`;
export const POST = `mutation($input: PostChatMessageInput!) { postChatMessage(input: $input) {
  id body channelId sender { id } thread { id } mentions { id } attachments { fileName storageKey } sentAt } }`;

/** A user of `tenant` besides its fixture admin and member. */
export async function addUser(gw: TestGateway, tenant: FixtureTenant, name: string) {
  const id = randomUUID();
  const email = `${name}@${tenant.slug}.test`;
  await withoutCapture(gw.backends.pg, (client) => client.query(
    'INSERT INTO users (id, tenant_id, email, name, roles) VALUES ($1, $2, $3, $4, $5)', [id, tenant.id, email, name, ['member']],
  ));
  return { id, tenantId: tenant.id, email, roles: ['member'] };
}

/** A GraphQL client of one gateway for one user's token. */
export function as(gw: TestGateway, token: string) {
  return <T = any>(query: string, variables: Record<string, unknown> = {}) => gw.query<T>(query, variables, token);
}

export type Client = ReturnType<typeof as>;

export async function createChannel(client: Client, input: Record<string, unknown>): Promise<string> {
  const res = await client(CREATE, { input });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.createChannel.id;
}

export async function post(client: Client, conversationId: string, body: string, extra: Record<string, unknown> = {}) {
  const res = await client(POST, { input: { conversationId, body, ...extra } });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.postChatMessage as { id: string; body: string; sentAt: string; mentions: { id: string }[] };
}

export const codeOf = (res: { errors?: { extensions?: Record<string, unknown> }[] }) => res.errors?.[0]?.extensions?.code;
export const fieldOf = (res: { errors?: { extensions?: Record<string, unknown> }[] }) => res.errors?.[0]?.extensions?.field;

/** Removes what chat tests wrote for `tenant` in MongoDB (PostgreSQL rows go with the tenant). */
export const dropMessages = (gw: TestGateway, tenant: FixtureTenant) => gw.backends.mongo.collection('chat_message').deleteMany({ tenant_id: tenant.id });
