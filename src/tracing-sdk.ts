import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { registerInstrumentations } from '@opentelemetry/instrumentation';
import { DataloaderInstrumentation } from '@opentelemetry/instrumentation-dataloader';
import { GraphQLInstrumentation } from '@opentelemetry/instrumentation-graphql';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { IORedisInstrumentation } from '@opentelemetry/instrumentation-ioredis';
import { MongoDBInstrumentation } from '@opentelemetry/instrumentation-mongodb';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { SpanKind, type Attributes, type Context } from '@opentelemetry/api';
import { BatchSpanProcessor, ParentBasedSampler, SamplingDecision, type Sampler } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';


/**
 * A trace starts with an operation: a request's HTTP span, or a socket operation's GraphQL span
 * (named by its kind), unless it continues a caller's (a router's `traceparent`). Nothing else
 * starts one (the schema's own parsing at start, say); spans within a trace are all kept.
 */
const operationsOnly: Sampler = {
  shouldSample: (_context: Context, _traceId: string, name: string, kind: SpanKind, _attributes: Attributes) => ({
    decision: kind === SpanKind.SERVER || /^(query|mutation|subscription)\b/.test(name) ? SamplingDecision.RECORD_AND_SAMPLED : SamplingDecision.NOT_RECORD,
  }),
  toString: () => 'OperationsOnly',
};

/**
 * The tracer provider, exporting over OTLP/HTTP to `endpoint`, and the instrumentations of the
 * HTTP server, GraphQL, DataLoader and the three drivers. Resolver spans are left out: a page of
 * 50 rows would make hundreds of them, and the batches are what a slow request is made of.
 */
export function startTracing(endpoint: string): NodeTracerProvider {
  const provider = new NodeTracerProvider({
    sampler: new ParentBasedSampler({ root: operationsOnly }),
    resource: resourceFromAttributes({ [ATTR_SERVICE_NAME]: process.env.OTEL_SERVICE_NAME || 'polyglot-gateway' }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter({ url: endpoint }), { scheduledDelayMillis: 500 })],
  });
  provider.register();
  registerInstrumentations({
    tracerProvider: provider,
    instrumentations: [
      // Probes and metrics scrapes are not operations.
      new HttpInstrumentation({ ignoreIncomingRequestHook: (req) => /^\/(healthz|readyz|metrics)\b/.test(req.url ?? '') }),
      new GraphQLInstrumentation({ ignoreResolveSpans: true, mergeItems: true }),
      new DataloaderInstrumentation(),
      new PgInstrumentation({ requireParentSpan: true }),
      new MongoDBInstrumentation({ requireParentSpan: true }),
      new IORedisInstrumentation({ requireParentSpan: true }),
    ],
  });
  return provider;
}
