import { trace } from '@opentelemetry/api';
import pino from 'pino';

export type Logger = pino.Logger;

const options = (level: string): pino.LoggerOptions => ({
  level,
  base: { service: 'polyglot-gateway' },
  redact: ['req.headers.authorization', 'connectionParams.authorization', 'token'],
  // A line logged within a traced operation names its trace (tracing.ts); nothing otherwise.
  mixin: () => {
    const span = trace.getActiveSpan();
    return span ? { traceId: span.spanContext().traceId, spanId: span.spanContext().spanId } : {};
  },
});

/**
 * Structured JSON logs on stdout (or `destination`); credentials never reach them. A person
 * reading a terminal in development gets them through pino's pretty printer instead; anything
 * piped or collected (production, tests, the benchmarks' child processes) keeps one JSON object a
 * line.
 */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  if (destination) return pino(options(level), destination);
  if (process.env.NODE_ENV === 'development' && process.stdout.isTTY) return pino(options(level), prettyPrinter());
  return pino(options(level));
}

function prettyPrinter(): pino.DestinationStream {
  // A development tool (devDependencies): loaded only where it is used.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const pretty = require('pino-pretty') as typeof import('pino-pretty');
  return pretty({ colorize: true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname,service' });
}
