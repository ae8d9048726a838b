/**
 * OpenTelemetry traces, off unless an OTLP endpoint is configured (the standard
 * OTEL_EXPORTER_OTLP_TRACES_ENDPOINT, or OTEL_EXPORTER_OTLP_ENDPOINT with /v1/traces added): one
 * trace per operation, from the HTTP request through GraphQL's parse, validate and execute to a
 * span per DataLoader batch and per database call (PostgreSQL, MongoDB, Redis), see tracing-sdk.ts.
 *
 * The instrumentations patch the drivers as they are first required, so this runs before
 * anything else is loaded (main.ts imports it first). The SDK is loaded only when tracing is on:
 * it would add a quarter of a second to every start.
 */
const endpoint = process.env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT
  || (process.env.OTEL_EXPORTER_OTLP_ENDPOINT && `${process.env.OTEL_EXPORTER_OTLP_ENDPOINT.replace(/\/$/, '')}/v1/traces`);

export const tracingEnabled = Boolean(endpoint);

// eslint-disable-next-line @typescript-eslint/no-require-imports
const provider = endpoint ? (require('./tracing-sdk') as typeof import('./tracing-sdk')).startTracing(endpoint) : undefined;

/** Sends what is buffered (at shutdown). */
export async function stopTracing(): Promise<void> {
  await provider?.shutdown();
}
