import { createTenant, dropTenant, type FixtureTenant } from '../support/fixtures';
import { startTestGateway, type TestGateway } from '../support/gateway';
import { spawnGateway } from '../support/processes';
import { connect, liveEnv, prepareDatabase, stopAndDropDatabase, listeners, listening } from './support';

const CHANGED = `subscription($type: EntityType!, $id: ID!, $after: String) {
  entityChanged(entityType: $type, entityId: $id, after: $after) { id cursor operation oldValue newValue changedBy { id } entity { id } }
}`;
const RENAME = `mutation($id: ID!, $name: String!) { updateProject(id: $id, input: { name: $name }) { id name } }`;
const env = liveEnv('entity_changes');

let gw: TestGateway;
let remote: Awaited<ReturnType<typeof spawnGateway>>;
let acme: FixtureTenant;
let globex: FixtureTenant;
const sockets: { dispose(): void }[] = [];

beforeAll(async () => {
  gw = await startTestGateway(env);
  await prepareDatabase(gw.backends.mongo);
  remote = await spawnGateway(env);
  acme = await createTenant(gw.backends.pg, 'changes-acme', 2);
  globex = await createTenant(gw.backends.pg, 'changes-globex', 1);
}, 60_000);

afterAll(async () => {
  for (const socket of sockets) socket.dispose();
  await remote.stop();
  await dropTenant(gw.backends.pg, acme);
  await dropTenant(gw.backends.pg, globex);
  await stopAndDropDatabase(gw);
});

async function watch(user: { id: string; tenantId: string }, projectId: string, after?: string, url = gw.url) {
  const socket = connect(url, await gw.tokenFor(user));
  sockets.push(socket);
  await socket.connected;
  const before = await listeners(url, 'entityChanged');
  const feed = socket.subscribe(CHANGED, { type: 'PROJECT', id: projectId, ...(after ? { after } : {}) });
  await listening(url, 'entityChanged', before + 1, feed);
  return { feed, socket };
}

async function rename(tenant: FixtureTenant, projectId: string, name: string, url = gw.url) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await gw.tokenFor(tenant.admin)}` },
    body: JSON.stringify({ query: RENAME, variables: { id: projectId, name } }),
  });
  expect(((await res.json()) as { errors?: unknown }).errors).toBeUndefined();
}

describe('entityChanged', () => {
  it('sends the row\'s audited changes to its watchers only: not to other rows, not to other tenants', async () => {
    const [project, other] = acme.projects as [{ id: string; name: string }, { id: string; name: string }];
    const { feed } = await watch(acme.member, project.id);
    const { feed: otherRow } = await watch(acme.member, other.id);
    const { feed: otherTenant } = await watch(globex.member, globex.projects[0]!.id);

    await rename(acme, project.id, 'Renamed once');
    await feed.waitFor(1);
    expect(feed.items[0]).toMatchObject({
      operation: 'UPDATE',
      oldValue: expect.objectContaining({ name: project.name }),
      newValue: expect.objectContaining({ name: 'Renamed once' }),
      changedBy: { id: acme.admin.id },
      entity: { id: project.id },
      cursor: expect.any(String),
    });
    expect(await otherRow.quietFor(300)).toEqual([]);
    expect(otherTenant.results).toEqual([]);
  });

  it('reaches watchers on another gateway process', async () => {
    const project = acme.projects[1]!;
    const { feed } = await watch(acme.admin, project.id, undefined, remote.url);
    await rename(acme, project.id, 'Renamed through the in-process gateway');
    await feed.waitFor(1);
    expect(feed.items[0]).toMatchObject({ newValue: expect.objectContaining({ name: 'Renamed through the in-process gateway' }) });
  });

  it('replays the changes made while the client was away, after its cursor, then goes live', async () => {
    const project = acme.projects[0]!;
    const { feed, socket } = await watch(acme.admin, project.id);
    await rename(acme, project.id, 'Seen');
    await feed.waitFor(1);
    const seen = feed.items[0] as { cursor: string };
    socket.dispose();

    for (let i = 0; i < 5; i++) await rename(acme, project.id, `Missed ${i}`);
    const { feed: again } = await watch(acme.admin, project.id, seen.cursor);
    await again.waitFor(5);
    await rename(acme, project.id, 'Live');
    await again.waitFor(6);
    expect(again.items.map((change) => (change.newValue as { name: string }).name)).toEqual(['Missed 0', 'Missed 1', 'Missed 2', 'Missed 3', 'Missed 4', 'Live']);
    expect(await again.quietFor(300)).toEqual([]);
  });

  it('refuses a row of another tenant like a row that does not exist, and a cursor it did not issue', async () => {
    const { feed: foreign } = await watch(acme.member, globex.projects[0]!.id);
    await foreign.waitFor(1);
    expect(foreign.results[0]?.errors?.[0]).toMatchObject({ message: 'No such row in your tenant.', extensions: { code: 'BAD_USER_INPUT' } });

    const { feed: badCursor } = await watch(acme.member, acme.projects[0]!.id, 'not-a-cursor');
    await badCursor.waitFor(1);
    expect(badCursor.results[0]?.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
