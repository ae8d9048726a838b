import { ObjectId } from 'mongodb';
import { createTenant, dropTenant, type FixtureTenant } from '../support/fixtures';
import { startTestGateway, type TestGateway } from '../support/gateway';
import { startJsonReceiver, type JsonReceiver } from '../support/json-receiver';
import { spawnGateway } from '../support/processes';
import { eventually } from '../live/support';

/**
 * OpenTelemetry traces (src/tracing.ts), exported over OTLP/HTTP to a receiver of the test's own:
 * the instrumentations patch the drivers as a process loads them, so the gateway runs in a process
 * of its own, as `npm start` runs it.
 */
interface Span { traceId: string; spanId: string; parentSpanId?: string; name: string; scope: string }

let receiver: JsonReceiver;
const spans: Span[] = [];
let gateway: Awaited<ReturnType<typeof spawnGateway>>;
let setup: TestGateway;
let tenant: FixtureTenant;
let token: string;

beforeAll(async () => {
  receiver = await startJsonReceiver((_req, body, res) => {
    for (const resource of (body as { resourceSpans?: any[] })?.resourceSpans ?? []) {
      for (const { scope, spans: ofScope } of resource.scopeSpans ?? []) spans.push(...ofScope.map((span: Span) => ({ ...span, scope: scope.name })));
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
  });
  setup = await startTestGateway();
  tenant = await createTenant(setup.backends.pg, 'traces', 4);
  token = await setup.tokenFor(tenant.member);
  await setup.backends.mongo.collection('comment_thread').insertMany(tenant.projects.map((project) => ({
    _id: new ObjectId(), tenant_id: tenant.id, entity_type: 'project', entity_id: project.id, author_id: tenant.member.id,
    body: `About ${project.id}`, mentions: [], reactions: [], created_at: new Date(),
  })));
  gateway = await spawnGateway({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: `${receiver.origin}/v1/traces` });
}, 60_000);

afterAll(async () => {
  await gateway.stop();
  await setup.backends.mongo.collection('comment_thread').deleteMany({ tenant_id: tenant.id });
  await dropTenant(setup.backends.pg, tenant);
  await setup.stop();
  await receiver.close();
});

const BRIDGE = '{ projects(first: 10) { edges { node { name comments(first: 3) { edges { node { body } } } } } } }';

async function traced(query: string) {
  const res = await fetch(gateway.url, {
    method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, extensions: { trace: true } }),
  });
  return (await res.json()) as { data?: any; errors?: unknown[]; extensions?: { traceId?: string } };
}

it('traces a bridge query: one SQL span for the page, one MongoDB span for the documents of every row', async () => {
  await traced(BRIDGE); // the token's membership is checked and cached once
  const answer = await traced(BRIDGE);
  expect(answer.errors).toBeUndefined();
  expect(answer.data.projects.edges).toHaveLength(4);
  const traceId = answer.extensions!.traceId!;
  expect(traceId).toMatch(/^[0-9a-f]{32}$/);

  // (The request's span ends last, with the response: when it is in, the trace is whole.)
  const ofTrace = await eventually(() => {
    const found = spans.filter((span) => span.traceId === traceId);
    return found.some((span) => span.scope === '@opentelemetry/instrumentation-http') ? found : null;
  }) as Span[];
  const of = (scope: string) => ofTrace.filter((span) => span.scope === `@opentelemetry/instrumentation-${scope}`);
  expect(of('pg').filter((span) => span.name.startsWith('pg.query'))).toHaveLength(1);
  expect(of('mongodb')).toHaveLength(1);
  // The request, the operation (its document was parsed and validated by the warm-up request),
  // and the DataLoader batch that fetched the documents of all four rows.
  expect(of('http').map((span) => span.name)).toEqual(['POST']);
  expect(of('graphql').map((span) => span.name)).toEqual(['query']);
  expect(of('dataloader').filter((span) => span.name === 'dataloader.batch')).toHaveLength(1);
  // One trace: every span but the request's own has its parent in it.
  const ids = new Set(ofTrace.map((span) => span.spanId));
  expect(ofTrace.filter((span) => !span.parentSpanId || !ids.has(span.parentSpanId))).toHaveLength(1);

  // Nothing but operations starts a trace: not the schema's parsing at start, not the background jobs.
  const roots = spans.filter((span) => !span.parentSpanId);
  expect(new Set(roots.map((span) => span.scope))).toEqual(new Set(['@opentelemetry/instrumentation-http']));
});

it("puts the trace id in the log lines of an operation", async () => {
  // A document the read path cannot serve (reactions must be a list): an unexpected error, logged.
  const project = tenant.projects[0]!;
  await setup.backends.mongo.collection('comment_thread').insertOne({
    _id: new ObjectId(), tenant_id: tenant.id, entity_type: 'project', entity_id: project.id, author_id: tenant.member.id,
    body: 'corrupt', mentions: [], reactions: 'not a list', created_at: new Date(),
  });
  const answer = await traced(`{ project(id: "${project.id}") { comments(first: 5) { edges { node { reactions { emoji } } } } } }`);
  expect(answer.errors).toHaveLength(1);
  const traceId = answer.extensions!.traceId!;
  const line = await eventually(() => gateway.lines.map((l) => JSON.parse(l)).find((l) => l.msg === 'unexpected error'));
  expect(line).toMatchObject({ traceId, spanId: expect.stringMatching(/^[0-9a-f]{16}$/) });
});
