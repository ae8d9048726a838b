import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import {
  AddCommentDocument, ConversationHistoryDocument, ConversationsDocument, CreateTaskDocument, DashboardDocument, MarkReadDocument,
  NotificationsDocument, PostMessageDocument, ProjectsWithDiscussionDocument, RenameProjectDocument, SearchDocument, SetTypingDocument,
} from '../../examples/__generated__/graphql';
import { createTenant, dropTenant, type FixtureTenant } from '../support/fixtures';
import { startTestGateway, type TestGateway } from '../support/gateway';

/**
 * The example operations front ends copy (examples/operations/) run as they are, and their typed
 * documents (the client preset's, examples/__generated__/) type what comes back.
 */
let gw: TestGateway;
let tenant: FixtureTenant;
let token: string;

beforeAll(async () => {
  gw = await startTestGateway();
  tenant = await createTenant(gw.backends.pg, 'examples', 2);
  token = await gw.tokenFor(tenant.admin);
});

afterAll(async () => {
  await gw.backends.mongo.collection('chat_message').deleteMany({ tenant_id: tenant.id });
  await dropTenant(gw.backends.pg, tenant);
  await gw.stop();
});

async function run<R, V extends Record<string, unknown>>(document: TypedDocumentNode<R, V>, variables: V): Promise<R> {
  const res = await gw.query<R>(print(document), variables, token);
  expect(res.errors).toBeUndefined();
  return res.data!;
}

it('runs the bridge and dashboard examples', async () => {
  const { projects } = await run(ProjectsWithDiscussionDocument, { first: 5 });
  expect(projects.totalCount).toBe(2);
  expect(projects.edges.map((edge) => edge.node.id).sort()).toEqual(tenant.projects.map((p) => p.id).sort());

  const { dashboard } = await run(DashboardDocument, { id: 'overview' });
  expect(dashboard?.tiles.map((tile) => tile.snapshot.source)).toEqual(['COMPUTED', 'COMPUTED', 'COMPUTED']);
});

it('runs the write, search and notification examples', async () => {
  const projectId = tenant.projects[0]!.id;
  const { createTask } = await run(CreateTaskDocument, { input: { projectId, title: 'From the examples' } });
  expect(createTask).toMatchObject({ title: 'From the examples', project: { id: projectId } });

  const { updateProject } = await run(RenameProjectDocument, { id: projectId, name: 'Renamed by the examples' });
  expect(updateProject?.name).toBe('Renamed by the examples');
  const { search } = await run(SearchDocument, { query: 'renamed exam', types: ['PROJECT'] });
  expect(search.map((hit) => hit.entity)).toEqual([{ __typename: 'Project', id: projectId, name: 'Renamed by the examples' }]);

  const { addComment } = await run(AddCommentDocument, { input: { entityType: 'PROJECT', entityId: projectId, body: 'Looks good' } });
  expect(addComment.body).toBe('Looks good');

  const { notifications, unreadNotificationCount } = await run(NotificationsDocument, {});
  expect(notifications.edges).toHaveLength(unreadNotificationCount);
  const { markNotificationsRead } = await run(MarkReadDocument, { ids: notifications.edges.map((edge) => edge.node.id) });
  expect(markNotificationsRead.every((n) => n.status === 'READ')).toBe(true);
});

it('runs the chat examples', async () => {
  const created = await gw.query<{ createChannel: { id: string } }>('mutation { createChannel(input: { name: "examples" }) { id } }', {}, token);
  const id = created.data!.createChannel.id;
  const { postChatMessage } = await run(PostMessageDocument, { input: { conversationId: id, body: 'From the examples' } });
  expect(await run(SetTypingDocument, { id })).toEqual({ setTyping: true });
  const { conversations } = await run(ConversationsDocument, {});
  expect(conversations.edges[0]?.node.lastMessage?.id).toBe(postChatMessage.id);
  const { conversation } = await run(ConversationHistoryDocument, { id });
  expect(conversation?.messages.edges.map((edge) => edge.cursor)).toEqual([postChatMessage.cursor]);
  expect(conversation?.members.map((member) => member.presence.online)).toEqual([false]);
});
